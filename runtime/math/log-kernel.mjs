// log(x) in double-double for the fast paths of log, log2, log10, log1p and pow.
// x = 2^e * m with m in [1, 2); for the bin j of m's top 7 bits a table gives c ~ 1/m, so that
// r = m*c - 1 is exact as a double-double (|r| < 2^-7) and log x = e ln2 - log c + log1p(r).
// Bins with m >= 1.5 count m/2 and e + 1 instead, so that for x in [1 - 2^-8, 1 + 2^-7) the
// table and ln2 terms are exactly zero and the result keeps its relative precision.
// log1p(r) = r + r^2 (-1/2 + r/3 - r^2/4 + r^3 T(r)) with the bracket in double-double but for
// r^3 T(r); the r^14 truncation and T's rounding stay below 2^-82 relative to r. The terms
// e ln2 (ln2 with a 42-bit head, so e * head is exact) and -log c add below 2^-100 of |log x|.

import { LOG } from './tables.mjs';

export const DDL = new Float64Array(2);

const LN2_HI = 0.6931471805598903; // 42 bits
const LN2_MID = 5.497923018708371e-14;
const LN2_LO = 1.94704509238075e-31;
const THIRD = 0.3333333333333333;
const THIRD_LO = 1.850371707708594e-17;
const SPLIT = 134217729;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * log1p(rh + rl) for |r| < 2^-7 + a little, in DDL, within 2^-82 relative.
 * @param {number} rh
 * @param {number} rl
 */
export function log1pSmall(rh, rl) {
  let t = SPLIT * rh;
  const r1 = t - (t - rh);
  const r2 = rh - r1;
  const s2h = rh * rh;
  const s2l = ((r1 * r1 - s2h) + 2 * r1 * r2) + r2 * r2 + 2 * rh * rl;
  // rh/3 = th + tl
  const th = rh * THIRD;
  t = SPLIT * THIRD;
  const c1 = t - (t - THIRD);
  const c2 = THIRD - c1;
  const tl = (((r1 * c1 - th) + r1 * c2 + r2 * c1) + r2 * c2) + rh * THIRD_LO;
  const poly = 0.2 + rh * (-1 / 6 + rh * (1 / 7 + rh * (-1 / 8 + rh * (1 / 9 + rh * (-0.1
    + rh * (1 / 11 + rh * (-1 / 12 + rh * (1 / 13))))))));
  // q = r/3 - r^2/4 + r^3 T = (a, low)
  const quarter = -0.25 * s2h;
  const a = th + quarter;
  let v = a - th;
  const low = ((th - (a - v)) + (quarter - v)) + tl + rl * THIRD - 0.25 * s2l + s2h * rh * poly;
  // P = -1/2 + q
  const ph = -0.5 + a;
  v = ph + 0.5;
  const pl = ((-0.5 - (ph - v)) + (a - v)) + low;
  // r^2 * P
  const m = s2h * ph;
  t = SPLIT * s2h;
  const u1 = t - (t - s2h);
  const u2 = s2h - u1;
  t = SPLIT * ph;
  const w1 = t - (t - ph);
  const w2 = ph - w1;
  const me = (((u1 * w1 - m) + u1 * w2 + u2 * w1) + u2 * w2) + (s2h * pl + s2l * ph);
  // r + r^2 P
  const s = rh + m;
  v = s - rh;
  const e = (rh - (s - v)) + (m - v) + rl + me;
  const h = s + e;
  DDL[0] = h;
  DDL[1] = e - (h - s);
}

/**
 * log(x) for finite x > 0 in DDL; returns a bound on its absolute error.
 * @param {number} x
 */
export function logKernel(x) {
  let e = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    e = -54;
  }
  F64[0] = x;
  const hi = U32[HI];
  const j = (hi >>> 13) & 127;
  e += (hi >>> 20) - 1023;
  U32[HI] = (hi & 0xfffff) | 0x3ff00000;
  const m = F64[0];
  const c = LOG[3 * j];
  // r = m*c - 1 exactly
  const p = m * c;
  let t = SPLIT * m;
  const m1 = t - (t - m);
  const m2 = m - m1;
  t = SPLIT * c;
  const c1 = t - (t - c);
  const c2 = c - c1;
  const pe = ((m1 * c1 - p) + m1 * c2 + m2 * c1) + m2 * c2;
  const r0 = p - 1;
  const rh = r0 + pe;
  const rl = pe - (rh - r0);
  log1pSmall(rh, rl);
  if (j >= 64) e += 1;
  if (e === 0 && (j === 0 || j === 127)) return Math.abs(DDL[0]) * 2 ** -78;
  // e ln2 - log c + log1p(r)
  const lh = LOG[3 * j + 1];
  const ll = LOG[3 * j + 2];
  const eh = e * LN2_HI;
  const a = eh + lh;
  let v = a - eh;
  const ae = ((eh - (a - v)) + (lh - v)) + (e * LN2_MID + (e * LN2_LO + ll));
  const b = a + DDL[0];
  v = b - a;
  const be = ((a - (b - v)) + (DDL[0] - v)) + ae + DDL[1];
  const h = b + be;
  DDL[0] = h;
  DDL[1] = be - (h - b);
  return 2 ** -86 + Math.abs(h) * 2 ** -98;
}
