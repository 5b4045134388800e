// sys.argv: a list of str kept in a global and filled by the host before the program starts,
// one argument at a time (its UTF-8 bytes written into the scratch area, then argv_push(n)).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import type { ListRepr } from '../repr/list.ts';
import { listAppend } from './lists.ts';
import { BUILDER_REF, builderAppendChar, builderFinish, builderNew } from './strbuilder.ts';
import { STR_REF } from './types.ts';
import { SCRATCH, type Support } from './support.ts';

const i32 = binaryen.i32;

/** The global holding sys.argv; defines argv_push (exported) on first use. */
export function argvList(s: Support, list: ListRepr): string {
  s.ensure('global:argv', () => {
    const m = s.module;
    const model = s.model;
    m.addGlobal('argv', model.valueType(list.lltype), true, model.structNew(list.struct, [m.i32.const(0), model.arrayNew(list.items, m.i32.const(0), null)]));
    const f = new FunctionBuilder(m, 'argv_push', [['n', i32]]);
    f.finish(binaryen.none, [
      m.call(listAppend(s, list), [m.global.get('argv', model.valueType(list.lltype)), m.call(strFromUtf8(s), [f.get('n')], model.valueType(STR_REF))], binaryen.none),
    ]);
    m.addFunctionExport('argv_push', 'argv_push');
  });
  return 'argv';
}

/** str_from_utf8(n): decodes n UTF-8 bytes from the scratch area. */
export function strFromUtf8(s: Support): string {
  return s.ensure('str_from_utf8', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'str_from_utf8', [['n', i32]]);
    f.local('sb', s.model.valueType(BUILDER_REF));
    f.local('i', i32);
    f.local('b', i32);
    f.local('cp', i32);
    f.local('more', i32);
    const byte = (offset: Expr): Expr => m.i32.load8_u(SCRATCH, 1, offset);
    const next = (): Expr => m.i32.and(byte(f.get('i')), m.i32.const(0x3f));
    f.finish(s.model.valueType(STR_REF), [
      f.set('sb', m.call(builderNew(s), [], s.model.valueType(BUILDER_REF))),
      f.set('i', m.i32.const(0)),
      whileLoop(m, 'bytes', m.i32.lt_u(f.get('i'), f.get('n')), [
        f.set('b', byte(f.get('i'))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
        m.if(
          m.i32.lt_u(f.get('b'), m.i32.const(0x80)),
          m.block(null, [f.set('cp', f.get('b')), f.set('more', m.i32.const(0))]),
          m.if(
            m.i32.lt_u(f.get('b'), m.i32.const(0xe0)),
            m.block(null, [f.set('cp', m.i32.and(f.get('b'), m.i32.const(0x1f))), f.set('more', m.i32.const(1))]),
            m.if(
              m.i32.lt_u(f.get('b'), m.i32.const(0xf0)),
              m.block(null, [f.set('cp', m.i32.and(f.get('b'), m.i32.const(0x0f))), f.set('more', m.i32.const(2))]),
              m.block(null, [f.set('cp', m.i32.and(f.get('b'), m.i32.const(0x07))), f.set('more', m.i32.const(3))]),
            ),
          ),
        ),
        whileLoop(m, 'continuation', m.i32.and(m.i32.ne(f.get('more'), m.i32.const(0)), m.i32.lt_u(f.get('i'), f.get('n'))), [
          f.set('cp', m.i32.or(m.i32.shl(f.get('cp'), m.i32.const(6)), next())),
          f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
          f.set('more', m.i32.sub(f.get('more'), m.i32.const(1))),
        ]),
        m.call(builderAppendChar(s), [f.get('sb'), f.get('cp')], binaryen.none),
      ]),
      m.call(builderFinish(s), [f.get('sb')], s.model.valueType(STR_REF)),
    ]);
  });
}
