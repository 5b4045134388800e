// Float to int conversion with CPython's errors: NaN is a ValueError, infinity and values
// beyond 64 bits an OverflowError.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { LowerOp } from './lowerop.ts';

const TWO_63 = 9223372036854775808;

/** int(x) for a float x already rounded toward zero (or floored/ceiled). */
export function floatToInt(hop: LowerOp, value: Expr): Expr {
  const m = hop.m;
  const x = hop.temp(binaryen.f64);
  return m.block(null, [
    x.set(value),
    m.if(m.f64.ne(x.get(), x.get()), hop.raise('ValueError', 'cannot convert float NaN to integer')),
    m.if(m.f64.eq(m.f64.abs(x.get()), m.f64.const(Infinity)), hop.raise('OverflowError', 'cannot convert float infinity to integer')),
    m.if(m.i32.or(m.f64.ge(x.get(), m.f64.const(TWO_63)), m.f64.lt(x.get(), m.f64.const(-TWO_63))), hop.raise('OverflowError', 'integer result does not fit in 64 bits')),
    m.i64.trunc_s.f64(x.get()),
  ], binaryen.i64);
}
