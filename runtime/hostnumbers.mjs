// The host functions of number conversions that JavaScript does best: float_repr (repr() of a
// float), parse_float (float() of a str), int_true_divide (int / int beyond 2**53) and
// round_float (round(x, ndigits)). Each of those exports is the factory of the import of that
// name (see hostinstance.mjs). Plain JavaScript with no Node imports.

import { digitValue, isPySpace } from './hostchars.mjs';

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

/** repr() of a float, as text in the scratch area. */
export function float_repr(host) {
  return (x) => host.putText(pyFloatRepr(x));
}

/** Declared for the module's float formatting, which the formatter (fmt_float) does instead. */
export function float_format() {
  return () => {
    throw new Error('float_format is not implemented');
  };
}

/** float() of the UTF-8 text in the scratch area: 1 and the value there, or 0 (ValueError). */
export function parse_float(host) {
  return (length) => {
    const value = pyParseFloat(new TextDecoder().decode(host.scratch().subarray(0, length)));
    if (value === null) return 0;
    new DataView(host.memory().buffer).setFloat64(host.scratchAddress, value, true);
    return 1;
  };
}

export function int_true_divide() {
  return exactQuotient;
}

export function round_float() {
  return roundDigits;
}
