// exp, log, sin, cos and atan of Big floats at any precision: the slow path's kernels. Each
// works in fixed point with GUARD bits beyond the precision asked for, bounds the error of its
// series term by term, and returns a Big whose interval contains the true value.

import { abs, add, big, bitLength, div, mul, neg, sqrt, toDouble, toFixed } from './float.mjs';
import { ln2, pi } from './constants.mjs';

/** @typedef {import('./float.mjs').Big} Big */

const GUARD = 24;
const ONE = big(1n, 0);

/**
 * Nearest integer to n / d for d > 0.
 * @param {bigint} n
 * @param {bigint} d
 */
function roundDiv(n, d) {
  const t = 2n * n + d;
  const q = t / (2n * d);
  return t < 0n && q * 2n * d !== t ? q - 1n : q;
}

/**
 * sum over k >= 0 of +-t_k in fixed point with q bits, for 0 <= u < 0.7, where t_0 = 1 and
 * t_k = u^k / divisor(k) or, when `chained`, t_k = t_(k-1) * u / divisor(k). Returns
 * [sum, error]; the error covers the rounding of every term, the tail and the error of u.
 * @param {bigint} u
 * @param {bigint} uErr
 * @param {number} q
 * @param {(k: bigint) => bigint} divisor
 * @param {boolean} alternate
 * @param {boolean} chained
 * @returns {[bigint, bigint]}
 */
function series(u, uErr, q, divisor, alternate, chained) {
  const shift = BigInt(q);
  let power = 1n << shift;
  let sum = power;
  let terms = 0n;
  for (let k = 1n; ; k++) {
    power = (power * u) >> shift;
    if (chained) power /= divisor(k);
    if (power === 0n) break;
    const term = chained ? power : power / divisor(k);
    sum += alternate && (k & 1n) ? -term : term;
    terms++;
  }
  return [sum, 4n * terms + 4n + 2n * uErr];
}

/**
 * e^z for |z| < 2^12.
 * @param {Big} z
 * @param {number} p
 * @returns {Big}
 */
export function expBig(z, p) {
  const q = p + GUARD;
  const [zf, zErr] = toFixed(z, q);
  const l = ln2(q);
  const k = roundDiv(zf, l);
  const r = zf - k * l;
  const rErr = zErr + 2n * abs(k) + 1n;
  const shift = BigInt(q);
  let term = 1n << shift;
  let sum = term;
  let terms = 0n;
  for (let n = 1n; term !== 0n; n++) {
    term = ((term * r) >> shift) / n;
    sum += term;
    terms++;
  }
  return big(sum, Number(k) - q, 4n * terms + 8n + 2n * rErr);
}

/**
 * e^x - 1 for an exact x; in factor form x * sum x^n/(n+1)! when |x| < 1/2 so that small
 * results keep their relative precision.
 * @param {Big} x
 * @param {number} p
 * @returns {Big}
 */
export function expm1Big(x, p) {
  if (Math.abs(toDouble(x.m, x.e)) >= 0.5) return add(expBig(x, p), big(-1n, 0), p + GUARD);
  const q = p + GUARD;
  const [xf, xErr] = toFixed(x, q);
  const shift = BigInt(q);
  let term = 1n << shift;
  let sum = term;
  let terms = 0n;
  for (let n = 2n; term !== 0n; n++) {
    term = ((term * xf) >> shift) / n;
    sum += term;
    terms++;
  }
  return mul(x, big(sum, -q, 4n * terms + 8n + xErr), q);
}

/**
 * log(a) of an exact a > 0, split as E * ln 2 + log(f) with f in [sqrt(1/2), sqrt(2)): returns
 * [E, log f]. log f = 2 atanh(z), z = (f-1)/(f+1), in factor form (exact when f = 1).
 * @param {Big} a
 * @param {number} p
 * @returns {[number, Big]}
 */
export function logParts(a, p) {
  const q = p + GUARD;
  const n = bitLength(a.m);
  let d = 1n << BigInt(n - 1);
  let e = n - 1 + a.e;
  if (a.m * a.m >= 1n << BigInt(2 * n - 1)) {
    d <<= 1n;
    e += 1;
  }
  const num = a.m - d;
  if (num === 0n) return [e, big(0n, 0)];
  const z = /** @type {Big} */ (div(big(num, 0), big(a.m + d, 0), q));
  const [u, uErr] = toFixed(mul(z, z, q), q);
  const [s, sErr] = series(u, uErr, q, (k) => 2n * k + 1n, false, false);
  return [e, mul(z, big(2n * s, -q, 2n * sErr), q)];
}

