// A double as text, the way CPython's PyOS_double_to_string writes it for repr(), format() and
// the % operator: the digits from float-digits.mjs laid out in fixed or exponent notation, with
// CPython's rules for when 'g' and repr switch to an exponent, trailing-zero removal, the '#'
// (alternate) form, the 'z' option and 'inf'/'nan'.

import { fixedDigits, shortestDigits, significantDigits } from './float-digits.mjs';

/**
 * @typedef {object} FloatTextOptions
 * @property {boolean} [alternate] '#': keep the decimal point and, for 'g', trailing zeros
 * @property {boolean} [addDotZero] write integers as '1.0' (repr, and format without a type)
 * @property {boolean} [noNegativeZero] 'z': drop the sign of a result that rounds to zero
 */

/**
 * Python's repr() (and str()) of a float: the shortest digits that round-trip, with an exponent
 * when its magnitude is below 1e-4 or at least 1e16.
 * @param {number} x
 */
export function floatRepr(x) {
  return doubleToString(x, 'r', 0, { addDotZero: true });
}

/**
 * PyOS_double_to_string: `code` is 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (repr, which ignores
 * `precision`).
 * @param {number} x
 * @param {string} code
 * @param {number} precision
 * @param {FloatTextOptions} options
 */
export function doubleToString(x, code, precision, options) {
  const { alternate = false, addDotZero = false, noNegativeZero = false } = options;
  const upper = code === 'E' || code === 'F' || code === 'G';
  const kind = code.toLowerCase();
  if (Number.isNaN(x)) return upper ? 'NAN' : 'nan';
  let negative = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) return (negative ? '-' : '') + (upper ? 'INF' : 'inf');
  if (kind === 'e') precision += 1;
  if (kind === 'g' && precision === 0) precision = 1;
  const decimal =
    kind === 'f' ? fixedDigits(x, precision) :
    kind === 'r' ? shortestDigits(x) :
    significantDigits(x, precision);
  const { digits } = decimal;
  let point = decimal.point;
  if (noNegativeZero && digits === '0') negative = false;

  let useExponent = false;
  let end = digits.length;
  if (kind === 'e') {
    useExponent = true;
    end = precision;
  } else if (kind === 'f') {
    end = point + precision;
  } else if (kind === 'g') {
    useExponent = point <= -4 || point > (addDotZero ? precision - 1 : precision);
    if (alternate) end = precision;
  } else {
    useExponent = point <= -4 || point > 16;
  }
  let exponent = 0;
  if (useExponent) {
    exponent = point - 1;
    point = 1;
  }
  end = Math.max(end, !useExponent && addDotZero ? point + 1 : point);

  let text = negative ? '-' : '';
  if (point <= 0) {
    text += `0.${'0'.repeat(-point)}${digits}`;
  } else if (point <= digits.length) {
    text += `${digits.slice(0, point)}.${digits.slice(point)}`;
  } else {
    text += `${digits}${'0'.repeat(point - digits.length)}.`;
  }
  text += '0'.repeat(end - Math.max(point, digits.length));
  if (text.endsWith('.') && !alternate) text = text.slice(0, -1);
  if (useExponent) {
    const exponentDigits = String(Math.abs(exponent)).padStart(2, '0');
    text += `${upper ? 'E' : 'e'}${exponent < 0 ? '-' : '+'}${exponentDigits}`;
  }
  return text;
}
