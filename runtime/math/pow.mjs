// pow with C99's special values (pow(1, y) = 1 and pow(x, 0) = 1 even for nan, pow(-1, +-inf)
// = 1, signed zeros and infinities for negative bases with odd integer exponents), correctly
// rounded: x^y = e^(y log|x|) with log|x| from log-kernel.mjs, the product in double-double and
// e^z from exp-kernel.mjs. The error of z (from log's absolute error times |y|) is folded into
// Ziv's rounding test; undecided cases, subnormal results and exact or halfway results (found
// exactly) go to the BigInt slow path.

import { DDL, logKernel } from './log-kernel.mjs';
import { DDX, expKernel } from './exp-kernel.mjs';
import { DD, mul1 } from './dd.mjs';
import { finish } from './round.mjs';
import { slowPowAbs } from './big/slow.mjs';

/**
 * Whether y is an odd integer.
 * @param {number} y
 */
function isOdd(y) {
  return Math.abs(y) < 2 ** 53 && Math.abs(y % 2) === 1;
}

/**
 * x^y for the special cases of C99 Annex F, or undefined when x and y are finite and nonzero
 * and x != 1 (x may be negative).
 * @param {number} x
 * @param {number} y
 */
function special(x, y) {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  if (ay === Infinity) {
    if (ax === 1) return 1;
    return (ax > 1) === (y > 0) ? Infinity : 0;
  }
  if (x === 0) {
    const odd = isOdd(y);
    if (y < 0) return odd ? 1 / x : Infinity;
    return odd ? x : 0;
  }
  if (ax === Infinity) {
    const odd = isOdd(y);
    if (x > 0) return y > 0 ? Infinity : 0;
    if (y > 0) return odd ? -Infinity : Infinity;
    return odd ? -0 : 0;
  }
  if (x < 0 && !Number.isInteger(y)) return NaN;
  return undefined;
}

/**
 * x raised to y.
 * @param {number} x
 * @param {number} y
 */
export function pow(x, y) {
  const s = special(x, y);
  if (s !== undefined) return s;
  if (y === 2) return x * x;
  if (y === 1) return x;
  if (y === -1) return 1 / x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  const negative = x < 0 && isOdd(y);
  const ax = Math.abs(x);
  const err = logKernel(ax);
  mul1(DDL[0], DDL[1], y);
  const zh = DD[0];
  const zl = DD[1];
  if (!(Math.abs(zh) < 708)) {
    if (zh > 710) return negative ? -Infinity : Infinity;
    if (zh < -746) return negative ? -0 : 0;
    const r = slowPowAbs(ax, y);
    return negative ? -r : r;
  }
  const k = expKernel(zh, zl);
  const eps = 2 ** -84 + err * Math.abs(y) * 2 + Math.abs(zh) * 2 ** -100;
  let r = finish(DDX[0], DDX[1], eps, k);
  if (r !== r) r = slowPowAbs(ax, y);
  return negative ? -r : r;
}
