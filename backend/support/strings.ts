// String support written in wasm: equality, ordering by code point, concatenation and slices,
// for strs of either kind (strkinds.ts).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { CHARS, CHARS_REF, LATIN1, LATIN1_REF, STR_CHARS_REF, STR_OR_NONE, STR_REF } from './types.ts';
import type { Support } from './support.ts';
import { strFromChar } from './chars.ts';
import { charAt, isLatin1, newStr, strChars, strOfChars, strPut } from './strkinds.ts';

const i32 = binaryen.i32;

/** str_eq(a, b): 1 when the strings have the same code points. */
export function strEquals(s: Support): string {
  return s.ensure('str_eq', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_eq', [['a', model.valueType(STR_OR_NONE)], ['b', model.valueType(STR_OR_NONE)]]);
    f.local('ca', model.valueType(STR_CHARS_REF));
    f.local('cb', model.valueType(STR_CHARS_REF));
    f.local('na', model.valueType(LATIN1_REF));
    f.local('nb', model.valueType(LATIN1_REF));
    f.local('wa', model.valueType(CHARS_REF));
    f.local('wb', model.valueType(CHARS_REF));
    f.local('n', i32);
    f.local('i', i32);
    const next = (): Expr => f.set('i', m.i32.add(f.get('i'), m.i32.const(1)));
    f.finish(i32, [
      m.if(model.refEq(f.get('a'), f.get('b')), m.return(m.i32.const(1))),
      m.if(m.i32.or(model.isNull(f.get('a')), model.isNull(f.get('b'))), m.return(m.i32.const(0))),
      f.set('ca', strChars(s, f.get('a'))),
      f.set('cb', strChars(s, f.get('b'))),
      f.set('n', model.arrayLength(f.get('ca'))),
      m.if(m.i32.ne(f.get('n'), model.arrayLength(f.get('cb'))), m.return(m.i32.const(0))),
      f.set('i', m.i32.const(0)),
      // Every str has its narrowest kind: strings of different kinds differ.
      m.if(
        isLatin1(s, f.get('ca')),
        m.block(null, [
          m.if(m.i32.eqz(isLatin1(s, f.get('cb'))), m.return(m.i32.const(0))),
          f.set('na', model.refCast(f.get('ca'), LATIN1)),
          f.set('nb', model.refCast(f.get('cb'), LATIN1)),
          whileLoop(m, 'eq8', m.i32.lt_u(f.get('i'), f.get('n')), [
            m.if(m.i32.ne(model.arrayGet(LATIN1, f.get('na'), f.get('i')), model.arrayGet(LATIN1, f.get('nb'), f.get('i'))), m.return(m.i32.const(0))),
            next(),
          ]),
        ]),
        m.block(null, [
          m.if(isLatin1(s, f.get('cb')), m.return(m.i32.const(0))),
          f.set('wa', model.refCast(f.get('ca'), CHARS)),
          f.set('wb', model.refCast(f.get('cb'), CHARS)),
          whileLoop(m, 'eq32', m.i32.lt_u(f.get('i'), f.get('n')), [
            m.if(m.i32.ne(model.arrayGet(CHARS, f.get('wa'), f.get('i')), model.arrayGet(CHARS, f.get('wb'), f.get('i'))), m.return(m.i32.const(0))),
            next(),
          ]),
        ]),
      ),
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
    f.local('ca', model.valueType(STR_CHARS_REF));
    f.local('cb', model.valueType(STR_CHARS_REF));
    f.local('na', i32);
    f.local('nb', i32);
    f.local('i', i32);
    f.local('x', i32);
    f.local('y', i32);
    f.finish(i32, [
      f.set('ca', strChars(s, f.get('a'))),
      f.set('cb', strChars(s, f.get('b'))),
      f.set('na', model.arrayLength(f.get('ca'))),
      f.set('nb', model.arrayLength(f.get('cb'))),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'cmp', m.i32.and(m.i32.lt_u(f.get('i'), f.get('na')), m.i32.lt_u(f.get('i'), f.get('nb'))), [
        f.set('x', charAt(s, () => f.get('ca'), () => f.get('i'))),
        f.set('y', charAt(s, () => f.get('cb'), () => f.get('i'))),
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
    f.local('ca', model.valueType(STR_CHARS_REF));
    f.local('cb', model.valueType(STR_CHARS_REF));
    f.local('narrow', model.valueType(LATIN1_REF));
    f.local('out', model.valueType(CHARS_REF));
    const na = (): Expr => model.arrayLength(f.get('ca'));
    const nb = (): Expr => model.arrayLength(f.get('cb'));
    f.finish(model.valueType(STR_REF), [
      f.set('ca', strChars(s, f.get('a'))),
      f.set('cb', strChars(s, f.get('b'))),
      m.if(m.i32.eqz(na()), m.return(f.get('b'))),
      m.if(m.i32.eqz(nb()), m.return(f.get('a'))),
      m.if(m.i32.and(isLatin1(s, f.get('ca')), isLatin1(s, f.get('cb'))), m.block(null, [
        f.set('narrow', model.arrayNew(LATIN1, m.i32.add(na(), nb()), null)),
        model.arrayCopy(LATIN1, f.get('narrow'), m.i32.const(0), LATIN1, model.refCast(f.get('ca'), LATIN1), m.i32.const(0), na()),
        model.arrayCopy(LATIN1, f.get('narrow'), na(), LATIN1, model.refCast(f.get('cb'), LATIN1), m.i32.const(0), nb()),
        m.return(newStr(s, f.get('narrow'))),
      ])),
      // One of them holds a code point from U+0100 up, so the result is wide.
      f.set('out', model.arrayNew(CHARS, m.i32.add(na(), nb()), null)),
      m.call(strPut(s), [f.get('out'), m.i32.const(0), f.get('a')], binaryen.none),
      m.call(strPut(s), [f.get('out'), na(), f.get('b')], binaryen.none),
      newStr(s, f.get('out')),
    ]);
  });
}

/** str_slice(s, start, stop): the code points start..stop-1 as a new str (bounds already valid). */
export function strSlice(s: Support): string {
  return s.ensure('str_slice', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_slice', [['s', model.valueType(STR_OR_NONE)], ['start', i32], ['stop', i32]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('narrow', model.valueType(LATIN1_REF));
    f.local('wide', model.valueType(CHARS_REF));
    f.local('n', i32);
    f.local('i', i32);
    f.finish(model.valueType(STR_REF), [
      f.set('n', m.i32.sub(f.get('stop'), f.get('start'))),
      m.if(m.i32.le_s(f.get('n'), m.i32.const(0)), m.return(s.str(''))),
      f.set('chars', strChars(s, f.get('s'))),
      m.if(m.i32.and(m.i32.eqz(f.get('start')), m.i32.eq(f.get('n'), model.arrayLength(f.get('chars')))), m.return(f.get('s'))),
      // One character: the shared string when there is one (chars.ts).
      m.if(m.i32.eq(f.get('n'), m.i32.const(1)), m.return(m.call(strFromChar(s), [charAt(s, () => f.get('chars'), () => f.get('start'))], model.valueType(STR_REF)))),
      m.if(isLatin1(s, f.get('chars')), m.block(null, [
        f.set('narrow', model.arrayNew(LATIN1, f.get('n'), null)),
        model.arrayCopy(LATIN1, f.get('narrow'), m.i32.const(0), LATIN1, model.refCast(f.get('chars'), LATIN1), f.get('start'), f.get('n')),
        m.return(newStr(s, f.get('narrow'))),
      ])),
      // A slice of a wide str may hold only narrow code points: str_of_chars narrows it.
      f.set('wide', model.arrayNew(CHARS, f.get('n'), null)),
      model.arrayCopy(CHARS, f.get('wide'), m.i32.const(0), CHARS, model.refCast(f.get('chars'), CHARS), f.get('start'), f.get('n')),
      m.call(strOfChars(s), [f.get('wide'), f.get('n')], model.valueType(STR_REF)),
    ]);
  });
}
