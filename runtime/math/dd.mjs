// Double-double arithmetic (Dekker, Knuth): a value is an unevaluated sum hi + lo of two doubles
// with |lo| <= ulp(hi)/2, good to about 2^-104 relative. Each operation returns its result in
// DD[0] (hi) and DD[1] (lo) rather than allocating a pair; callers copy them out at once.
// Relative error of each operation, for normal results: twoSum and twoProd are exact, add and
// mulDD below 2^-102, div below 2^-101.

/** The result of the last operation: [hi, lo]. */
export const DD = new Float64Array(2);

const SPLIT = 134217729; // 2^27 + 1, Veltkamp's splitter

/**
 * a + b exactly.
 * @param {number} a
 * @param {number} b
 */
export function twoSum(a, b) {
  const s = a + b;
  const v = s - a;
  DD[0] = s;
  DD[1] = (a - (s - v)) + (b - v);
}

/**
 * a + b exactly, for |a| >= |b| (or a = 0).
 * @param {number} a
 * @param {number} b
 */
export function fastTwoSum(a, b) {
  const s = a + b;
  DD[0] = s;
  DD[1] = b - (s - a);
}

/**
 * a * b exactly (no overflow, no underflow of the low part).
 * @param {number} a
 * @param {number} b
 */
export function twoProd(a, b) {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DD[0] = p;
  DD[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * (ah + al) + (bh + bl).
 * @param {number} ah
 * @param {number} al
 * @param {number} bh
 * @param {number} bl
 */
export function add(ah, al, bh, bl) {
  let s = ah + bh;
  let v = s - ah;
  let e = (ah - (s - v)) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = (al - (t - v)) + (bl - v);
  e += t;
  const h = s + e;
  e = e - (h - s) + f;
  s = h + e;
  DD[0] = s;
  DD[1] = e - (s - h);
}

/**
 * (ah + al) + b.
 * @param {number} ah
 * @param {number} al
 * @param {number} b
 */
export function add1(ah, al, b) {
  const s = ah + b;
  const v = s - ah;
  const e = ((ah - (s - v)) + (b - v)) + al;
  const h = s + e;
  DD[0] = h;
  DD[1] = e - (h - s);
}

/**
 * (ah + al) * (bh + bl).
 * @param {number} ah
 * @param {number} al
 * @param {number} bh
 * @param {number} bl
 */
export function mul(ah, al, bh, bl) {
  const p = ah * bh;
  let t = SPLIT * ah;
  const a1 = t - (t - ah);
  const a2 = ah - a1;
  t = SPLIT * bh;
  const b1 = t - (t - bh);
  const b2 = bh - b1;
  const e = (((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2) + (ah * bl + al * bh);
  const h = p + e;
  DD[0] = h;
  DD[1] = e - (h - p);
}

/**
 * (ah + al) * b.
 * @param {number} ah
 * @param {number} al
 * @param {number} b
 */
export function mul1(ah, al, b) {
  const p = ah * b;
  let t = SPLIT * ah;
  const a1 = t - (t - ah);
  const a2 = ah - a1;
  t = SPLIT * b;
  const b1 = t - (t - b);
  const b2 = b - b1;
  const e = (((a1 * b1 - p) + a1 * b2 + a2 * b1) + a2 * b2) + al * b;
  const h = p + e;
  DD[0] = h;
  DD[1] = e - (h - p);
}

/**
 * (ah + al) / (bh + bl).
 * @param {number} ah
 * @param {number} al
 * @param {number} bh
 * @param {number} bl
 */
export function div(ah, al, bh, bl) {
  const q = ah / bh;
  let t = SPLIT * q;
  const q1 = t - (t - q);
  const q2 = q - q1;
  t = SPLIT * bh;
  const b1 = t - (t - bh);
  const b2 = bh - b1;
  const p = q * bh;
  const pe = ((q1 * b1 - p) + q1 * b2 + q2 * b1) + q2 * b2;
  const r = (((ah - p) - pe) + al - q * bl) / bh;
  const h = q + r;
  DD[0] = h;
  DD[1] = r - (h - q);
}

/**
 * sqrt(ah + al), for ah > 0.
 * @param {number} ah
 * @param {number} al
 */
export function sqrt(ah, al) {
  const s = Math.sqrt(ah);
  let t = SPLIT * s;
  const s1 = t - (t - s);
  const s2 = s - s1;
  const p = s * s;
  const pe = ((s1 * s1 - p) + 2 * s1 * s2) + s2 * s2;
  const c = ((ah - p) - pe + al) / (2 * s);
  const h = s + c;
  DD[0] = h;
  DD[1] = c - (h - s);
}
