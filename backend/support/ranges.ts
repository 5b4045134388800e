// Range support: the length of a range, as CPython computes it for any step sign.

import { binaryen } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { Ref } from '../lltypes.ts';
import { RANGE } from '../repr/iterators.ts';
import type { Support } from './support.ts';

const i64 = binaryen.i64;

/** range_len(r): max(0, ceil((stop - start) / step)), computed without overflow. */
export function rangeLength(s: Support): string {
  return s.ensure('range_len', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'range_len', [['r', model.valueType(new Ref(RANGE, true))]]);
    f.local('lo', i64);
    f.local('hi', i64);
    f.local('step', i64);
    const get = (name: string) => model.structGet(RANGE, f.get('r'), name);
    f.finish(i64, [
      f.set('step', get('step')),
      m.if(
        m.i64.gt_s(f.get('step'), m.i64.const(0n)),
        m.block(null, [f.set('lo', get('start')), f.set('hi', get('stop'))]),
        m.block(null, [f.set('lo', get('stop')), f.set('hi', get('start')), f.set('step', m.i64.sub(m.i64.const(0n), f.get('step')))]),
      ),
      m.if(m.i64.ge_s(f.get('lo'), f.get('hi')), m.return(m.i64.const(0n))),
      // (hi - lo - 1) / step + 1, in unsigned arithmetic: hi - lo fits in 64 unsigned bits.
      m.i64.add(m.i64.div_u(m.i64.sub(m.i64.sub(f.get('hi'), f.get('lo')), m.i64.const(1n)), f.get('step')), m.i64.const(1n)),
    ]);
  });
}
