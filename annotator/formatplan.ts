// Format strings known when translating, planned: a `%` format, a str.format template or a
// format spec becomes a list of pieces (literal text, and values each with the spec resolved
// for its static type) that the lowering turns into wasm, so that no format string is parsed
// at run time. Planning follows runtime/pyformat.mjs step by step (it uses its parsers), so
// that the errors CPython would raise whatever the values are found here, the first one first,
// with CPython's message: the translator refuses such a format. Errors that depend on the
// values (`%c` of a code point out of range, `%d` of a nan) are left to the run time.
//
// Some formats are not planned but run whole by the host's formatter (`runtime`): those with a
// `*` width or precision and `%a`. Attribute and index access in fields ('{0.x}') and `!a` are
// not supported.

import {
  PythonError, fieldIndex, parseConversion, parseField, reprString, resolveFormatSpec,
  type PercentConversion, type ReplacementField, type ResolvedSpec, type SpecKind,
} from '../runtime/pyformat.mjs';

/**
 * What the translator knows of a value to format: its kind ('optstr' is a str that may be
 * None; 'object' a list, tuple or instance, which has a text but no format spec of its own) and
 * the name of its Python type, for the messages.
 */
export interface FormatValueInfo {
  kind: SpecKind | 'optstr' | 'object';
  typeName: string;
}

/** How a value becomes what its spec formats. */
export type PieceConversion =
  | 'none' // the value itself
  | 'str' // str(value)
  | 'repr' // repr(value)
  | 'trunc' // int(value) of a float (`%d`)
  | 'char'; // chr(value) of an int, or a str of one character (`%c`)

export interface ValuePiece {
  kind: 'value';
  /** The index of the value among the operation's values. */
  value: number;
  conversion: PieceConversion;
  /** The spec resolved for the converted value, or null when it is made at run time. */
  spec: ResolvedSpec | null;
  /** The pieces whose text is the spec, when it is made at run time (str.format '{:{w}}'). */
  specParts: FormatPiece[];
}

export type FormatPiece = { kind: 'text'; text: string } | ValuePiece;

export type FormatPlan =
  | { kind: 'pieces'; pieces: FormatPiece[] }
  /** CPython raises this every time. */
  | { kind: 'error'; error: PythonError }
  /** The host's formatter runs the whole operation (all values must be int, float, str, bool or None). */
  | { kind: 'runtime'; reason: string };

/** A format that Wyrm does not translate; the message says what. */
export class FormatUnsupported extends Error {}

const WIDTH_MAX = 0x7fffffff;

function typeError(message: string): PythonError {
  return new PythonError('TypeError', message);
}

function valueError(message: string): PythonError {
  return new PythonError('ValueError', message);
}

/** Runs a planner: a PythonError it throws is the plan (CPython raises it every time). */
function planned(plan: () => FormatPiece[]): FormatPlan {
  try {
    return { kind: 'pieces', pieces: merged(plan()) };
  } catch (error) {
    if (error instanceof PythonError) return { kind: 'error', error };
    if (error instanceof NeedsRuntime) return { kind: 'runtime', reason: error.message };
    throw error;
  }
}

class NeedsRuntime extends Error {}

/** Adjacent texts joined, empty ones dropped. */
function merged(pieces: FormatPiece[]): FormatPiece[] {
  const result: FormatPiece[] = [];
  for (const piece of pieces) {
    const last = result[result.length - 1];
    if (piece.kind === 'text' && piece.text === '') continue;
    if (piece.kind === 'text' && last?.kind === 'text') result[result.length - 1] = { kind: 'text', text: last.text + piece.text };
    else result.push(piece);
  }
  return result;
}

/**
 * The spec resolved for a value of this kind: a str that may be None is formatted as a str
 * (None is then checked at run time); values with no format spec of their own (lists, tuples,
 * instances) take only the empty spec, as object.__format__.
 */
function resolveFor(spec: string, value: FormatValueInfo): ResolvedSpec {
  if (value.kind === 'object') {
    if (spec !== '') throw typeError(`unsupported format string passed to ${value.typeName}.__format__`);
    return resolveFormatSpec('', 'str');
  }
  return resolveFormatSpec(spec, value.kind === 'optstr' ? 'str' : value.kind);
}

function valuePiece(value: number, conversion: PieceConversion, spec: ResolvedSpec): ValuePiece {
  return { kind: 'value', value, conversion, spec, specParts: [] };
}

/** format(value, spec) (and an f-string field) with a constant spec. */
export function planFormat(spec: string, value: FormatValueInfo): FormatPlan {
  return planned(() => [valuePiece(0, 'none', resolveFor(spec, value))]);
}

