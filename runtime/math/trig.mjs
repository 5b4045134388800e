// sin, cos and tan, correctly rounded: the double-double kernel of trig-kernel.mjs for
// |x| < 2^19, Ziv's rounding test with the reduction's absolute error folded in, and the BigInt
// slow path (exact reduction with as many bits of pi as x needs) for undecided cases and for
// larger arguments.

import { REDUCTION_ERROR, SC, sinCosKernel } from './trig-kernel.mjs';
import { DD, div } from './dd.mjs';
import { finish } from './round.mjs';
import { slowCos, slowSin, slowTan } from './big/slow.mjs';

const LIMIT = 2 ** 19;
const EPS = 2 ** -78;

/**
 * @param {number} x
 */
export function sin(x) {
  const a = Math.abs(x);
  if (!(a < LIMIT)) return a === Infinity || x !== x ? NaN : slowSin(x);
  if (a < 2 ** -26) return x;
  const k = sinCosKernel(x);
  const i = k & 1 ? 2 : 0;
  const sign = k & 2 ? -1 : 1;
  const h = SC[i];
  const r = finish(sign * h, sign * SC[i + 1], EPS + REDUCTION_ERROR / Math.abs(h), 0);
  return r === r ? r : slowSin(x);
}

/**
 * @param {number} x
 */
export function cos(x) {
  const a = Math.abs(x);
  if (!(a < LIMIT)) return a === Infinity || x !== x ? NaN : slowCos(x);
  if (a < 2 ** -27) return 1;
  const k = sinCosKernel(x);
  const i = k & 1 ? 0 : 2;
  const sign = (k + 1) & 2 ? -1 : 1;
  const h = SC[i];
  const r = finish(sign * h, sign * SC[i + 1], EPS + REDUCTION_ERROR / Math.abs(h), 0);
  return r === r ? r : slowCos(x);
}

/**
 * @param {number} x
 */
export function tan(x) {
  const a = Math.abs(x);
  if (!(a < LIMIT)) return a === Infinity || x !== x ? NaN : slowTan(x);
  if (a < 2 ** -27) return x;
  const k = sinCosKernel(x);
  if (k & 1) div(-SC[2], -SC[3], SC[0], SC[1]);
  else div(SC[0], SC[1], SC[2], SC[3]);
  const eps = 2 * EPS + REDUCTION_ERROR / Math.abs(SC[0]) + REDUCTION_ERROR / Math.abs(SC[2]);
  const r = finish(DD[0], DD[1], eps, 0);
  return r === r ? r : slowTan(x);
}
