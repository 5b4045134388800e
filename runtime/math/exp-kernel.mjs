// e^x in double-double for the fast paths of exp, expm1, pow, sinh, cosh and tanh.
// x = (128k + j) ln2/128 + r with |r| <= ln2/256 (Cody-Waite: ln2/128 in three parts, the first
// two short enough that t * part is exact), then e^x = 2^k * 2^(j/128) * (1 + p(r)) with the
// table 2^(j/128) in double-double and p(r) = r + r^2/2 + r^3/6 + ... + r^8/8!: the terms
// through r^3 in double-double, the rest in double. Bounds (absolute on p, |r| <= 2^-8.5):
// reduction 2^-111, truncation 2^-95, r^4.. tail 2^-90, sums 2^-91; so e^x is within 2^-88
// relative, and e^x - 1 for |x| < ln2/256 within 2^-80 relative (the tail and the rounding of
// the low sum scale with |x|^3).

import { EXP2 } from './tables.mjs';

export const DDX = new Float64Array(2);

const INV = 184.6649652337873; // 128 / ln 2
const L1 = 0.0054152123482253955; // ln2/128 = L1 + L2 + L3, L1 and L2 with 35 bits
const L2 = -1.0082281460979481e-13;
const L3 = -1.828745223881112e-25;
const SIXTH = 0.16666666666666666;
const SIXTH_LO = 9.25185853854297e-18;
const SPLIT = 134217729;

/**
 * p(r) = e^r - 1 for |r| <= ln2/256 + a little, in DDX.
 * @param {number} rh
 * @param {number} rl
 */
function expm1Small(rh, rl) {
  // rh^2 = s2h + s2l exactly (Dekker)
  let t = SPLIT * rh;
  const r1 = t - (t - rh);
  const r2 = rh - r1;
  const s2h = rh * rh;
  const s2l = ((r1 * r1 - s2h) + 2 * r1 * r2) + r2 * r2;
  // s2h * rh = r3h + r3l exactly
  t = SPLIT * s2h;
  const a1 = t - (t - s2h);
  const a2 = s2h - a1;
  const r3h = s2h * rh;
  const r3l = ((a1 * r1 - r3h) + a1 * r2 + a2 * r1) + a2 * r2;
  // r^3 / 6 = c3h + c3l
  t = SPLIT * r3h;
  const b1 = t - (t - r3h);
  const b2 = r3h - b1;
  const c3h = r3h * SIXTH;
  t = SPLIT * SIXTH;
  const d1 = t - (t - SIXTH);
  const d2 = SIXTH - d1;
  const c3l = (((b1 * d1 - c3h) + b1 * d2 + b2 * d1) + b2 * d2) + r3h * SIXTH_LO
    + (r3l + s2l * rh + 3 * s2h * rl) * SIXTH;
  const q4 = s2h * s2h * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040 + rh * (1 / 40320)))));
  // rh + s2h/2 + c3h exactly as (b, ae + be), then everything small
  const h2 = 0.5 * s2h;
  const a = rh + h2;
  let v = a - rh;
  const ae = (rh - (a - v)) + (h2 - v);
  const b = a + c3h;
  v = b - a;
  const be = (a - (b - v)) + (c3h - v);
  const low = ae + be + rl + (0.5 * s2l + rh * rl) + c3l + q4;
  const h = b + low;
  DDX[0] = h;
  DDX[1] = low - (h - b);
}

/**
 * e^(xh + xl) = 2^k * (DDX[0] + DDX[1]) within 2^-88 relative; returns k. Needs |xh| < 800.
 * @param {number} xh
 * @param {number} xl
 */
export function expKernel(xh, xl) {
  const t = Math.round(xh * INV);
  const r1 = xh - t * L1;
  const p2 = -t * L2;
  const s = r1 + p2;
  const v = s - r1;
  const se = (r1 - (s - v)) + (p2 - v);
  const low = se + (xl - t * L3);
  const rh = s + low;
  const rl = low - (rh - s);
  expm1Small(rh, rl);
  const j = t & 127;
  const th = EXP2[2 * j];
  const tl = EXP2[2 * j + 1];
  // T * (1 + p) = th + (tl + T * p)
  const ph = DDX[0];
  const pl = DDX[1];
  const m = th * ph;
  let u = SPLIT * th;
  const u1 = u - (u - th);
  const u2 = th - u1;
  u = SPLIT * ph;
  const w1 = u - (u - ph);
  const w2 = ph - w1;
  const me = (((u1 * w1 - m) + u1 * w2 + u2 * w1) + u2 * w2) + (th * pl + tl * ph) + tl;
  const sum = th + m;
  const sv = sum - th;
  const sumE = (th - (sum - sv)) + (m - sv) + me;
  const h = sum + sumE;
  DDX[0] = h;
  DDX[1] = sumE - (h - sum);
  return (t - j) / 128;
}

/**
 * e^x - 1 for |x| <= ln2/256, in DDX, within 2^-80 relative.
 * @param {number} x
 */
export function expm1Tiny(x) {
  expm1Small(x, 0);
}
