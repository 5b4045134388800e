// format(x, spec) for int and float: CPython 3.11's int.__format__ and float.__format__
// (format_long_internal and format_float_internal). An int formatted with a float type
// ('e', 'f', 'g', '%', ...) is converted to float first, as CPython does.

import { C_INT_MAX, C_LONG_MAX, C_LONG_MIN } from './c-limits.mjs';
import { overflowError, valueError } from './errors.mjs';
import { doubleToString, floatRepr } from './float-text.mjs';
import { layoutNumber } from './number-layout.mjs';
import { describeTypeCode, parseFormatSpec } from './spec.mjs';

/** @typedef {import('./spec.mjs').FormatSpec} FormatSpec */

/** The presentation types of int that keep it an int, with their bases. */
const INTEGER_BASES = new Map([['b', 2], ['o', 8], ['x', 16], ['X', 16], ['d', 10], ['n', 10]]);
/** The presentation types of float (besides none); int converts to float for all but 'n'. */
const FLOAT_TYPES = new Set(['e', 'E', 'f', 'F', 'g', 'G', 'n', '%']);

/**
 * The ValueError for a presentation type that `typeName` does not have.
 * @param {string} type
 * @param {string} typeName
 */
export function unknownFormatCode(type, typeName) {
  return valueError(`Unknown format code '${describeTypeCode(type)}' for object of type '${typeName}'`);
}

/**
 * Python's float(n) of an int: correctly rounded, OverflowError past the largest double.
 * @param {bigint} n
 */
export function intToFloat(n) {
  const x = Number(n);
  if (!Number.isFinite(x)) throw overflowError('int too large to convert to float');
  return x;
}

/**
 * format(x, spec) for a float x.
 * @param {number} x
 * @param {string} spec
 */
export function formatFloat(x, spec) {
  if (spec === '') return floatRepr(x);
  const parsed = parseFormatSpec(spec, 'float', '', '>');
  if (parsed.type !== '' && !FLOAT_TYPES.has(parsed.type)) {
    throw unknownFormatCode(parsed.type, 'float');
  }
  return formatFloatWithSpec(x, parsed);
}

/**
 * format(n, spec) for an int n; `typeName` is 'bool' for True and False (which format as
 * 1 and 0 once the spec is not empty).
 * @param {bigint} n
 * @param {string} spec
 * @param {string} [typeName]
 */
export function formatInt(n, spec, typeName = 'int') {
  if (spec === '') return typeName === 'bool' ? (n ? 'True' : 'False') : n.toString();
  const parsed = parseFormatSpec(spec, typeName, 'd', '>');
  if (INTEGER_BASES.has(parsed.type) || parsed.type === 'c') return formatIntWithSpec(n, parsed);
  if (FLOAT_TYPES.has(parsed.type)) {
    return formatFloatWithSpec(intToFloat(n), parsed);
  }
  throw unknownFormatCode(parsed.type, typeName);
}

/**
 * @param {bigint} n
 * @param {FormatSpec} spec
 */
function formatIntWithSpec(n, spec) {
  if (spec.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (spec.noNegativeZero) {
    throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (spec.type === 'c') {
    if (spec.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (n < C_LONG_MIN || n > C_LONG_MAX) {
      throw overflowError('Python int too large to convert to C long');
    }
    if (n < 0n || n > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    const parts = {
      negative: false, prefix: '', digits: '', hasDecimalPoint: false,
      remainder: String.fromCodePoint(Number(n)), upper: false,
    };
    return layoutNumber(parts, spec, true);
  }
  const type = spec.type;
  const base = /** @type {number} */ (INTEGER_BASES.get(type));
  const negative = n < 0n;
  const parts = {
    negative,
    prefix: spec.alternate && base !== 10 ? `0${type.toLowerCase()}` : '',
    digits: (negative ? -n : n).toString(base),
    hasDecimalPoint: false,
    remainder: '',
    upper: type === 'X',
  };
  return layoutNumber(parts, spec, type !== 'n');
}

/**
 * @param {number} x
 * @param {FormatSpec} spec
 */
function formatFloatWithSpec(x, spec) {
  if (spec.precision > Number(C_INT_MAX)) throw valueError('precision too big');
  let code = spec.type;
  let precision = spec.precision;
  let defaultPrecision = 6;
  let addDotZero = false;
  let percent = false;
  if (code === '') {
    addDotZero = true;
    code = 'r';
    defaultPrecision = 0;
  }
  if (code === 'n') code = 'g';
  if (code === '%') {
    code = 'f';
    x *= 100;
    percent = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (code === 'r') code = 'g';
  let text = doubleToString(x, code, precision, {
    alternate: spec.alternate, addDotZero, noNegativeZero: spec.noNegativeZero,
  });
  if (percent) text += '%';
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const digits = /^[0-9]*/.exec(text)?.[0] ?? '';
  const hasDecimalPoint = text[digits.length] === '.';
  const parts = {
    negative, prefix: '', digits, hasDecimalPoint,
    remainder: text.slice(digits.length + (hasDecimalPoint ? 1 : 0)), upper: false,
  };
  return layoutNumber(parts, spec, spec.type !== 'n');
}
