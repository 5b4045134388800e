// The math functions a translated program imports (the factories of math1 and math2: see
// hostinstance.mjs). CPython calls the platform's libm; Wyrm uses correctly rounded
// implementations (crmath.mjs) where libm is nearly always correctly rounded (exp, log, trig,
// pow...), so that programs print CPython's digits, and V8's Math where glibc's own rounding
// differs from the correct one far more often than V8's does (sinh, tanh, expm1, log1p, log10:
// measured by runtime/math/check.py against glibc 2.36 and mpmath, see runtime/math/).

import { acos, asin, atan, atan2, cos, cosh, exp, fmod, hypot, log, log2, pow, sin, tan } from './crmath.mjs';

const CORRECTLY_ROUNDED = { acos, asin, atan, atan2, cos, cosh, exp, fmod, hypot, log, log2, pow, sin, tan };

/** The function computing math.`name` (a name of backend/support/numbers.ts's MATH1 or MATH2). */
export function mathFunction(name) {
  const f = CORRECTLY_ROUNDED[name] ?? Math[name];
  if (typeof f !== 'function') throw new Error(`no math function ${name}`);
  return f;
}

/** math1(code, x): the function of program.math1[code] (the names the module calls, numbered). */
export function math1(host) {
  const functions = host.program.math1.map(mathFunction);
  return (code, x) => functions[code](x);
}

/** math2(code, x, y): the function of program.math2[code]. */
export function math2(host) {
  const functions = host.program.math2.map(mathFunction);
  return (code, x, y) => functions[code](x, y);
}
