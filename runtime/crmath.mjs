// Correctly rounded math for translated programs: exp, expm1, log, log2, log10, log1p, sin,
// cos, tan, asin, acos, atan, atan2, sinh, cosh, tanh, pow, hypot and fmod, each returning the
// double nearest to the exact result (ties to even) with C99's special values, where V8's Math
// functions are off by an ulp now and then. Plain JavaScript with imports only from math/, so
// that it can be inlined into a program's loader. See math/index.mjs for the parts.

export { acos, asin, atan, atan2, cos, cosh, exp, expm1, fmod, hypot, log, log10, log1p, log2, pow, sin, sinh, tan, tanh } from './math/index.mjs';
