// The host side of a translated program, shared by Node and browsers: the functions the wasm
// module imports (output, float formatting, math, time, traceback text) and run(), which
// instantiates the module, passes sys.argv and returns the exit status. Plain JavaScript with
// no Node imports, so that `wyrm translate` can inline it into the program's loader (with the
// modules it imports: see runtime/bundle.ts).

import { createFormatImports } from './hostformat.mjs';
import { mathFunction } from './hostmath.mjs';
// The line sources and the Node memory check are for the loader (runtime/loader-main.mjs),
// appended after this file.
import { createInputImports, linesOfChunks, linesOfText, stdinChunks } from './hoststdin.mjs';
import { createMemoryImports, nodeMemoryCheck } from './hostmemory.mjs';

const SCRATCH = 65536;
const SCRATCH_SIZE = 65536;
const RECURSIVE_CUTOFF = 3;

const encoder = new TextEncoder();

/** Python's repr() of a float: the shortest digits that round-trip, laid out as CPython does. */
export function pyFloatRepr(x) {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, exponentText] = x.toExponential().split('e');
  const exponent = Number(exponentText);
  const sign = x < 0 ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  if (exponent < -4 || exponent >= 16) {
    const body = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${body}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || '0'}`;
}

const FLOAT_SYNTAX = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;

/**
 * The decimal value of a Unicode digit (any script), or -1. Every decimal digit belongs to a
 * run of ten consecutive code points from 0 to 9, so its value is its distance from the run's
 * start.
 */
export function digitValue(codePoint) {
  const isDigit = (c) => /\p{Nd}/u.test(String.fromCodePoint(c));
  if (!isDigit(codePoint)) return -1;
  let start = codePoint;
  while (start > 0 && isDigit(start - 1)) start -= 1;
  return (codePoint - start) % 10;
}

/** Bits of charInfo(2, c): Python's character classes for str.isalpha() and the others. */
const CHAR_BITS = [
  [1, /\p{L}/u], // isalpha
  [2, /\p{Nd}|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24f5-\u24fd\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u], // isdigit
  [4, /\p{Nd}/u], // isdecimal
  [8, /\p{N}/u], // isnumeric
  [16, /[\s\x1c-\x1f\x85]/u], // isspace
  [32, /\p{Uppercase}/u],
  [64, /\p{Lowercase}/u],
  [128, /\p{Lt}/u], // titlecase
  [256, /\p{Cased}/u],
  [512, /\p{Case_Ignorable}/u],
];

/**
 * Character information for the runtime library: 0 and 1 give the lower- and uppercase of a
 * code point (-1 when the mapping has several characters), 2 the class bits above.
 */
export function charInfo(which, codePoint) {
  const ch = String.fromCodePoint(codePoint);
  if (which === 2) {
    let bits = 0;
    for (const [bit, pattern] of CHAR_BITS) if (pattern.test(ch) && !(bit === 16 && codePoint === 0xfeff)) bits |= bit;
    return bits;
  }
  const mapped = which === 0 ? ch.toLowerCase() : ch.toUpperCase();
  const points = [...mapped];
  return points.length === 1 ? points[0].codePointAt(0) : -1;
}

/** Python's str.isspace() for one code point. */
export function isPySpace(codePoint) {
  return /[\s\x1c-\x1f\x85]/u.test(String.fromCodePoint(codePoint)) && codePoint !== 0xfeff;
}

/** Python's float() of a string, or null when Python raises ValueError. */
export function pyParseFloat(text) {
  const ascii = [...text].map((ch) => {
    const code = ch.codePointAt(0);
    if (code < 128) return ch;
    const digit = digitValue(code);
    if (digit >= 0) return String(digit);
    return isPySpace(code) ? ' ' : ch;
  }).join('');
  const trimmed = ascii.trim();
  if (!FLOAT_SYNTAX.test(trimmed)) return null;
  const lower = trimmed.toLowerCase().replace(/_/g, '');
  const sign = lower.startsWith('-') ? -1 : 1;
  const body = lower.replace(/^[+-]/, '');
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  if (body === 'nan') return NaN;
  return Number(lower);
}

/**
 * a / b for ints beyond 2**53, correctly rounded as CPython's int true division is: the
 * quotient is computed with 128 extra bits and a sticky bit, then Number() rounds it once.
 */
export function exactQuotient(a, b) {
  const negative = (a < 0n) !== (b < 0n);
  const n = (a < 0n ? -a : a) << 128n;
  const d = b < 0n ? -b : b;
  let q = n / d;
  if (n % d !== 0n) q |= 1n;
  const value = Number(q) / 2 ** 128;
  return negative ? -value : value;
}

/**
 * round(x, ndigits) of a float as CPython's double_round computes it: the exact binary value of
 * x rounded half to even at `ndigits` (a BigInt) decimal places, then the decimal result read
 * back correctly rounded (an infinity when it is too large; the caller raises OverflowError).
 */
export function roundDigits(x, ndigits) {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323n) return x;
  if (ndigits < -308n) return 0 * x;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  // |x| * 10**ndigits = num / den exactly.
  let num = mantissa;
  let den = 1n;
  if (exponent >= 0) num <<= BigInt(exponent);
  else den <<= BigInt(-exponent);
  if (ndigits >= 0n) num *= 10n ** ndigits;
  else den *= 10n ** -ndigits;
  let q = num / den;
  const twice = 2n * (num - q * den);
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  const y = Number(`${q}e${-ndigits}`);
  return x < 0 ? -y : y;
}

function isPrintable(codePoint) {
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(String.fromCodePoint(codePoint));
}

/**
 * The imports of a translated module. `program` is the ProgramInfo written by the translator;
 * `io.write(fd, bytes)` receives the program's output; `io.readLine()`, if given, gives
 * input() its lines (runtime/hoststdin.mjs), and `io.memoryFits(bytes)` says whether a large
 * allocation will fit (runtime/hostmemory.mjs).
 */
export function createHost(program, io) {
  let memory = null;
  const scratch = () => new Uint8Array(memory.buffer, SCRATCH, SCRATCH_SIZE);
  const putText = (text) => {
    const { written } = encoder.encodeInto(text, scratch());
    return written;
  };
  // Frames of the traceback being printed, collapsed as CPython collapses recursion.
  let lastKey = null;
  let repeats = 0;
  const repeatedNote = () => {
    if (repeats <= RECURSIVE_CUTOFF) return '';
    const count = repeats - RECURSIVE_CUTOFF;
    return `  [Previous line repeated ${count} more time${count > 1 ? 's' : ''}]\n`;
  };
  const math1 = program.math1.map(mathFunction);
  const math2 = program.math2.map(mathFunction);
  const imports = {
    host: {
      ...createFormatImports(() => memory, SCRATCH),
      ...createInputImports(io.readLine),
      ...createMemoryImports(io.memoryFits),
      write(fd, ptr, len) {
        io.write(fd, new Uint8Array(memory.buffer, ptr, len).slice());
      },
      float_repr(x) {
        return putText(pyFloatRepr(x));
      },
      float_format() {
        throw new Error('float_format is not implemented');
      },
      site_text(index) {
        const site = program.sites[index];
        let text = '';
        if (site.key !== lastKey) {
          text += repeatedNote();
          lastKey = site.key;
          repeats = 0;
        }
        repeats += 1;
        if (repeats <= RECURSIVE_CUTOFF) text += site.text;
        return putText(text);
      },
      class_name(id) {
        const text = repeatedNote() + program.classNames[id];
        lastKey = null;
        repeats = 0;
        return putText(text);
      },
      math1(code, x) {
        return math1[code](x);
      },
      math2(code, x, y) {
        return math2[code](x, y);
      },
      time(which) {
        return which === 0 ? Date.now() / 1000 : performance.now() / 1000;
      },
      parse_float(length) {
        const value = pyParseFloat(new TextDecoder().decode(scratch().subarray(0, length)));
        if (value === null) return 0;
        new DataView(memory.buffer).setFloat64(SCRATCH, value, true);
        return 1;
      },
      case_full(which, codePoint) {
        const ch = String.fromCodePoint(codePoint);
        return putText(which === 0 ? ch.toLowerCase() : ch.toUpperCase());
      },
      char_info(which, codePoint) {
        return charInfo(which, codePoint);
      },
      char_class(codePoint) {
        const digit = digitValue(codePoint);
        if (digit >= 0) return digit;
        return isPySpace(codePoint) ? 10 : -1;
      },
      int_true_divide(a, b) {
        return exactQuotient(a, b);
      },
      round_float(x, ndigits) {
        return roundDigits(x, ndigits);
      },
      is_printable(codePoint) {
        return isPrintable(codePoint) ? 1 : 0;
      },
    },
  };
  return {
    imports,
    attach(instance) {
      memory = instance.exports.memory;
    },
    putArgument(text) {
      return putText(text);
    },
  };
}

/**
 * Instantiates a translated program (`module` is a compiled WebAssembly.Module). Resolves to
 * the instance, whose exports are the entry functions (`main`, `argv_push`) and `memory`, and
 * start(argv), which passes sys.argv (after the script name) and runs the program, returning
 * its exit status. An instance runs the program once: module-level state is not reset.
 */
export async function instantiateProgram(module, program, io) {
  const host = createHost(program, io);
  const instance = await WebAssembly.instantiate(module, host.imports);
  host.attach(instance);
  const start = (argv) => {
    const push = instance.exports.argv_push;
    if (push) {
      for (const arg of [program.scriptPath, ...argv]) push(host.putArgument(arg));
    }
    return instance.exports.main();
  };
  return { instance, start };
}

/**
 * Runs a translated program: `module` is a compiled WebAssembly.Module, `argv` its sys.argv
 * after the script name. Resolves to the exit status.
 */
export async function runProgram(module, program, argv, io) {
  const { start } = await instantiateProgram(module, program, io);
  return start(argv);
}
