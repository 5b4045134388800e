// Binary floats of any precision on BigInt, with an error bound carried along: the slow path of
// every function in runtime/math/ computes such a float and rounds it once. A Big {m, e, err}
// stands for some real in [(m - err) * 2^e, (m + err) * 2^e]; each operation widens err so that
// this stays true, which is what makes Ziv's test below sound.

import { scale2 } from '../bits.mjs';

/** @typedef {{ m: bigint, e: number, err: bigint }} Big */

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** @param {bigint} n */
export function abs(n) {
  return n < 0n ? -n : n;
}

/**
 * Number of bits of |n| (0 for 0).
 * @param {bigint} n
 */
export function bitLength(n) {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/**
 * The exact value of a finite double.
 * @param {number} x
 * @returns {Big}
 */
export function exact(x) {
  F64[0] = x;
  const bits = U64[0];
  const field = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e = -1074;
  if (field !== 0) {
    m |= 1n << 52n;
    e = field - 1075;
  }
  return { m: bits >> 63n ? -m : m, e, err: 0n };
}

/**
 * @param {bigint} m
 * @param {number} e
 * @param {bigint} [err]
 * @returns {Big}
 */
export function big(m, e, err = 0n) {
  return { m, e, err };
}

/**
 * m * 2^e rounded to the nearest double, ties to even, with IEEE subnormals and overflow.
 * @param {bigint} m
 * @param {number} e
 */
export function toDouble(m, e) {
  if (m === 0n) return 0;
  const negative = m < 0n;
  let a = negative ? -m : m;
  const n = bitLength(a);
  if (n + e < -1080) return negative ? -0 : 0;
  if (n + e > 1100) return negative ? -Infinity : Infinity;
  let shift = n - 53;
  if (n + e - 1 < -1022) shift = -1074 - e;
  if (shift > 0) {
    const s = BigInt(shift);
    const q = a >> s;
    const rest = a - (q << s);
    const half = 1n << (s - 1n);
    a = rest > half || (rest === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  }
  const value = scale2(Number(a), e);
  return negative ? -value : value;
}

/**
 * The double that every real in the Big rounds to, or null when they round to different ones.
 * @param {Big} v
 */
export function roundBig(v) {
  const low = toDouble(v.m - v.err, v.e);
  const high = toDouble(v.m + v.err, v.e);
  return Object.is(low, high) ? low : null;
}

/**
 * v with m cut to at most p bits.
 * @param {Big} v
 * @param {number} p
 * @returns {Big}
 */
export function trim(v, p) {
  const shift = bitLength(v.m) - p;
  if (shift <= 0) return v;
  const s = BigInt(shift);
  return { m: v.m >> s, e: v.e + shift, err: (v.err >> s) + 2n };
}

/**
 * The fixed-point value of v with q fraction bits, as [value, error] in units of 2^-q.
 * @param {Big} v
 * @param {number} q
 * @returns {[bigint, bigint]}
 */
export function toFixed(v, q) {
  const d = v.e + q;
  if (d >= 0) return [v.m << BigInt(d), v.err << BigInt(d)];
  const s = BigInt(-d);
  return [v.m >> s, (v.err >> s) + 2n];
}

/**
 * @param {Big} a
 * @param {Big} b
 * @param {number} p
 */
export function mul(a, b, p) {
  const m = a.m * b.m;
  const err = abs(a.m) * b.err + abs(b.m) * a.err + a.err * b.err;
  return trim({ m, e: a.e + b.e, err }, p);
}

/**
 * @param {Big} a
 * @param {Big} b
 * @param {number} p
 */
export function add(a, b, p) {
  const e = Math.max(bitLength(a.m) + a.e, bitLength(b.m) + b.e) - p - 2;
  const [am, ae] = toFixed(a, -e);
  const [bm, be] = toFixed(b, -e);
  return trim({ m: am + bm, e, err: ae + be }, p);
}

/** @param {Big} a */
export function neg(a) {
  return { m: -a.m, e: a.e, err: a.err };
}

/**
 * a / b to about p bits, or null when b's interval contains zero.
 * @param {Big} a
 * @param {Big} b
 * @param {number} p
 * @returns {Big | null}
 */
export function div(a, b, p) {
  const bm = abs(b.m);
  if (bm <= b.err) return null;
  const shift = p + bitLength(b.m) - bitLength(a.m) + 2;
  let num = a.m;
  let numErr = a.err;
  if (shift >= 0) {
    num <<= BigInt(shift);
    numErr <<= BigInt(shift);
  } else {
    num >>= BigInt(-shift);
    numErr = (numErr >> BigInt(-shift)) + 2n;
  }
  const q = num / b.m;
  const err = (numErr * bm + abs(num) * b.err) / (bm * (bm - b.err)) + 2n;
  return trim({ m: q, e: a.e - b.e - shift, err }, p);
}

/**
 * floor(sqrt(n)) for n >= 0.
 * @param {bigint} n
 */
export function isqrt(n) {
  if (n < 2n) return n;
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * sqrt(a) to about p bits, or null when a's interval reaches zero.
 * @param {Big} a
 * @param {number} p
 * @returns {Big | null}
 */
export function sqrt(a, p) {
  if (a.m - a.err <= 0n) return null;
  let shift = 2 * p + 4 - bitLength(a.m);
  if (shift < 0) shift = 0;
  if ((a.e - shift) & 1) shift++;
  const m = a.m << BigInt(shift);
  const r = isqrt(m);
  const err = (a.err << BigInt(shift)) / r + 2n;
  return trim({ m: r, e: (a.e - shift) / 2, err }, p);
}

/**
 * Ziv's loop: evaluate at growing precision until every real within the error bound rounds to
 * the same double.
 * @param {(p: number) => Big | null} evaluate
 */
export function ziv(evaluate) {
  for (let p = 96; p <= 1 << 17; p *= 2) {
    const v = evaluate(p);
    if (v !== null) {
      const r = roundBig(v);
      if (r !== null) return r;
    }
  }
  throw new Error('crmath: rounding did not converge');
}
