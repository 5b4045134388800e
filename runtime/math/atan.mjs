// atan, atan2, asin and acos, correctly rounded. All four are the angle of a point (x, y) with
// x, y >= 0 given as double-doubles: atan(min/max) from atan-kernel.mjs, reflected about pi/4
// when y > x, then about pi/2 or pi for the quadrant. asin and acos take the point
// (sqrt(1 - x^2), |x|) with 1 - x^2 formed exactly. Ziv's rounding test decides; the BigInt
// slow path settles the rest, including results in the subnormal range.

import { DDA, atanKernel } from './atan-kernel.mjs';
import { DD, add, div, sqrt } from './dd.mjs';
import { biasedExponent, pow2 } from './bits.mjs';
import { finish } from './round.mjs';
import { slowAcos, slowAsin, slowAtan, slowAtan2 } from './big/slow.mjs';

const PI = 3.141592653589793;
const PI_LO = 1.2246467991473532e-16;
const HALF_PI = 1.5707963267948966;
const HALF_PI_LO = 6.123233995736766e-17;
const EPS = 2 ** -77;
const SPLIT = 134217729;

/**
 * The angle of the point (xh + xl, yh + yl) for x, y >= 0 not both zero, into DD: atan(y/x) in
 * [0, pi/2], as pi/2 - atan(x/y) when y > x.
 * @param {number} yh
 * @param {number} yl
 * @param {number} xh
 * @param {number} xl
 */
function angle(yh, yl, xh, xl) {
  if (yh <= xh) {
    div(yh, yl, xh, xl);
    atanKernel(DD[0], DD[1]);
    DD[0] = DDA[0];
    DD[1] = DDA[1];
    return;
  }
  div(xh, xl, yh, yl);
  atanKernel(DD[0], DD[1]);
  add(HALF_PI, HALF_PI_LO, -DDA[0], -DDA[1]);
}

/**
 * @param {number} x
 */
export function atan(x) {
  const a = Math.abs(x);
  if (!(a <= 2 ** 60)) {
    if (x !== x) return x;
    return x > 0 ? HALF_PI : -HALF_PI;
  }
  if (a < 2 ** -27) return x;
  angle(a, 0, 1, 0);
  const r = finish(DD[0], DD[1], EPS, 0);
  if (r !== r) return slowAtan(x);
  return x < 0 ? -r : r;
}

/**
 * atan2 for finite or infinite y, x with C99's special values.
 * @param {number} y
 * @param {number} x
 */
export function atan2(y, x) {
  if (x !== x || y !== y) return NaN;
  const negative = y < 0 || Object.is(y, -0);
  const sign = negative ? -1 : 1;
  const ay = Math.abs(y);
  const ax = Math.abs(x);
  if (ay === 0 || ax === Infinity || ay === Infinity) {
    if (ay === Infinity) {
      if (ax === Infinity) return sign * (x > 0 ? PI / 4 : 3 * PI / 4);
      return sign * HALF_PI;
    }
    if (ay === 0) return x > 0 || Object.is(x, 0) ? y : sign * PI;
    return x > 0 ? sign * 0 : sign * PI;
  }
  if (ax === 0) return sign * HALF_PI;
  // a tiny ratio: the result is the ratio (correctly rounded by the division) or a constant
  const ey = biasedExponent(ay);
  const ex = biasedExponent(ax);
  if (ey < ex - 62) {
    if (x < 0) return sign * PI;
    const q = ay / ax;
    return q >= 2 ** -1022 ? sign * q : slowAtan2(y, x);
  }
  if (ex < ey - 62) return sign * HALF_PI;
  // scale both into [2^-64, 2) so that the double-double steps neither overflow nor underflow
  const scale = pow2(Math.min(1022, 1023 - Math.max(ex, ey)));
  angle(ay * scale, 0, ax * scale, 0);
  if (x < 0) add(PI, PI_LO, -DD[0], -DD[1]);
  const r = finish(DD[0], DD[1], EPS, 0);
  return r === r ? sign * r : slowAtan2(y, x);
}

/**
 * 1 - a^2 for 0 <= a < 1, exactly up to the final rounding, in DD.
 * @param {number} a
 */
function oneMinusSquare(a) {
  const p = a * a;
  const t = SPLIT * a;
  const a1 = t - (t - a);
  const a2 = a - a1;
  const pe = ((a1 * a1 - p) + 2 * a1 * a2) + a2 * a2;
  const s = 1 - p;
  const v = s - 1;
  const se = ((1 - (s - v)) + (-p - v)) - pe;
  const h = s + se;
  DD[0] = h;
  DD[1] = se - (h - s);
}

/**
 * @param {number} x
 */
export function asin(x) {
  const a = Math.abs(x);
  if (!(a < 1)) {
    if (a === 1) return x > 0 ? HALF_PI : -HALF_PI;
    return NaN;
  }
  if (a < 2 ** -27) return x;
  oneMinusSquare(a);
  sqrt(DD[0], DD[1]);
  angle(a, 0, DD[0], DD[1]);
  const r = finish(DD[0], DD[1], EPS, 0);
  if (r !== r) return slowAsin(x);
  return x < 0 ? -r : r;
}

/**
 * @param {number} x
 */
export function acos(x) {
  const a = Math.abs(x);
  if (!(a < 1)) {
    if (x === 1) return 0;
    if (x === -1) return PI;
    return NaN;
  }
  if (a < 2 ** -55) return HALF_PI;
  oneMinusSquare(a);
  sqrt(DD[0], DD[1]);
  angle(DD[0], DD[1], a, 0);
  if (x < 0) add(PI, PI_LO, -DD[0], -DD[1]);
  const r = finish(DD[0], DD[1], EPS, 0);
  return r === r ? r : slowAcos(x);
}