/**
 * log(a) of an exact a > 0.
 * @param {Big} a
 * @param {number} p
 */
export function logBig(a, p) {
  const [e, logf] = logParts(a, p);
  if (e === 0) return logf;
  const q = p + GUARD;
  return add(big(ln2(q) * BigInt(e), -q, 2n * BigInt(Math.abs(e))), logf, q);
}

/**
 * @param {number} p
 * @returns {Big} ln 2
 */
export function ln2Big(p) {
  return big(ln2(p + GUARD), -(p + GUARD), 2n);
}

/**
 * @param {number} q fraction bits
 * @returns {Big} pi
 */
export function piBig(q) {
  return big(pi(q), -q, 2n);
}

/**
 * x = k pi/2 + r with |r| <= pi/4 (a little more): returns [k mod 4, r].
 * @param {Big} x exact
 * @param {number} p
 * @returns {[number, Big]}
 */
export function reduceBig(x, p) {
  if (Math.abs(toDouble(x.m, x.e)) < 0.78) return [0, x];
  const t = p + GUARD + Math.max(0, bitLength(x.m) + x.e) + 8;
  const xf = x.m << BigInt(t + x.e);
  const halfPi = pi(t - 1);
  const k = roundDiv(xf, halfPi);
  return [Number(((k % 4n) + 4n) % 4n), big(xf - k * halfPi, -t, 2n * abs(k) + 2n)];
}

/**
 * sin(r) for |r| < 0.8, as r * (1 - r^2/3! + ...).
 * @param {Big} r
 * @param {number} p
 */
export function sinBig(r, p) {
  const q = p + GUARD;
  const [u, uErr] = toFixed(mul(r, r, q), q);
  const [s, sErr] = series(u, uErr, q, (k) => 2n * k * (2n * k + 1n), true, true);
  return mul(r, big(s, -q, sErr), q);
}

/**
 * cos(r) for |r| < 0.8.
 * @param {Big} r
 * @param {number} p
 */
export function cosBig(r, p) {
  const q = p + GUARD;
  const [u, uErr] = toFixed(mul(r, r, q), q);
  const [c, cErr] = series(u, uErr, q, (k) => 2n * k * (2n * k - 1n), true, true);
  return big(c, -q, cErr);
}

/**
 * atan(t) for t > 0 given with an error bound: for t > 1 as pi/2 - atan(1/t); otherwise halve
 * the angle twice (t / (1 + sqrt(1 + t^2))) unless t is tiny, then t * (1 - t^2/3 + ...).
 * @param {Big} t
 * @param {number} p
 * @returns {Big | null}
 */
export function atanBig(t, p) {
  const q = p + GUARD;
  if (toDouble(t.m, t.e) > 1) {
    const inverse = div(ONE, t, q);
    const a = inverse && atanBig(inverse, p);
    return a && add(big(pi(q), -q - 1, 2n), neg(a), q);
  }
  let factor = 1n;
  if (toDouble(t.m, t.e) > 2 ** -8) {
    for (let i = 0; i < 2; i++) {
      const root = sqrt(add(ONE, mul(t, t, q), q), q);
      const next = root && div(t, add(ONE, root, q), q);
      if (!next) return null;
      t = next;
    }
    factor = 4n;
  }
  const [u, uErr] = toFixed(mul(t, t, q), q);
  const [s, sErr] = series(u, uErr, q, (k) => 2n * k + 1n, true, false);
  return mul(t, big(factor * s, -q, factor * sErr), q);
}

/**
 * The angle of the point (x, y) for x >= 0, y > 0, both given with error bounds.
 * @param {Big} y
 * @param {Big} x
 * @param {number} p
 * @returns {Big | null}
 */
export function anglePositive(y, x, p) {
  if (x.m === 0n && x.err === 0n) return big(pi(p + GUARD), -(p + GUARD) - 1, 2n);
  const t = div(y, x, p + GUARD);
  return t && atanBig(t, p);
}
