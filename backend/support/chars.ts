// One-character strings: made for each step of iterating over a str, and for indexing one.

import { binaryen } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { CHARS, STR, STR_REF } from './types.ts';
import type { Support } from './support.ts';

export function strFromChar(s: Support): string {
  return s.ensure('str_from_char', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'str_from_char', [['c', binaryen.i32]]);
    f.finish(s.model.valueType(STR_REF), [s.model.structNew(STR, [m.i64.const(0n), s.model.arrayNewFixed(CHARS, [f.get('c')])])]);
  });
}
