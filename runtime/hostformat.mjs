// The host side of Python's string formatting in translated programs: the `fmt_*` imports. The
// wasm module lays out ints, strs and floats itself (backend/support/format.ts) and asks the host
// only for what needs the JavaScript formatter (runtime/pyformat.mjs): the digits of a float, a
// format spec computed at run time, and whole `%` or str.format operations whose format string is
// not a constant.
//
// Text crosses the boundary as UTF-32 code points in the scratch area, at most TEXT_CHUNK at a
// time, so that strings of any length and any code point (lone surrogates too) go through:
//   - the module sends text with fmt_put(n), as often as needed; the next fmt_push (a str
//     argument) or fmt_spec takes all that was sent;
//   - a call that makes text (fmt_float, fmt_apply) returns its length in code points and leaves
//     the first TEXT_CHUNK of them in the scratch area; fmt_text(start) copies more;
//   - a call that fails returns -code (FORMAT_ERRORS[code - 1] is the Python exception's class)
//     and leaves the exception's message to be read with fmt_text.
// Each fmt_* export is the factory of the import of that name (see hostinstance.mjs); the
// functions of one instance share the pending text and values. Plain JavaScript with no Node
// imports.

import {
  PythonError, doubleToString, formatValue, percentFormat, resolveFormatSpec, strFormat,
} from './pyformat.mjs';

/** Code points per transfer: the 64 KiB scratch area holds this many as UTF-32. */
export const TEXT_CHUNK = 16384;

/** The exceptions formatting raises, by their code (index + 1). */
export const FORMAT_ERRORS = ['ValueError', 'TypeError', 'IndexError', 'KeyError', 'OverflowError', 'MemoryError', 'NotImplementedError'];

/** The kinds of value format specs are resolved for, by their code (index). */
export const FORMAT_KINDS = ['int', 'bool', 'float', 'str', 'none'];

/** The paths of a resolved spec (ResolvedSpec.path), by their code (index). */
export const FORMAT_PATHS = ['text', 'str', 'int', 'float'];

/** The operations fmt_apply runs on the pushed values. */
export const FORMAT_OPERATIONS = ['format', 'percent', 'str.format'];

/** Flags of an encoded spec. */
export const SPEC_ALTERNATE = 1;
export const SPEC_ADD_DOT_ZERO = 2;
export const SPEC_NO_NEGATIVE_ZERO = 4;

/** @typedef {import('./pyformat.mjs').PyValue} PyValue */
/** @typedef {import('./format/resolve.mjs').ResolvedSpec} ResolvedSpec */

/** The longest float text the host writes (a precision beyond it is a MemoryError). */
const FLOAT_TEXT_MAX = 1 << 26;

/**
 * A resolved spec as the ten i32 fields the wasm formatter takes, in this order: path, fill,
 * align, sign, width, separator, groupSize, precision, type, flags (characters as code points,
 * 0 for none).
 * @param {ResolvedSpec} spec
 * @returns {number[]}
 */
export function encodeSpec(spec) {
  const code = (/** @type {string} */ text) => (text === '' ? 0 : /** @type {number} */ (text.codePointAt(0)));
  const flags = (spec.alternate ? SPEC_ALTERNATE : 0) | (spec.addDotZero ? SPEC_ADD_DOT_ZERO : 0) |
    (spec.noNegativeZero ? SPEC_NO_NEGATIVE_ZERO : 0);
  return [
    FORMAT_PATHS.indexOf(spec.path), code(spec.fill), code(spec.align), code(spec.sign), spec.width,
    code(spec.separator), spec.groupSize, spec.precision, code(spec.type), flags,
  ];
}

const floatBits = new DataView(new ArrayBuffer(8));

/**
 * How many binary digits |x| has after the point (x finite, not zero): x = m * 2**-k, m odd.
 * @param {number} x
 */
