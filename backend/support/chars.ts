// One-character strings: made for each step of iterating over a str, and for indexing one.
// Those of the first 256 code points are made once and shared, as CPython shares them: a
// scanner that reads `s[i]` over a whole text allocates nothing, and the shared string's hash
// is computed once.

import { binaryen } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { ArrayType, Ref } from '../lltypes.ts';
import { CHARS, LATIN1, STR, STR_OR_NONE, STR_REF } from './types.ts';
import type { Support } from './support.ts';

/** How many code points (from 0) have a shared one-character string. */
const SHARED = 256;
const SHARED_STRS = new ArrayType('one_char_strs', STR_OR_NONE, true);
const SHARED_STRS_OR_NONE = new Ref(SHARED_STRS, true);

export function strFromChar(s: Support): string {
  return s.ensure('str_from_char', () => {
    const m = s.module;
    const model = s.model;
    const tableType = model.valueType(SHARED_STRS_OR_NONE);
    m.addGlobal('one_char_strs', tableType, true, model.nullOf(SHARED_STRS_OR_NONE));
    const f = new FunctionBuilder(m, 'str_from_char', [['c', binaryen.i32]]);
    f.local('table', tableType);
    f.local('shared', model.valueType(STR_OR_NONE));
    const fresh = (kind: typeof CHARS): binaryen.ExpressionRef => model.structNew(STR, [m.i64.const(0n), model.arrayNewFixed(kind, [f.get('c')])]);
    const table = (): binaryen.ExpressionRef => f.get('table');
    f.finish(model.valueType(STR_REF), [
      m.if(m.i32.ge_u(f.get('c'), m.i32.const(SHARED)), m.return(fresh(CHARS))),
      f.set('table', m.global.get('one_char_strs', tableType)),
      m.if(model.isNull(table()), m.block(null, [
        f.set('table', model.arrayNew(SHARED_STRS, m.i32.const(SHARED), null)),
        m.global.set('one_char_strs', table()),
      ])),
      f.set('shared', model.arrayGet(SHARED_STRS, table(), f.get('c'))),
      m.if(model.isNull(f.get('shared')), m.block(null, [
        f.set('shared', fresh(LATIN1)),
        model.arraySet(SHARED_STRS, table(), f.get('c'), f.get('shared')),
      ])),
      model.asNonNull(f.get('shared')),
    ]);
  });
}
