// String support written in wasm: equality, ordering by code point, and concatenation.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { CHARS, CHARS_REF, STR, STR_OR_NONE, STR_REF } from './types.ts';
import type { Support } from './support.ts';
import { strFromChar } from './chars.ts';

const i32 = binaryen.i32;

function chars(s: Support, str: Expr): Expr {
  return s.model.structGet(STR, str, 'chars');
}

/** str_eq(a, b): 1 when the strings have the same code points. */
export function strEquals(s: Support): string {
  return s.ensure('str_eq', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_eq', [['a', model.valueType(STR_OR_NONE)], ['b', model.valueType(STR_OR_NONE)]]);
    f.local('ca', model.valueType(CHARS_REF));
    f.local('cb', model.valueType(CHARS_REF));
    f.local('n', i32);
    f.local('i', i32);
    f.finish(i32, [
      m.if(model.refEq(f.get('a'), f.get('b')), m.return(m.i32.const(1))),
      m.if(m.i32.or(model.isNull(f.get('a')), model.isNull(f.get('b'))), m.return(m.i32.const(0))),
      f.set('ca', chars(s, f.get('a'))),
      f.set('cb', chars(s, f.get('b'))),
      f.set('n', model.arrayLength(f.get('ca'))),
      m.if(m.i32.ne(f.get('n'), model.arrayLength(f.get('cb'))), m.return(m.i32.const(0))),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'eq', m.i32.lt_u(f.get('i'), f.get('n')), [
        m.if(m.i32.ne(model.arrayGet(CHARS, f.get('ca'), f.get('i')), model.arrayGet(CHARS, f.get('cb'), f.get('i'))), m.return(m.i32.const(0))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      m.i32.const(1),
    ]);
  });
}

/** str_cmp(a, b): -1, 0 or 1 comparing code point by code point, a prefix first. */
export function strCompare(s: Support): string {
  return s.ensure('str_cmp', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_cmp', [['a', model.valueType(STR_OR_NONE)], ['b', model.valueType(STR_OR_NONE)]]);
    f.local('ca', model.valueType(CHARS_REF));
    f.local('cb', model.valueType(CHARS_REF));
    f.local('na', i32);
    f.local('nb', i32);
    f.local('i', i32);
    f.local('x', i32);
    f.local('y', i32);
    f.finish(i32, [
      f.set('ca', chars(s, f.get('a'))),
      f.set('cb', chars(s, f.get('b'))),
      f.set('na', model.arrayLength(f.get('ca'))),
      f.set('nb', model.arrayLength(f.get('cb'))),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'cmp', m.i32.and(m.i32.lt_u(f.get('i'), f.get('na')), m.i32.lt_u(f.get('i'), f.get('nb'))), [
        f.set('x', model.arrayGet(CHARS, f.get('ca'), f.get('i'))),
        f.set('y', model.arrayGet(CHARS, f.get('cb'), f.get('i'))),
        m.if(m.i32.ne(f.get('x'), f.get('y')), m.return(m.select(m.i32.lt_u(f.get('x'), f.get('y')), m.i32.const(-1), m.i32.const(1)))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      m.select(m.i32.lt_u(f.get('na'), f.get('nb')), m.i32.const(-1), m.select(m.i32.gt_u(f.get('na'), f.get('nb')), m.i32.const(1), m.i32.const(0))),
    ]);
  });
}

/** str_concat(a, b): a new str holding a's code points then b's. */
export function strConcat(s: Support): string {
  return s.ensure('str_concat', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_concat', [['a', model.valueType(STR_OR_NONE)], ['b', model.valueType(STR_OR_NONE)]]);
    f.local('ca', model.valueType(CHARS_REF));
    f.local('cb', model.valueType(CHARS_REF));
    f.local('out', model.valueType(CHARS_REF));
    f.finish(model.valueType(STR_REF), [
      f.set('ca', chars(s, f.get('a'))),
      f.set('cb', chars(s, f.get('b'))),
      m.if(m.i32.eqz(model.arrayLength(f.get('ca'))), m.return(f.get('b'))),
      m.if(m.i32.eqz(model.arrayLength(f.get('cb'))), m.return(f.get('a'))),
      f.set('out', model.arrayNew(CHARS, m.i32.add(model.arrayLength(f.get('ca')), model.arrayLength(f.get('cb'))), null)),
      model.arrayCopy(CHARS, f.get('out'), m.i32.const(0), CHARS, f.get('ca'), m.i32.const(0), model.arrayLength(f.get('ca'))),
      model.arrayCopy(CHARS, f.get('out'), model.arrayLength(f.get('ca')), CHARS, f.get('cb'), m.i32.const(0), model.arrayLength(f.get('cb'))),
      model.structNew(STR, [m.i64.const(0n), f.get('out')]),
    ]);
  });
}

/** chars_to_str(buf, n): a new str of the first n code points of a buffer. */
export function charsToStr(s: Support): string {
  return s.ensure('chars_to_str', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'chars_to_str', [['buf', model.valueType(CHARS_REF)], ['n', i32]]);
    f.local('out', model.valueType(CHARS_REF));
    f.finish(model.valueType(STR_REF), [
      m.if(m.i32.eq(f.get('n'), model.arrayLength(f.get('buf'))), m.return(model.structNew(STR, [m.i64.const(0n), f.get('buf')]))),
      f.set('out', model.arrayNew(CHARS, f.get('n'), null)),
      model.arrayCopy(CHARS, f.get('out'), m.i32.const(0), CHARS, f.get('buf'), m.i32.const(0), f.get('n')),
      model.structNew(STR, [m.i64.const(0n), f.get('out')]),
    ]);
  });
}

/** str_slice(s, start, stop): the code points start..stop-1 as a new str (bounds already valid). */
export function strSlice(s: Support): string {
  return s.ensure('str_slice', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_slice', [['s', model.valueType(STR_OR_NONE)], ['start', i32], ['stop', i32]]);
    f.local('out', model.valueType(CHARS_REF));
    f.local('n', i32);
    f.finish(model.valueType(STR_REF), [
      f.set('n', m.i32.sub(f.get('stop'), f.get('start'))),
      m.if(m.i32.le_s(f.get('n'), m.i32.const(0)), m.return(s.str(''))),
      m.if(m.i32.and(m.i32.eqz(f.get('start')), m.i32.eq(f.get('n'), model.arrayLength(chars(s, f.get('s'))))), m.return(f.get('s'))),
      // One character: the shared string when there is one (chars.ts).
      m.if(m.i32.eq(f.get('n'), m.i32.const(1)), m.return(m.call(strFromChar(s), [model.arrayGet(CHARS, chars(s, f.get('s')), f.get('start'))], model.valueType(STR_REF)))),
      f.set('out', model.arrayNew(CHARS, f.get('n'), null)),
      model.arrayCopy(CHARS, f.get('out'), m.i32.const(0), CHARS, chars(s, f.get('s')), f.get('start'), f.get('n')),
      model.structNew(STR, [m.i64.const(0n), f.get('out')]),
    ]);
  });
}
