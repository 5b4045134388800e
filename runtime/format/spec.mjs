// The format-spec mini-language that format(), str.format and f-strings share:
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// parsed as CPython 3.11's parse_internal_render_format_spec parses it, with the same errors in
// the same order. Each value type (int, float, str) then checks the parts it cannot use.

import { PY_SSIZE_T_MAX } from './c-limits.mjs';
import { valueError } from './errors.mjs';

const ALIGNMENTS = '<>=^';
const SIGNS = '+- ';

/**
 * @typedef {object} FormatSpec
 * @property {string} fill one code point (' ' unless given)
 * @property {string} align '<', '>', '^' or '='
 * @property {string} sign '', '+', '-' or ' '
 * @property {boolean} noNegativeZero the 'z' option
 * @property {boolean} alternate the '#' option
 * @property {number} width -1 when not given
 * @property {string} separator '', ',' or '_'
 * @property {number} groupSize digits between separators: 3, or 4 for '_' with b, o, x, X
 * @property {number} precision -1 when not given
 * @property {string} type the presentation type, one code point ('' when not given)
 */

/**
 * The value of a decimal digit of any script (what Py_UNICODE_TODECIMAL gives), or -1.
 * Unicode encodes decimal digits only in runs of ten from 0 to 9, so a digit's value is its
 * distance from the start of its run of digits, modulo 10.
 * @param {number} codePoint
 */
export function decimalDigitValue(codePoint) {
  if (codePoint >= 48 && codePoint <= 57) return codePoint - 48;
  if (codePoint < 128 || !isDecimalDigit(codePoint)) return -1;
  let start = codePoint;
  while (isDecimalDigit(start - 1)) start -= 1;
  return (codePoint - start) % 10;
}

/** @param {number} codePoint */
function isDecimalDigit(codePoint) {
  return /\p{Nd}/u.test(String.fromCodePoint(codePoint));
}

/**
 * How CPython names a presentation type in its messages: the character itself when it is
 * printable ASCII, '\xNN' otherwise.
 * @param {string} type one code point
 */
export function describeTypeCode(type) {
  const codePoint = /** @type {number} */ (type.codePointAt(0));
  return codePoint > 32 && codePoint < 128 ? type : `\\x${codePoint.toString(16)}`;
}

/**
 * Reads decimal digits at `codePoints[start]`: the number of digits read and their value.
 * @param {string[]} codePoints
 * @param {number} start
 */
function readInteger(codePoints, start) {
  let value = 0n;
  let end = start;
  while (end < codePoints.length) {
    const digit = decimalDigitValue(/** @type {number} */ (codePoints[end].codePointAt(0)));
    if (digit < 0) break;
    value = value * 10n + BigInt(digit);
    if (value > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
    end += 1;
  }
  return { count: end - start, value: Number(value) };
}

/**
 * Parses `spec` for a value of Python type `typeName` (named in the errors).
 * @param {string} spec
 * @param {string} typeName
 * @param {string} defaultType the type when none is given ('d' for int, 's' for str, '' for float)
 * @param {string} defaultAlign '>' for numbers, '<' for str
 * @returns {FormatSpec}
 */
export function parseFormatSpec(spec, typeName, defaultType, defaultAlign) {
  const chars = Array.from(spec);
  const end = chars.length;
  let pos = 0;
  let fill = ' ';
  let align = defaultAlign;
  let fillSpecified = false;
  let alignSpecified = false;
  if (end >= 2 && ALIGNMENTS.includes(chars[1])) {
    fill = chars[0];
    align = chars[1];
    fillSpecified = true;
    alignSpecified = true;
    pos = 2;
  } else if (end >= 1 && ALIGNMENTS.includes(chars[0])) {
    align = chars[0];
    alignSpecified = true;
    pos = 1;
  }
  let sign = '';
  if (pos < end && SIGNS.includes(chars[pos])) sign = chars[pos++];
  const noNegativeZero = pos < end && chars[pos] === 'z';
  if (noNegativeZero) pos += 1;
  const alternate = pos < end && chars[pos] === '#';
  if (alternate) pos += 1;
  if (!fillSpecified && pos < end && chars[pos] === '0') {
    fill = '0';
    if (!alignSpecified && defaultAlign === '>') align = '=';
    pos += 1;
  }
  const width = readInteger(chars, pos);
  pos += width.count;
  let separator = '';
  if (pos < end && chars[pos] === ',') {
    separator = ',';
    pos += 1;
  }
  if (pos < end && chars[pos] === '_') {
    if (separator !== '') throw valueError("Cannot specify both ',' and '_'.");
    separator = '_';
    pos += 1;
  }
  if (pos < end && chars[pos] === ',' && separator === '_') {
    throw valueError("Cannot specify both ',' and '_'.");
  }
  let precision = -1;
  if (pos < end && chars[pos] === '.') {
    pos += 1;
    const digits = readInteger(chars, pos);
    if (digits.count === 0) throw valueError('Format specifier missing precision');
    precision = digits.value;
    pos += digits.count;
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const type = end - pos === 1 ? chars[pos] : defaultType;
  let groupSize = 3;
  if (separator !== '' && !'defgEGF%'.includes(type || 'd')) {
    if (separator === '_' && 'boxX'.includes(type)) {
      groupSize = 4;
    } else {
      throw valueError(`Cannot specify '${separator}' with '${describeTypeCode(type)}'.`);
    }
  }
  return {
    fill, align, sign, noNegativeZero, alternate,
    width: width.count === 0 ? -1 : width.value,
    separator, groupSize, precision, type,
  };
}
