// A string builder in wasm: a growable array of code points, for the texts built piece by
// piece (the repr of a list, a quoted string) without quadratic concatenation.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { Char, Ref, StructType, field } from '../lltypes.ts';
import { CHARS, CHARS_REF, STR, STR_OR_NONE, STR_REF } from './types.ts';
import { strOfChars, strPut } from './strkinds.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;

export const BUILDER = new StructType('str_builder', [field('chars', CHARS_REF, true), field('length', Char, true)]);
export const BUILDER_REF = new Ref(BUILDER, true);

export function builderNew(s: Support): string {
  return s.ensure('sb_new', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'sb_new', []);
    f.finish(s.model.valueType(BUILDER_REF), [s.model.structNew(BUILDER, [s.model.arrayNew(CHARS, m.i32.const(16), null), m.i32.const(0)])]);
  });
}

/** Makes room for `extra` more code points. */
function builderReserve(s: Support): string {
  return s.ensure('sb_reserve', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'sb_reserve', [['sb', model.valueType(BUILDER_REF)], ['extra', i32]]);
    f.local('need', i32);
    f.local('grown', model.valueType(CHARS_REF));
    const chars = (): Expr => model.structGet(BUILDER, f.get('sb'), 'chars');
    f.finish(binaryen.none, [
      f.set('need', m.i32.add(model.structGet(BUILDER, f.get('sb'), 'length'), f.get('extra'))),
      m.if(
        m.i32.gt_u(f.get('need'), model.arrayLength(chars())),
        m.block(null, [
          f.set('grown', model.arrayNew(CHARS, m.i32.add(f.get('need'), m.i32.shr_u(f.get('need'), m.i32.const(1))), null)),
          model.arrayCopy(CHARS, f.get('grown'), m.i32.const(0), CHARS, chars(), m.i32.const(0), model.structGet(BUILDER, f.get('sb'), 'length')),
          model.structSet(BUILDER, f.get('sb'), 'chars', f.get('grown')),
        ]),
      ),
    ]);
  });
}

export function builderAppendChar(s: Support): string {
  return s.ensure('sb_append_char', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'sb_append_char', [['sb', model.valueType(BUILDER_REF)], ['c', i32]]);
    const length = (): Expr => model.structGet(BUILDER, f.get('sb'), 'length');
    f.finish(binaryen.none, [
      m.call(builderReserve(s), [f.get('sb'), m.i32.const(1)], binaryen.none),
      model.arraySet(CHARS, model.structGet(BUILDER, f.get('sb'), 'chars'), length(), f.get('c')),
      model.structSet(BUILDER, f.get('sb'), 'length', m.i32.add(length(), m.i32.const(1))),
    ]);
  });
}

export function builderAppendStr(s: Support): string {
  return s.ensure('sb_append_str', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'sb_append_str', [['sb', model.valueType(BUILDER_REF)], ['s', model.valueType(STR_OR_NONE)]]);
    f.local('n', i32);
    const length = (): Expr => model.structGet(BUILDER, f.get('sb'), 'length');
    f.finish(binaryen.none, [
      f.set('n', model.arrayLength(model.structGet(STR, f.get('s'), 'chars'))),
      m.call(builderReserve(s), [f.get('sb'), f.get('n')], binaryen.none),
      m.call(strPut(s), [model.structGet(BUILDER, f.get('sb'), 'chars'), length(), f.get('s')], binaryen.none),
      model.structSet(BUILDER, f.get('sb'), 'length', m.i32.add(length(), f.get('n'))),
    ]);
  });
}

/** The built str, in its narrowest kind; the builder's array is never shared with it while it can still change. */
export function builderFinish(s: Support): string {
  return s.ensure('sb_finish', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'sb_finish', [['sb', model.valueType(BUILDER_REF)]]);
    f.finish(model.valueType(STR_REF), [
      m.call(strOfChars(s), [model.structGet(BUILDER, f.get('sb'), 'chars'), model.structGet(BUILDER, f.get('sb'), 'length')], model.valueType(STR_REF)),
    ]);
  });
}

/** Appends the ASCII bytes the host left in the scratch area. */
export function builderAppendScratch(s: Support, scratch: number): string {
  return s.ensure('sb_append_scratch', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'sb_append_scratch', [['sb', s.model.valueType(BUILDER_REF)], ['n', i32]]);
    f.local('i', i32);
    f.finish(binaryen.none, [
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'bytes', m.i32.lt_u(f.get('i'), f.get('n')), [
        m.call(builderAppendChar(s), [f.get('sb'), m.i32.load8_u(scratch, 1, f.get('i'))], binaryen.none),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
    ]);
  });
}
