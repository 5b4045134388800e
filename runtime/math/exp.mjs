// exp and expm1, correctly rounded: the double-double kernel of exp-kernel.mjs, Ziv's rounding
// test, and the BigInt slow path for undecided cases and subnormal results.

import { DDX, expKernel, expm1Tiny } from './exp-kernel.mjs';
import { DD, add1 } from './dd.mjs';
import { finish } from './round.mjs';
import { scale2 } from './bits.mjs';
import { slowExp, slowExpm1 } from './big/slow.mjs';

const SMALL = 0.0027; // below ln2/256: the kernel's polynomial alone

/**
 * e^x.
 * @param {number} x
 */
export function exp(x) {
  if (!(Math.abs(x) < 709)) {
    if (x !== x) return x;
    if (x > 710) return Infinity;
    if (x < -746) return 0;
    if (x < -700) return slowExp(x);
  } else if (x < -708) {
    return slowExp(x);
  }
  const k = expKernel(x, 0);
  const r = finish(DDX[0], DDX[1], 2 ** -84, k);
  return r === r ? r : slowExp(x);
}

/**
 * e^x - 1 as a double-double scaled by 2^k (DD holds hi, lo; returns k), for |x| <= 80, within
 * 2^-79 relative: the kernel's polynomial below ln2/256, else e^x - 1 (which cancels at most
 * 9 bits).
 * @param {number} x
 */
export function expm1DD(x) {
  if (Math.abs(x) < SMALL) {
    expm1Tiny(x);
    DD[0] = DDX[0];
    DD[1] = DDX[1];
    return 0;
  }
  const k = expKernel(x, 0);
  add1(scale2(DDX[0], k), scale2(DDX[1], k), -1);
  return 0;
}

/**
 * e^x - 1.
 * @param {number} x
 */
export function expm1(x) {
  if (!(Math.abs(x) <= 80)) {
    if (x !== x) return x;
    if (x < -40) return -1;
    if (x > 710) return Infinity;
    const k = expKernel(x, 0);
    const r = finish(DDX[0], DDX[1], 2 ** -84, k);
    return r === r ? r : slowExpm1(x);
  }
  if (Math.abs(x) < 2 ** -54) return x;
  expm1DD(x);
  const r = finish(DD[0], DD[1], 2 ** -76, 0);
  return r === r ? r : slowExpm1(x);
}
