// Exact comparison of an int with a float, as CPython does it: no rounding of the int to the
// nearest float, so 2**53 + 1 > 2.0**53 holds.

import { binaryen } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import type { Support } from './support.ts';

const TWO_53 = 9007199254740992;
const TWO_63 = 9223372036854775808;

/** cmp_int_float(i, f): -1, 0 or 1 as i is below, equal to or above f; 2 when f is NaN. */
export function compareIntFloat(s: Support): string {
  return s.ensure('cmp_int_float', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'cmp_int_float', [['i', binaryen.i64], ['f', binaryen.f64]]);
    f.local('fi', binaryen.f64);
    f.local('t', binaryen.i64);
    const sign = (a: number, b: number, lt: number, gt: number): number => (a < b ? lt : gt);
    void sign;
    const cmpFloat = (a: binaryen.ExpressionRef, b: binaryen.ExpressionRef): binaryen.ExpressionRef =>
      m.select(m.f64.lt(a, b), m.i32.const(-1), m.select(m.f64.gt(a, b), m.i32.const(1), m.i32.const(0)));
    f.finish(binaryen.i32, [
      m.if(m.f64.ne(f.get('f'), f.get('f')), m.return(m.i32.const(2))),
      m.if(
        m.i32.and(m.i64.le_s(f.get('i'), m.i64.const(BigInt(TWO_53))), m.i64.ge_s(f.get('i'), m.i64.const(BigInt(-TWO_53)))),
        m.return(cmpFloat(m.f64.convert_s.i64(f.get('i')), f.get('f'))),
      ),
      m.if(m.f64.ge(f.get('f'), m.f64.const(TWO_63)), m.return(m.i32.const(-1))),
      m.if(m.f64.lt(f.get('f'), m.f64.const(-TWO_63)), m.return(m.i32.const(1))),
      f.set('fi', m.f64.floor(f.get('f'))),
      f.set('t', m.i64.trunc_s.f64(f.get('fi'))),
      m.if(m.i64.lt_s(f.get('i'), f.get('t')), m.return(m.i32.const(-1))),
      m.if(m.i64.gt_s(f.get('i'), f.get('t')), m.return(m.i32.const(1))),
      m.select(m.f64.gt(f.get('f'), f.get('fi')), m.i32.const(-1), m.i32.const(0)),
    ]);
  });
}
