// sin and cos in double-double for |x| < 2^19, for the fast paths of sin, cos and tan.
// Reduction: x = k pi/2 + r with pi/2 in four parts (the first two of 33 bits, so that k * part
// is exact for k < 2^20), leaving r within 2^-100 absolute. Then r = j/64 + d with |d| <= 1/128,
// sin and cos of j/64 from a table and sin d, cos d by Taylor series (the d^3/6 and d^2/2
// terms in double-double, the rest in double; below 2^-85 relative), combined by the angle
// sum formulas. The absolute error of r is what limits tiny results: callers add
// REDUCTION_ERROR / |result| to their relative bound.

import { SINCOS } from './tables.mjs';

/** [sin r hi, lo, cos r hi, lo] of the last call of sinCosKernel. */
export const SC = new Float64Array(4);

/** Bound on the absolute error of the reduced argument. */
export const REDUCTION_ERROR = 2 ** -97;

const TWO_OVER_PI = 0.6366197723675814;
const P1 = 1.5707963267341256;
const P2 = 6.077100506303966e-11;
const P3 = 2.0222662487959506e-21;
const P4 = 1.0085854035872483e-37;
const SIXTH = 0.16666666666666666;
const SIXTH_LO = 9.25185853854297e-18;
const SPLIT = 134217729;

/**
 * sin and cos of x - k pi/2 into SC; returns k mod 4. For |x| < 2^19.
 * @param {number} x
 */
export function sinCosKernel(x) {
  const k = Math.round(x * TWO_OVER_PI);
  let rh = x;
  let rl = 0;
  if (k !== 0) {
    const a = x - k * P1;
    const b = -k * P2;
    const s = a + b;
    let v = s - a;
    const se = (a - (s - v)) + (b - v);
    const c = -k * P3;
    const s2 = s + c;
    v = s2 - s;
    const low = ((s - (s2 - v)) + (c - v)) + se - k * P4;
    rh = s2 + low;
    rl = low - (rh - s2);
  }
  const negative = rh < 0;
  if (negative) {
    rh = -rh;
    rl = -rl;
  }
  const j = Math.round(rh * 64);
  // d = dh + dl renormalized, so that the higher terms see rl through dh
  const d0 = rh - j / 64;
  const dh = d0 + rl;
  const dw = dh - d0;
  const dl = (d0 - (dh - dw)) + (rl - dw);
  // d^2 = d2h + d2l
  let t = SPLIT * dh;
  const e1 = t - (t - dh);
  const e2 = dh - e1;
  const d2h = dh * dh;
  const d2l = ((e1 * e1 - d2h) + 2 * e1 * e2) + e2 * e2 + 2 * dh * dl;
  // d^3 / 6 = c3h + c3l
  t = SPLIT * d2h;
  const f1 = t - (t - d2h);
  const f2 = d2h - f1;
  const d3h = d2h * dh;
  const d3l = ((f1 * e1 - d3h) + f1 * e2 + f2 * e1) + f2 * e2 + d2l * dh + d2h * dl;
  const c3h = d3h * SIXTH;
  t = SPLIT * d3h;
  const g1 = t - (t - d3h);
  const g2 = d3h - g1;
  t = SPLIT * SIXTH;
  const h1 = t - (t - SIXTH);
  const h2 = SIXTH - h1;
  const c3l = (((g1 * h1 - c3h) + g1 * h2 + g2 * h1) + g2 * h2) + d3h * SIXTH_LO + d3l * SIXTH;
  // sin d = d - d^3/6 + d^5 (1/120 - ...)
  const sd = dh - c3h;
  let v = sd - dh;
  const sdl = ((dh - (sd - v)) + (-c3h - v)) + dl - c3l
    + d3h * d2h * (1 / 120 + d2h * (-1 / 5040 + d2h * (1 / 362880)));
  const sh = sd + sdl;
  const sl = sdl - (sh - sd);
  // cos d = 1 - d^2/2 + d^4 (1/24 - ...)
  const half = -0.5 * d2h;
  const cd = 1 + half;
  v = cd - 1;
  const cdl = ((1 - (cd - v)) + (half - v)) - 0.5 * d2l
    + d2h * d2h * (1 / 24 + d2h * (-1 / 720 + d2h * (1 / 40320 + d2h * (-1 / 3628800))));
  const ch = cd + cdl;
  const cl = cdl - (ch - cd);
  if (j === 0) {
    SC[0] = negative ? -sh : sh;
    SC[1] = negative ? -sl : sl;
    SC[2] = ch;
    SC[3] = cl;
    return k & 3;
  }
  const Sh = SINCOS[4 * j];
  const Sl = SINCOS[4 * j + 1];
  const Ch = SINCOS[4 * j + 2];
  const Cl = SINCOS[4 * j + 3];
  // sin(a + d) = S cos d + C sin d; cos(a + d) = C cos d - S sin d
  const sinR = mulAdd(Sh, Sl, ch, cl, Ch, Cl, sh, sl);
  const sinL = OUT;
  const cosR = mulAdd(Ch, Cl, ch, cl, -Sh, -Sl, sh, sl);
  SC[0] = negative ? -sinR : sinR;
  SC[1] = negative ? -sinL : sinL;
  SC[2] = cosR;
  SC[3] = OUT;
  return k & 3;
}

let OUT = 0;

/**
 * (ah + al)(bh + bl) + (ch + cl)(dh + dl) for products whose sum does not cancel much;
 * returns hi and leaves lo in OUT.
 * @param {number} ah @param {number} al @param {number} bh @param {number} bl
 * @param {number} ch @param {number} cl @param {number} dh @param {number} dl
 */
function mulAdd(ah, al, bh, bl, ch, cl, dh, dl) {
  const p = ah * bh;
  let t = SPLIT * ah;
  const a1 = t - (t - ah);
  const a2 = ah - a1;
  t = SPLIT * bh;
  const b1 = t - (t - bh);
  const b2 = bh - b1;
  const pe = (((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2) + (ah * bl + al * bh);
  const q = ch * dh;
  t = SPLIT * ch;
  const c1 = t - (t - ch);
  const c2 = ch - c1;
  t = SPLIT * dh;
  const d1 = t - (t - dh);
  const d2 = dh - d1;
  const qe = (((c1 * d1 - q) + c1 * d2 + c2 * d1) + c2 * d2) + (ch * dl + cl * dh);
  const s = p + q;
  const v = s - p;
  const e = ((p - (s - v)) + (q - v)) + pe + qe;
  const h = s + e;
  OUT = e - (h - s);
  return h;
}