// ---------------------------------------------------------------------------------------------
// format % values

/**
 * `format % values`: `values` are the items of the tuple on the right, or the one value there
 * (`single`); `mapping` when that one value is a list or another object with __getitem__, which
 * CPython takes for a mapping (then no error says that it was not converted).
 */
export function planPercent(format: string, values: readonly FormatValueInfo[], mapping = false): FormatPlan {
  return planned(() => {
    const chars = Array.from(format);
    const pieces: FormatPiece[] = [];
    let text = '';
    let argumentIndex = 0;
    const nextArgument = (): number => {
      if (argumentIndex < values.length) return argumentIndex++;
      throw typeError('not enough arguments for format string');
    };
    let pos = 0;
    while (pos < chars.length) {
      const literalEnd = chars.indexOf('%', pos);
      if (literalEnd < 0) {
        text += chars.slice(pos).join('');
        break;
      }
      text += chars.slice(pos, literalEnd).join('');
      pos = literalEnd + 1;
      if (chars[pos] === '%') {
        text += '%';
        pos += 1;
        continue;
      }
      let parsed;
      try {
        parsed = parseConversion(chars, pos, () => {
          throw new NeedsRuntime('a * width or precision');
        });
      } catch (error) {
        if (mapping && error instanceof PythonError && error.message === 'format requires a mapping') {
          throw new FormatUnsupported("'%(name)s' formatting with a mapping");
        }
        throw error;
      }
      pos = parsed.end;
      const index = nextArgument();
      pieces.push({ kind: 'text', text }, percentPiece(parsed.conversion, index, values[index]!, parsed.end - 1));
      text = '';
    }
    if (argumentIndex < values.length && !mapping) {
      throw typeError('not all arguments converted during string formatting');
    }
    pieces.push({ kind: 'text', text });
    return pieces;
  });
}

/** One `%` conversion of value `index` (as percent.mjs's convert), its spec resolved. */
function percentPiece(conversion: PercentConversion, index: number, value: FormatValueInfo, charIndex: number): ValuePiece {
  const char = conversion.char;
  const kind = value.kind;
  const isInt = kind === 'int' || kind === 'bool';
  switch (char) {
    case 's': case 'r':
      return valuePiece(index, char === 's' ? 'str' : 'repr', percentTextSpec(conversion, conversion.precision));
    case 'a':
      if (kind === 'object') throw new FormatUnsupported('%a of a list, tuple or instance');
      throw new NeedsRuntime('%a');
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      const integerOnly = char === 'o' || char === 'x' || char === 'X';
      if (isInt) return valuePiece(index, 'none', percentNumberSpec(conversion, 'int'));
      if (kind === 'float' && !integerOnly) return valuePiece(index, 'trunc', percentNumberSpec(conversion, 'int'));
      throw typeError(`%${char} format: ${integerOnly ? 'an integer' : 'a real number'} is required, not ${value.typeName}`);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      if (isInt || kind === 'float') return valuePiece(index, 'none', percentNumberSpec(conversion, 'float'));
      throw typeError(`must be real number, not ${value.typeName}`);
    case 'c':
      if (isInt || kind === 'str' || kind === 'optstr') return valuePiece(index, 'char', percentTextSpec(conversion, -1));
      throw typeError('%c requires int or char');
  }
  const codePoint = char.codePointAt(0)!;
  const shown = codePoint >= 31 && codePoint <= 126 ? char : '?';
  throw valueError(`unsupported format character '${shown}' (0x${codePoint.toString(16)}) at index ${charIndex}`);
}

/** %s, %r and %c: the text cut to the precision, padded with spaces. */
function percentTextSpec(conversion: PercentConversion, precision: number): ResolvedSpec {
  return {
    path: 'str', fill: ' ', align: conversion.leftAlign ? '<' : '>', sign: '', width: Math.min(Math.max(conversion.width, 0), WIDTH_MAX),
    separator: '', groupSize: 3, precision: Math.min(precision, WIDTH_MAX), type: 's', alternate: false, addDotZero: false, noNegativeZero: false,
  };
}

/**
 * %d %o %x %X (the precision is the fewest digits) and %e %f %g (the precision is
 * doubleToString's, 6 by default): signs from the flags, zero padding after the sign and prefix
 * unless left-aligned.
 */
