// The slow path of every function: Ziv's loop over the Big kernels, for the inputs whose fast
// double-double result was too close to a rounding boundary (and for the rare ranges the fast
// paths leave out, such as subnormal results). Inputs here are finite and past the special
// cases; pow's and hypot's exact and halfway results are found exactly, since no amount of
// precision would settle them.

import { add, big, bitLength, div, exact, isqrt, mul, neg, sqrt, toDouble, ziv } from './float.mjs';
import { anglePositive, cosBig, expBig, expm1Big, ln2Big, logBig, logParts, piBig, reduceBig, sinBig } from './elementary.mjs';
import { ln10 } from './constants.mjs';

/** @typedef {import('./float.mjs').Big} Big */

const GUARD = 24;
const ONE = big(1n, 0);
const TWO = big(2n, 0);

/** @param {number} x */
export function slowExp(x) {
  return ziv((p) => expBig(exact(x), p));
}

/** @param {number} x */
export function slowExpm1(x) {
  return ziv((p) => expm1Big(exact(x), p));
}

/** @param {number} x x > 0 */
export function slowLog(x) {
  return ziv((p) => logBig(exact(x), p));
}

/** @param {number} x x > 0 */
export function slowLog2(x) {
  return ziv((p) => {
    const [e, logf] = logParts(exact(x), p);
    const fraction = div(logf, ln2Big(p), p + GUARD);
    return fraction && add(big(BigInt(e), 0), fraction, p + GUARD);
  });
}

/** @param {number} x x > 0 */
export function slowLog10(x) {
  return ziv((p) => div(logBig(exact(x), p), big(ln10(p + GUARD), -(p + GUARD), 2n), p + GUARD));
}

/** @param {number} x x > -1 */
export function slowLog1p(x) {
  const v = exact(x);
  const sum = v.e >= 0 ? big((v.m << BigInt(v.e)) + 1n, 0) : big(v.m + (1n << BigInt(-v.e)), v.e);
  return ziv((p) => logBig(sum, p));
}

/**
 * @param {number} x
 * @param {number} p
 * @returns {[Big, Big, number]} sin r, cos r and k mod 4, for x = k pi/2 + r
 */
function sinCos(x, p) {
  const [k, r] = reduceBig(exact(x), p);
  return [sinBig(r, p), cosBig(r, p), k];
}

/** @param {number} x */
export function slowSin(x) {
  return ziv((p) => {
    const [s, c, k] = sinCos(x, p);
    const v = k & 1 ? c : s;
    return k & 2 ? neg(v) : v;
  });
}

/** @param {number} x */
export function slowCos(x) {
  return ziv((p) => {
    const [s, c, k] = sinCos(x, p);
    const v = k & 1 ? s : c;
    return (k + 1) & 2 ? neg(v) : v;
  });
}

/** @param {number} x */
export function slowTan(x) {
  return ziv((p) => {
    const [s, c, k] = sinCos(x, p);
    return k & 1 ? div(neg(c), s, p + GUARD) : div(s, c, p + GUARD);
  });
}

/**
 * @param {Big | null} v
 * @param {boolean} negative
 */
function signed(v, negative) {
  return v && negative ? neg(v) : v;
}

/** @param {number} x x != 0 */
export function slowAtan(x) {
  return ziv((p) => signed(atanBig(exact(Math.abs(x)), p), x < 0));
}

/**
 * For finite y != 0 and finite x.
 * @param {number} y
 * @param {number} x
 */
export function slowAtan2(y, x) {
  return ziv((p) => {
    const a = anglePositive(exact(Math.abs(y)), exact(Math.abs(x)), p);
    if (a === null) return null;
    const q = p + GUARD;
    return signed(x < 0 ? add(piBig(q), neg(a), q) : a, y < 0);
  });
}

/**
 * sqrt(1 - x^2) for |x| <= 1, from the exact (1 - x)(1 + x).
 * @param {number} x
 * @param {number} p
 */
function cosineOf(x, p) {
  const v = exact(Math.abs(x));
  const one = 1n << BigInt(-v.e);
  return sqrt(big((one - v.m) * (one + v.m), 2 * v.e), p + GUARD);
}

/** @param {number} x 0 < |x| < 1 */
export function slowAsin(x) {
  return ziv((p) => {
    const c = cosineOf(x, p);
    return c && signed(anglePositive(exact(Math.abs(x)), c, p), x < 0);
  });
}

