// The fast paths' rounding test (Ziv's): a double-double result hi + lo scaled by 2^k, known to
// within a relative error bound, is returned only when the whole error interval rounds to the
// same double; otherwise the caller falls back to the exact slow path. Results that fall in the
// subnormal range also go to the slow path, since rounding hi + lo first and scaling after
// would round twice.

import { scale2 } from './bits.mjs';

const TINY = 2 ** -1022;

/**
 * The double nearest to (hi + lo) * 2^k when every value within a relative error eps of it
 * rounds the same, else NaN.
 * @param {number} hi
 * @param {number} lo
 * @param {number} eps
 * @param {number} k
 */
export function finish(hi, lo, eps, k) {
  const e = Math.abs(hi) * eps;
  const a = hi + (lo + e);
  if (a !== hi + (lo - e)) return NaN;
  const r = k === 0 ? a : scale2(a, k);
  return Math.abs(r) < TINY ? NaN : r;
}
