// repr() of a str, as CPython writes it: single quotes unless the text has a single quote and
// no double quote, backslash escapes for the quote, backslash, \t \n \r and other non-printable
// characters (\xhh, \uhhhh, \Uhhhhhhhh). Whether a non-ASCII character is printable is asked of
// the host's Unicode tables, so the module carries none.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { STR, STR_CHARS_REF, STR_OR_NONE, STR_REF } from './types.ts';
import { charAt } from './strkinds.ts';
import { BUILDER_REF, builderAppendChar, builderFinish, builderNew } from './strbuilder.ts';
import { HOST, type Support } from './support.ts';

const i32 = binaryen.i32;

export function strRepr(s: Support): string {
  return s.ensure('str_repr', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'str_repr', [['s', model.valueType(STR_OR_NONE)]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('n', i32);
    f.local('i', i32);
    f.local('c', i32);
    f.local('quote', i32);
    f.local('single', i32);
    f.local('double', i32);
    f.local('sb', model.valueType(BUILDER_REF));
    f.local('digits', i32);
    const add = (c: Expr): Expr => m.call(builderAppendChar(s), [f.get('sb'), c], binaryen.none);
    const addConst = (ch: string): Expr => add(m.i32.const(ch.charCodeAt(0)));
    const hexDigit = (shift: Expr): Expr =>
      m.block(null, [
        f.set('digits', m.i32.and(m.i32.shr_u(f.get('c'), shift), m.i32.const(15))),
        add(m.i32.add(f.get('digits'), m.select(m.i32.lt_u(f.get('digits'), m.i32.const(10)), m.i32.const(48), m.i32.const(87)))),
      ]);
    const escapeHex = (prefix: string, digits: number): Expr[] => {
      const out: Expr[] = [addConst('\\'), addConst(prefix)];
      for (let k = digits - 1; k >= 0; k--) out.push(hexDigit(m.i32.const(k * 4)));
      return out;
    };
    const c = (): Expr => f.get('c');
    const isChar = (ch: string): Expr => m.i32.eq(c(), m.i32.const(ch.charCodeAt(0)));
    f.finish(model.valueType(STR_REF), [
      f.set('chars', model.structGet(STR, f.get('s'), 'chars')),
      f.set('n', model.arrayLength(f.get('chars'))),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'scan', m.i32.lt_u(f.get('i'), f.get('n')), [
        f.set('c', charAt(s, () => f.get('chars'), () => f.get('i'))),
        m.if(isChar("'"), f.set('single', m.i32.const(1))),
        m.if(isChar('"'), f.set('double', m.i32.const(1))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      f.set('quote', m.select(m.i32.and(f.get('single'), m.i32.eqz(f.get('double'))), m.i32.const(34), m.i32.const(39))),
      f.set('sb', m.call(builderNew(s), [], model.valueType(BUILDER_REF))),
      add(f.get('quote')),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'chars', m.i32.lt_u(f.get('i'), f.get('n')), [
        f.set('c', charAt(s, () => f.get('chars'), () => f.get('i'))),
        m.if(
          m.i32.or(m.i32.eq(c(), f.get('quote')), isChar('\\')),
          m.block(null, [addConst('\\'), add(c())]),
          m.if(
            isChar('\t'),
            m.block(null, [addConst('\\'), addConst('t')]),
            m.if(
              isChar('\n'),
              m.block(null, [addConst('\\'), addConst('n')]),
              m.if(
                isChar('\r'),
                m.block(null, [addConst('\\'), addConst('r')]),
                m.if(
                  m.i32.or(m.i32.lt_u(c(), m.i32.const(32)), m.i32.eq(c(), m.i32.const(127))),
                  m.block(null, escapeHex('x', 2)),
                  m.if(
                    m.i32.or(m.i32.lt_u(c(), m.i32.const(127)), s.hostCall(HOST.isPrintable, [c()])),
                    add(c()),
                    m.if(
                      m.i32.le_u(c(), m.i32.const(0xff)),
                      m.block(null, escapeHex('x', 2)),
                      m.if(m.i32.le_u(c(), m.i32.const(0xffff)), m.block(null, escapeHex('u', 4)), m.block(null, escapeHex('U', 8))),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      add(f.get('quote')),
      m.call(builderFinish(s), [f.get('sb')], model.valueType(STR_REF)),
    ]);
  });
}