/** @param {number} x |x| < 1 */
export function slowAcos(x) {
  return ziv((p) => {
    const c = cosineOf(x, p);
    const a = c && anglePositive(c, exact(Math.abs(x)), p);
    const q = p + GUARD;
    return a && (x < 0 ? add(piBig(q), neg(a), q) : a);
  });
}

/**
 * sinh, as x (1 + x^2/3! + ...) below 1/2 and (e^x - e^-x)/2 above.
 * @param {number} x
 */
export function slowSinh(x) {
  return ziv((p) => {
    const q = p + GUARD;
    if (Math.abs(x) < 0.5) {
      const v = exact(x);
      const e = expm1Big(v, p);
      const f = div(e, add(e, ONE, q), q);
      return f && mul(add(e, f, q), big(1n, -1), q);
    }
    const d = add(expBig(exact(x), p), neg(expBig(exact(-x), p)), q);
    return mul(d, big(1n, -1), q);
  });
}

/** @param {number} x */
export function slowCosh(x) {
  return ziv((p) => {
    const q = p + GUARD;
    return mul(add(expBig(exact(x), p), expBig(exact(-x), p), q), big(1n, -1), q);
  });
}

/** @param {number} x x != 0 */
export function slowTanh(x) {
  return ziv((p) => {
    const q = p + GUARD;
    const e = expm1Big(exact(2 * Math.abs(x)), p);
    return signed(div(e, add(e, TWO, q), q), x < 0);
  });
}

/**
 * The exact value of x^y when it is a dyadic rational (so possibly a double or a halfway
 * point between two), else null. x > 0 and y finite, nonzero.
 * @param {number} x
 * @param {number} y
 * @returns {Big | null}
 */
export function exactPower(x, y) {
  let { m: mx, e: ex } = exact(x);
  let { m: my, e: ey } = exact(y);
  while ((mx & 1n) === 0n) {
    mx >>= 1n;
    ex++;
  }
  while ((my & 1n) === 0n) {
    my >>= 1n;
    ey++;
  }
  if (mx === 1n) {
    // 2^(ex * my * 2^ey)
    let n = BigInt(ex) * my;
    if (ey >= 0) n <<= BigInt(ey);
    else if (n % (1n << BigInt(-ey)) === 0n) n >>= BigInt(-ey);
    else return null;
    if (n > 4096n) n = 4096n;
    if (n < -4096n) n = -4096n;
    return big(1n, Number(n));
  }
  if (my < 0n) return null;
  if (ey < 0) {
    for (let i = 0; i < -ey; i++) {
      const r = isqrt(mx);
      if (r * r !== mx || r === 1n || ex % 2 !== 0) return null;
      mx = r;
      ex /= 2;
    }
    ey = 0;
  }
  const power = my << BigInt(ey);
  if (power * BigInt(bitLength(mx) - 1) > 120n) return null;
  return big(mx ** power, ex * Number(power));
}

/**
 * |x|^y for finite x != 0 and finite y != 0 whose result is not settled by the fast path; the
 * sign is the caller's.
 * @param {number} x
 * @param {number} y
 */
export function slowPowAbs(x, y) {
  const ax = Math.abs(x);
  const dyadic = exactPower(ax, y);
  if (dyadic !== null) return toDouble(dyadic.m, dyadic.e);
  return ziv((p) => {
    const q = p + GUARD;
    const z = mul(exact(y), logBig(exact(ax), p + 16), q);
    const approx = toDouble(z.m, z.e);
    if (approx > 1e4) return big(1n, 4096);
    if (approx < -1e4) return big(1n, -4096);
    return expBig(z, p);
  });
}

/**
 * sqrt(x^2 + y^2) rounded once, from the exact sum of squares and an integer square root with
 * a sticky bit.
 * @param {number} x
 * @param {number} y
 */
export function slowHypot(x, y) {
  const a = exact(Math.abs(x));
  const b = exact(Math.abs(y));
  const e = Math.min(a.e, b.e);
  const am = a.m << BigInt(a.e - e);
  const bm = b.m << BigInt(b.e - e);
  const sum = am * am + bm * bm;
  if (sum === 0n) return 0;
  const shift = Math.max(0, 62 - (bitLength(sum) >> 1));
  const scaled = sum << BigInt(2 * shift);
  const r = isqrt(scaled);
  if (r * r === scaled) return toDouble(r, e - shift);
  return toDouble(2n * r + 1n, e - shift - 1);
}

