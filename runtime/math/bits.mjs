// The bits of a double: exact powers of two, binary exponents and scaling without double
// rounding. Every other file in runtime/math/ gets at a float's representation through here.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/**
 * 2^k as a double, for -1074 <= k <= 1023.
 * @param {number} k
 */
export function pow2(k) {
  if (k < -1022) {
    F64[0] = 0;
    const shift = k + 1074;
    if (shift >= 32) U32[HI] = 2 ** (shift - 32);
    else U32[LO] = 2 ** shift;
    return F64[0];
  }
  U32[LO] = 0;
  U32[HI] = (k + 1023) * 0x100000;
  return F64[0];
}

/**
 * The biased exponent field of x (0 for zero and subnormals, 2047 for inf and nan).
 * @param {number} x
 */
export function biasedExponent(x) {
  F64[0] = x;
  return (U32[HI] >>> 20) & 0x7ff;
}

/**
 * x * 2^k, exact whenever the result is representable and x * 2^-1022 is normal (as it is for
 * the integers and near-1 values this library scales).
 * @param {number} x
 * @param {number} k
 */
export function scale2(x, k) {
  while (k > 1023) {
    x *= 2 ** 1023;
    k -= 1023;
  }
  while (k < -1022) {
    x *= 2 ** -1022;
    k += 1022;
  }
  return x * pow2(k);
}
