// hypot, correctly rounded: both inputs scaled by the same power of two, the sum of squares
// and its square root in double-double, Ziv's rounding test; undecided (halfway) cases and
// subnormal results are rounded exactly from the integer square root in the slow path.
// C99: an infinite input gives +inf even when the other is nan.

import { DD, add, sqrt } from './dd.mjs';
import { biasedExponent, pow2 } from './bits.mjs';
import { finish } from './round.mjs';
import { slowHypot } from './big/slow.mjs';

const SPLIT = 134217729;

/**
 * @param {number} x
 * @param {number} y
 */
export function hypot(x, y) {
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (a === Infinity || b === Infinity) return Infinity;
  if (a !== a || b !== b) return NaN;
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  if (b === 0 || b < a * 2 ** -27) return a;
  const e = biasedExponent(a);
  if (e < 2) return slowHypot(x, y);
  const scale = pow2(1023 - e);
  a *= scale;
  b *= scale;
  let t = SPLIT * a;
  const a1 = t - (t - a);
  const a2 = a - a1;
  const aa = a * a;
  const aae = ((a1 * a1 - aa) + 2 * a1 * a2) + a2 * a2;
  t = SPLIT * b;
  const b1 = t - (t - b);
  const b2 = b - b1;
  const bb = b * b;
  const bbe = ((b1 * b1 - bb) + 2 * b1 * b2) + b2 * b2;
  add(aa, aae, bb, bbe);
  sqrt(DD[0], DD[1]);
  const r = finish(DD[0], DD[1], 2 ** -98, e - 1023);
  return r === r ? r : slowHypot(x, y);
}
