// sinh, cosh and tanh, correctly rounded, from the exp kernel in double-double:
// sinh = (E + E/(E+1))/2 and tanh = E/(E+2) with E = e^|x| - 1 (no cancellation for small x),
// cosh = (e^|x| + e^-|x|)/2, and e^|x|/2 alone past 40, where e^-|x| is below 2^-115 of it.
// Ziv's rounding test decides; the BigInt slow path settles the rest.

import { DDX, expKernel } from './exp-kernel.mjs';
import { expm1DD } from './exp.mjs';
import { DD, add, add1, div } from './dd.mjs';
import { scale2 } from './bits.mjs';
import { finish } from './round.mjs';
import { slowCosh, slowSinh, slowTanh } from './big/slow.mjs';

/**
 * e^a / 2 for 40 < a < 711, rounded, or NaN when undecided.
 * @param {number} a
 */
function halfExp(a) {
  const k = expKernel(a, 0);
  return finish(DDX[0], DDX[1], 2 ** -84, k - 1);
}

/**
 * @param {number} x
 */
export function sinh(x) {
  const a = Math.abs(x);
  if (!(a <= 40)) {
    if (x !== x) return x;
    if (a > 711) return x > 0 ? Infinity : -Infinity;
    const r = halfExp(a);
    return r === r ? (x < 0 ? -r : r) : slowSinh(x);
  }
  if (a < 2 ** -26) return x;
  expm1DD(a);
  const eh = DD[0];
  const el = DD[1];
  add1(eh, el, 1);
  div(eh, el, DD[0], DD[1]);
  add(eh, el, DD[0], DD[1]);
  const r = finish(0.5 * DD[0], 0.5 * DD[1], 2 ** -74, 0);
  if (r !== r) return slowSinh(x);
  return x < 0 ? -r : r;
}

/**
 * @param {number} x
 */
export function cosh(x) {
  const a = Math.abs(x);
  if (!(a <= 40)) {
    if (x !== x) return x;
    if (a > 711) return Infinity;
    const r = halfExp(a);
    return r === r ? r : slowCosh(x);
  }
  if (a < 2 ** -26) return 1;
  const k = expKernel(a, 0);
  const ch = scale2(DDX[0], k);
  const cl = scale2(DDX[1], k);
  div(1, 0, ch, cl);
  add(ch, cl, DD[0], DD[1]);
  const r = finish(0.5 * DD[0], 0.5 * DD[1], 2 ** -82, 0);
  return r === r ? r : slowCosh(x);
}

/**
 * @param {number} x
 */
export function tanh(x) {
  const a = Math.abs(x);
  if (!(a < 22)) {
    if (x !== x) return x;
    return x > 0 ? 1 : -1;
  }
  if (a < 2 ** -27) return x;
  expm1DD(2 * a);
  const eh = DD[0];
  const el = DD[1];
  add1(eh, el, 2);
  div(eh, el, DD[0], DD[1]);
  const r = finish(DD[0], DD[1], 2 ** -74, 0);
  if (r !== r) return slowTanh(x);
  return x < 0 ? -r : r;
}
