// The C integer limits behind some of CPython's formatting errors ('Too many decimal digits in
// format string', 'precision too big', 'Python int too large to convert to C long'), as BigInt.

/** PY_SSIZE_T_MAX on a 64-bit CPython: the largest width, precision or field index. */
export const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

/** INT_MAX: the largest float precision. */
export const C_INT_MAX = 2n ** 31n - 1n;

/** The range of a C long (64-bit), which format(n, 'c') converts n to first. */
export const C_LONG_MIN = -(2n ** 63n);
export const C_LONG_MAX = 2n ** 63n - 1n;
