// log, log2, log10 and log1p, correctly rounded: the double-double kernel of log-kernel.mjs
// (scaled by 1/ln2 or 1/ln10 in double-double), Ziv's rounding test, and the BigInt slow path
// for undecided cases.

import { DDL, log1pSmall, logKernel } from './log-kernel.mjs';
import { DD, mul } from './dd.mjs';
import { finish } from './round.mjs';
import { slowLog, slowLog10, slowLog1p, slowLog2 } from './big/slow.mjs';

const INV_LN2 = 1.4426950408889634;
const INV_LN2_LO = 2.0355273740931033e-17;
const INV_LN10 = 0.4342944819032518;
const INV_LN10_LO = 1.098319650216765e-17;

/**
 * The C value of log at 0, negative numbers, inf and nan, or undefined for finite x > 0.
 * @param {number} x
 */
function special(x) {
  if (x === 0) return -Infinity;
  if (x < 0 || x !== x) return NaN;
  if (x === Infinity) return x;
  return undefined;
}

/**
 * Natural logarithm.
 * @param {number} x
 */
export function log(x) {
  if (!(x > 0 && x < Infinity)) return /** @type {number} */ (special(x));
  if (x === 1) return 0;
  const err = logKernel(x);
  const r = finish(DDL[0], DDL[1], 2 * err / Math.abs(DDL[0]), 0);
  return r === r ? r : slowLog(x);
}

/**
 * Base-2 logarithm (exact for powers of two).
 * @param {number} x
 */
export function log2(x) {
  if (!(x > 0 && x < Infinity)) return /** @type {number} */ (special(x));
  if (x === 1) return 0;
  const err = logKernel(x);
  const rel = 2 * err / Math.abs(DDL[0]) + 2 ** -100;
  mul(DDL[0], DDL[1], INV_LN2, INV_LN2_LO);
  const r = finish(DD[0], DD[1], rel, 0);
  return r === r ? r : slowLog2(x);
}

/**
 * Base-10 logarithm.
 * @param {number} x
 */
export function log10(x) {
  if (!(x > 0 && x < Infinity)) return /** @type {number} */ (special(x));
  if (x === 1) return 0;
  const err = logKernel(x);
  const rel = 2 * err / Math.abs(DDL[0]) + 2 ** -100;
  mul(DDL[0], DDL[1], INV_LN10, INV_LN10_LO);
  const r = finish(DD[0], DD[1], rel, 0);
  return r === r ? r : slowLog10(x);
}

/**
 * log(1 + x), without the rounding of 1 + x.
 * @param {number} x
 */
export function log1p(x) {
  if (!(x > -1 && x < Infinity)) {
    if (x === -1) return -Infinity;
    return x === Infinity ? x : NaN;
  }
  if (Math.abs(x) < 2 ** -54) return x;
  if (Math.abs(x) < 2 ** -7) {
    log1pSmall(x, 0);
    const r = finish(DDL[0], DDL[1], 2 ** -77, 0);
    return r === r ? r : slowLog1p(x);
  }
  // 1 + x = s + t exactly; log(s + t) = log(s) + t/s (the next term is below 2^-106)
  const s = 1 + x;
  const v = s - 1;
  const t = (1 - (s - v)) + (x - v);
  const err = logKernel(s);
  const h = DDL[0];
  const l = DDL[1] + t / s;
  const r = finish(h, l, (2 * err + 2 ** -104) / Math.abs(h), 0);
  return r === r ? r : slowLog1p(x);
}
