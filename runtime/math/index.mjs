// The correctly rounded math library: one export per Python math function that Wyrm routes to
// the host (MATH1 and MATH2 of backend/support/numbers.ts). runtime/crmath.mjs re-exports it.

export { exp, expm1 } from './exp.mjs';
export { log, log2, log10, log1p } from './log.mjs';
export { sin, cos, tan } from './trig.mjs';
export { asin, acos, atan, atan2 } from './atan.mjs';
export { sinh, cosh, tanh } from './hyperbolic.mjs';
export { pow } from './pow.mjs';
export { hypot } from './hypot.mjs';

/**
 * C's fmod: x - n*y for the integer n of x/y truncated, exact. JavaScript's % is defined as
 * exactly this remainder, with the same special values (nan for y = 0 or infinite x, x for
 * infinite y, the sign of x on zero results).
 * @param {number} x
 * @param {number} y
 */
export function fmod(x, y) {
  return x % y;
}