function fractionalBits(x) {
  floatBits.setFloat64(0, x);
  const high = floatBits.getUint32(0);
  const low = floatBits.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const mantissaHigh = (high & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  const trailingZeros = (/** @type {number} */ n) => 31 - Math.clz32(n & -n);
  const zeros = low !== 0 ? trailingZeros(low) : 32 + trailingZeros(mantissaHigh);
  const exponent = biased === 0 ? -1074 : biased - 1075;
  return Math.max(0, -(exponent + zeros));
}

/**
 * doubleToString for the wasm formatter: `code` is e E f F g G r or '%' (f of x * 100, then '%').
 * @param {number} x
 * @param {string} code
 * @param {number} precision
 * @param {number} flags SPEC_* bits
 */
export function floatText(x, code, precision, flags) {
  let type = code;
  let suffix = '';
  if (type === '%') {
    x *= 100;
    type = 'f';
    suffix = '%';
  }
  // The common case, fast: toFixed rounds the exact value as dtoa does, except that it breaks
  // ties away from zero where CPython rounds them to even. A tie needs the exact decimal value
  // to end one digit after the last one kept, so that x has precision + 1 binary digits after
  // the point (each binary digit after the point adds one decimal digit, the last one a 5).
  if (
    type === 'f' && flags === 0 && precision <= 100 && x !== 0 && Math.abs(x) < 1e21 &&
    fractionalBits(x) !== precision + 1
  ) {
    return x.toFixed(precision) + suffix;
  }
  const options = {
    alternate: (flags & SPEC_ALTERNATE) !== 0,
    addDotZero: (flags & SPEC_ADD_DOT_ZERO) !== 0,
    noNegativeZero: (flags & SPEC_NO_NEGATIVE_ZERO) !== 0,
  };
  return doubleToString(x, type, precision, options) + suffix;
}

/** The formatter's state in one instance, shared by the fmt_* functions. */
function formatState(host) {
  return {
    /** Text sent by the module, not yet taken. */
    input: '',
    /** @type {PyValue[]} The values pushed for the next fmt_apply. */
    values: [],
    /** The last text made (or error message), and where fmt_text is in it (UTF-16 index, code point). */
    output: '',
    outputIndex: 0,
    outputCodePoint: 0,
    /** The scratch area as `count` code points. */
    codes: (count = TEXT_CHUNK) => new Uint32Array(host.memory().buffer, host.scratchAddress, count),
  };
}

/** Makes `text` the output: its first chunk into the scratch area; returns its length. */
function put(state, text) {
  state.output = text;
  state.outputIndex = 0;
  state.outputCodePoint = 0;
  const chunk = state.codes();
  let n = 0;
  for (const ch of text) {
    if (n < TEXT_CHUNK) chunk[n] = /** @type {number} */ (ch.codePointAt(0));
    n += 1;
  }
  return n;
}

/** The code of a failure, its message made the output; errors that are not Python's go on. */
function fail(state, error) {
  if (error instanceof PythonError) {
    put(state, error.message);
    return -(FORMAT_ERRORS.indexOf(error.pythonType) + 1);
  }
  if (error instanceof RangeError) {
    // A text longer than JavaScript strings can be: CPython would run out of memory too.
    put(state, '');
    return -(FORMAT_ERRORS.indexOf('MemoryError') + 1);
  }
  if (error instanceof Error && error.message.startsWith('Wyrm does not support')) {
    put(state, error.message);
    return -(FORMAT_ERRORS.indexOf('NotImplementedError') + 1);
  }
  throw error;
}

function takeInput(state) {
  const text = state.input;
  state.input = '';
  return text;
}

// The fmt_* imports: each export is the factory of the import of that name (see
// hostinstance.mjs).

export function fmt_put(host) {
  const state = host.shared(formatState);
  return (n) => {
    const sent = state.codes(n);
    for (let i = 0; i < n; i += 4096) state.input += String.fromCodePoint(...sent.subarray(i, Math.min(n, i + 4096)));
  };
}

export function fmt_push(host) {
  const state = host.shared(formatState);
  return (kind, i, x) => {
    switch (FORMAT_KINDS[kind]) {
      case 'int': state.values.push({ type: 'int', value: i }); break;
      case 'bool': state.values.push({ type: 'bool', value: i !== 0n }); break;
      case 'float': state.values.push({ type: 'float', value: x }); break;
      case 'str': state.values.push({ type: 'str', value: takeInput(state) }); break;
      default: state.values.push({ type: 'none' });
    }
  };
}

export function fmt_spec(host) {
  const state = host.shared(formatState);
  return (kind) => {
    try {
      const spec = resolveFormatSpec(takeInput(state), /** @type {any} */ (FORMAT_KINDS[kind]));
      new Int32Array(host.memory().buffer, host.scratchAddress, 10).set(encodeSpec(spec));
      return 0;
    } catch (error) {
      return fail(state, error);
    }
  };
}

export function fmt_apply(host) {
  const state = host.shared(formatState);
  return (operation, positional) => {
    const args = state.values;
    state.values = [];
    const text = (/** @type {PyValue} */ value) => String(value.value);
    try {
      switch (FORMAT_OPERATIONS[operation]) {
        case 'format': return put(state, formatValue(args[0], text(args[1])));
        case 'percent': return put(state, percentFormat(text(args[0]), args.slice(1)));
        default: {
          /** @type {Record<string, PyValue>} */
          const named = {};
          for (let i = 1 + positional; i + 1 < args.length; i += 2) named[text(args[i])] = args[i + 1];
          return put(state, strFormat(text(args[0]), args.slice(1, 1 + positional), named));
        }
      }
    } catch (error) {
      return fail(state, error);
    }
  };
}

export function fmt_float(host) {
  const state = host.shared(formatState);
  return (x, code, precision, flags) => {
    try {
      if (precision > FLOAT_TEXT_MAX) throw new RangeError('float text too long');
      return put(state, floatText(x, String.fromCodePoint(code), precision, flags));
    } catch (error) {
      return fail(state, error);
    }
  };
}

export function fmt_text(host) {
  const state = host.shared(formatState);
  return (start) => {
    const { output } = state;
    // The module reads the text in order: walk on from the last chunk (or from the start).
    if (start < state.outputCodePoint) {
      state.outputIndex = 0;
      state.outputCodePoint = 0;
    }
    while (state.outputCodePoint < start && state.outputIndex < output.length) {
      state.outputIndex += /** @type {number} */ (output.codePointAt(state.outputIndex)) > 0xffff ? 2 : 1;
      state.outputCodePoint += 1;
    }
    const chunk = state.codes();
    let count = 0;
    while (count < TEXT_CHUNK && state.outputIndex < output.length) {
      const code = /** @type {number} */ (output.codePointAt(state.outputIndex));
      chunk[count++] = code;
      state.outputIndex += code > 0xffff ? 2 : 1;
    }
    state.outputCodePoint += count;
    return count;
  };
}