function percentNumberSpec(conversion: PercentConversion, path: 'int' | 'float'): ResolvedSpec {
  const char = conversion.char;
  const zeroPadded = conversion.zeroPad && !conversion.leftAlign;
  return {
    path,
    fill: zeroPadded ? '0' : ' ',
    align: conversion.leftAlign ? '<' : zeroPadded ? '=' : '>',
    sign: conversion.plusSign ? '+' : conversion.blankSign ? ' ' : '',
    width: Math.min(Math.max(conversion.width, 0), WIDTH_MAX),
    separator: '',
    groupSize: 3,
    precision: path === 'float' && conversion.precision < 0 ? 6 : conversion.precision,
    type: path === 'int' && 'iu'.includes(char) ? 'd' : char,
    alternate: conversion.alternate,
    addDotZero: false,
    noNegativeZero: false,
  };
}

// ---------------------------------------------------------------------------------------------
// template.format(*positional, **named)

const MAX_NESTING = 2;

/**
 * str.format with a constant template: values 0..n-1 are the positional arguments, then the
 * keyword arguments in the order of `named`.
 */
export function planTemplate(template: string, positional: readonly FormatValueInfo[], named: ReadonlyMap<string, FormatValueInfo>): FormatPlan {
  const names = [...named.keys()];
  const numbering: { manual: boolean | null; next: number } = { manual: null, next: 0 };

  /** The index of the value a field name designates (template.mjs's fieldValue). */
  const fieldValue = (name: string): number => {
    const firstEnd = name.search(/[.[]/);
    const first = firstEnd < 0 ? name : name.slice(0, firstEnd);
    let index = fieldIndex(first);
    const automatic = first === '';
    if (automatic || index >= 0) {
      if (numbering.manual === null) numbering.manual = !automatic;
      if (numbering.manual && automatic) {
        throw valueError('cannot switch from manual field specification to automatic field numbering');
      }
      if (!numbering.manual && !automatic) {
        throw valueError('cannot switch from automatic field numbering to manual field specification');
      }
      if (automatic) index = numbering.next++;
    }
    let value: number;
    if (index < 0) {
      if (!named.has(first)) throw new PythonError('KeyError', reprString(first));
      value = positional.length + names.indexOf(first);
    } else {
      if (index >= positional.length) {
        throw new PythonError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
      }
      value = index;
    }
    if (firstEnd >= 0) throw new FormatUnsupported(`attribute or index access in a format field ('${name}')`);
    return value;
  };

  const info = (index: number): FormatValueInfo => (index < positional.length ? positional[index]! : named.get(names[index - positional.length]!)!);

  const renderField = (field: ReplacementField, depth: number): ValuePiece => {
    const value = fieldValue(field.name);
    let conversion: PieceConversion = 'none';
    let converted = info(value);
    if (field.conversion !== '') {
      if (field.conversion === 'a') throw new FormatUnsupported('the !a conversion');
      if (field.conversion !== 'r' && field.conversion !== 's') {
        const codePoint = field.conversion.codePointAt(0)!;
        const shown = codePoint > 32 && codePoint < 127 ? field.conversion : `\\x${codePoint.toString(16)}`;
        throw valueError(`Unknown conversion specifier ${shown}`);
      }
      conversion = field.conversion === 'r' ? 'repr' : 'str';
      converted = { kind: 'str', typeName: 'str' };
    }
    if (field.specHasFields) {
      const specParts = expand(field.spec, depth - 1);
      if (converted.kind === 'object') {
        throw new FormatUnsupported(`a format spec made at run time for a ${converted.typeName} (use !s or !r)`);
      }
      return { kind: 'value', value, conversion, spec: null, specParts };
    }
    if (conversion === 'none' && converted.kind === 'object' && field.spec === '') conversion = 'str';
    return valuePiece(value, conversion, resolveFor(field.spec, converted));
  };

  /** template.mjs's expand, making pieces instead of text. */
  const expand = (text: string, depth: number): FormatPiece[] => {
    if (depth <= 0) throw valueError('Max string recursion exceeded');
    const pieces: FormatPiece[] = [];
    let pos = 0;
    while (pos < text.length) {
      const start = pos;
      let char = '';
      let markup = false;
      while (pos < text.length) {
        char = text[pos++]!;
        if (char === '{' || char === '}') {
          markup = true;
          break;
        }
      }
      const atEnd = pos >= text.length;
      let literalEnd = pos;
      if (char === '}' && (atEnd || text[pos] !== '}')) throw valueError("Single '}' encountered in format string");
      if (char === '{' && atEnd) throw valueError("Single '{' encountered in format string");
      if (markup) {
        if (text[pos] === char) {
          pos += 1;
          markup = false;
        } else {
          literalEnd -= 1;
        }
      }
      pieces.push({ kind: 'text', text: text.slice(start, literalEnd) });
      if (!markup) continue;
      const field = parseField(text, pos);
      pos = field.end;
      pieces.push(renderField(field, depth));
    }
    return merged(pieces);
  };

  return planned(() => expand(template, MAX_NESTING));
}
