// The decimal digits of a double, as David Gay's dtoa gives them to CPython: the shortest digits
// that round-trip (repr), or the exact binary value rounded half-even to a number of significant
// digits ('e', 'g') or of digits after the point ('f'). JavaScript's toFixed and toPrecision do
// not round the exact value, so the rounding is done here: a double is m * 2**e exactly, which is
// m * 5**-e / 10**-e when e < 0, so BigInt gives every one of its decimal digits.
//
// A result is {digits, point}: the value is 0.DIGITS * 10**point, `digits` has no leading or
// trailing zeros, and zero is {digits: '0', point: 1} (as dtoa returns it).

/** @typedef {{digits: string, point: number}} DecimalDigits */

/** @type {DecimalDigits} */
const ZERO = { digits: '0', point: 1 };

const bits = new DataView(new ArrayBuffer(8));

/**
 * Every decimal digit of |x| (x finite).
 * @param {number} x
 * @returns {DecimalDigits}
 */
export function exactDigits(x) {
  if (x === 0) return ZERO;
  bits.setFloat64(0, Math.abs(x));
  const high = bits.getUint32(0);
  const biasedExponent = high >>> 20;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(bits.getUint32(4));
  let exponent = -1074;
  if (biasedExponent !== 0) {
    mantissa |= 1n << 52n;
    exponent = biasedExponent - 1075;
  }
  while (exponent < 0 && (mantissa & 1n) === 0n) {
    mantissa >>= 1n;
    exponent += 1;
  }
  const digits = exponent >= 0
    ? (mantissa << BigInt(exponent)).toString()
    : (mantissa * 5n ** BigInt(-exponent)).toString();
  return trimmed(digits, digits.length + Math.min(exponent, 0));
}

/**
 * The shortest digits that read back as |x| (x finite), the closest such when there are
 * several: what repr() shows. ECMAScript's Number-to-string conversion picks the same digits.
 * @param {number} x
 * @returns {DecimalDigits}
 */
export function shortestDigits(x) {
  if (x === 0) return ZERO;
  const [mantissa, exponentText] = String(Math.abs(x)).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const leadingZeros = digits.length - digits.replace(/^0+/, '').length;
  return trimmed(digits.slice(leadingZeros), whole.length + Number(exponentText ?? 0) - leadingZeros);
}

/**
 * `digits` rounded half-even to its first `keep` digits (keep may be <= 0: the value then
 * rounds to zero or, above one half of the last kept place, to one unit of it).
 * @param {DecimalDigits} value
 * @param {number} keep
 * @returns {DecimalDigits}
 */
function roundToDigits(value, keep) {
  const { digits, point } = value;
  if (keep >= digits.length) return value;
  if (keep < 0) return ZERO;
  const kept = digits.slice(0, keep);
  const next = digits[keep];
  let roundUp = next > '5';
  if (next === '5') {
    const beyondHalf = keep + 1 < digits.length;
    const lastKeptIsOdd = keep > 0 && Number(digits[keep - 1]) % 2 === 1;
    roundUp = beyondHalf || lastKeptIsOdd;
  }
  if (!roundUp) return trimmed(kept, point);
  const bumped = (BigInt(kept || '0') + 1n).toString();
  return trimmed(bumped, bumped.length > kept.length ? point + 1 : point);
}

/**
 * |x| rounded to `count` significant digits (count >= 1): dtoa's mode 2.
 * @param {number} x
 * @param {number} count
 */
export function significantDigits(x, count) {
  return roundToDigits(exactDigits(x), count);
}

/**
 * |x| rounded to `places` digits after the decimal point: dtoa's mode 3.
 * @param {number} x
 * @param {number} places
 */
export function fixedDigits(x, places) {
  const exact = exactDigits(x);
  return roundToDigits(exact, exact.point + places);
}

/**
 * @param {string} digits without leading zeros
 * @param {number} point
 * @returns {DecimalDigits}
 */
function trimmed(digits, point) {
  const significant = digits.replace(/0+$/, '');
  return significant === '' ? ZERO : { digits: significant, point };
}
