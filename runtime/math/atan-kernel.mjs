// atan(t) in double-double for 0 <= t <= 1 (given as a double-double), for the fast paths of
// atan, atan2, asin and acos. With c = j/64 the table point nearest t, atan t = atan c +
// atan(d), d = (t - c)/(1 + t c), |d| <= 2^-7; atan d = d - d^3/3 + d^5 T(d^2) with d^3/3 in
// double-double and the rest (through d^13) in double: below 2^-86 relative.

import { ATAN } from './tables.mjs';
import { DD, div } from './dd.mjs';

export const DDA = new Float64Array(2);

const THIRD = 0.3333333333333333;
const THIRD_LO = 1.850371707708594e-17;
const SPLIT = 134217729;

/**
 * atan(dh + dl) for |d| <= 2^-7 + a little, in DDA.
 * @param {number} dh
 * @param {number} dl
 */
function atanSmall(dh, dl) {
  let t = SPLIT * dh;
  const e1 = t - (t - dh);
  const e2 = dh - e1;
  const d2h = dh * dh;
  const d2l = ((e1 * e1 - d2h) + 2 * e1 * e2) + e2 * e2 + 2 * dh * dl;
  t = SPLIT * d2h;
  const f1 = t - (t - d2h);
  const f2 = d2h - f1;
  const d3h = d2h * dh;
  const d3l = ((f1 * e1 - d3h) + f1 * e2 + f2 * e1) + f2 * e2 + d2l * dh + d2h * dl;
  const c3h = d3h * THIRD;
  t = SPLIT * d3h;
  const g1 = t - (t - d3h);
  const g2 = d3h - g1;
  t = SPLIT * THIRD;
  const h1 = t - (t - THIRD);
  const h2 = THIRD - h1;
  const c3l = (((g1 * h1 - c3h) + g1 * h2 + g2 * h1) + g2 * h2) + d3h * THIRD_LO + d3l * THIRD;
  const s = dh - c3h;
  const v = s - dh;
  const low = ((dh - (s - v)) + (-c3h - v)) + dl - c3l
    + d3h * d2h * (0.2 + d2h * (-1 / 7 + d2h * (1 / 9 + d2h * (-1 / 11 + d2h * (1 / 13)))));
  const h = s + low;
  DDA[0] = h;
  DDA[1] = low - (h - s);
}

/**
 * atan(th + tl) for 0 <= t <= 1, in DDA.
 * @param {number} th
 * @param {number} tl
 */
export function atanKernel(th, tl) {
  const j = Math.round(th * 64);
  if (j === 0) {
    atanSmall(th, tl);
    return;
  }
  const c = j / 64;
  // numerator t - c (exact head), denominator 1 + t c
  const nh = th - c;
  const p = th * c;
  let t = SPLIT * th;
  const a1 = t - (t - th);
  const a2 = th - a1;
  t = SPLIT * c;
  const b1 = t - (t - c);
  const b2 = c - b1;
  const pe = ((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2 + tl * c;
  const s = 1 + p;
  const v = s - 1;
  const se = ((1 - (s - v)) + (p - v)) + pe;
  const dh0 = s + se;
  div(nh, tl, dh0, se - (dh0 - s));
  atanSmall(DD[0], DD[1]);
  // atan c + atan d
  const ah = ATAN[2 * j];
  const al = ATAN[2 * j + 1];
  const b = ah + DDA[0];
  const w = b - ah;
  const be = ((ah - (b - w)) + (DDA[0] - w)) + al + DDA[1];
  const h = b + be;
  DDA[0] = h;
  DDA[1] = be - (h - b);
}
