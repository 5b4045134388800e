// ASCII case conversion in wasm, the common case of str.lower() and str.upper(): one pass over
// a one-byte str that converts while it checks that every code point is ASCII, and gives up
// (null) at the first one that is not, for the library's full Unicode mapping
// (runtime/lib/strcase.py). A wide str always holds a code point from U+0100 up, so it is never
// ASCII and gives up at once.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { LATIN1, LATIN1_REF, STR_CHARS_REF, STR_OR_NONE } from './types.ts';
import { isLatin1, newStr, strChars } from './strkinds.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;

/** ascii_case(s, upper): s in lower case (upper: 0) or upper case (1), or null if s is not ASCII. */
export function asciiCase(s: Support): string {
  return s.ensure('ascii_case', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'ascii_case', [['s', model.valueType(STR_OR_NONE)], ['upper', i32]]);
    f.local('chars', model.valueType(STR_CHARS_REF));
    f.local('source', model.valueType(LATIN1_REF));
    f.local('out', model.valueType(LATIN1_REF));
    f.local('n', i32);
    f.local('i', i32);
    f.local('c', i32);
    f.local('first', i32);
    const c = (): Expr => f.get('c');
    // The letters to change start at 'A' (65) for lower() and 'a' (97) for upper(); changing
    // one flips its bit 0x20.
    const isLetterToChange = m.i32.lt_u(m.i32.sub(c(), f.get('first')), m.i32.const(26));
    f.finish(model.valueType(STR_OR_NONE), [
      f.set('chars', strChars(s, f.get('s'))),
      m.if(m.i32.eqz(isLatin1(s, f.get('chars'))), m.return(model.nullOf(STR_OR_NONE))),
      f.set('source', model.refCast(f.get('chars'), LATIN1)),
      f.set('n', model.arrayLength(f.get('source'))),
      f.set('first', m.select(f.get('upper'), m.i32.const(97), m.i32.const(65))),
      f.set('out', model.arrayNew(LATIN1, f.get('n'), null)),
      whileLoop(m, 'convert', m.i32.lt_u(f.get('i'), f.get('n')), [
        f.set('c', model.arrayGet(LATIN1, f.get('source'), f.get('i'))),
        m.if(m.i32.ge_u(c(), m.i32.const(128)), m.return(model.nullOf(STR_OR_NONE))),
        model.arraySet(LATIN1, f.get('out'), f.get('i'), m.i32.xor(c(), m.i32.shl(isLetterToChange, m.i32.const(5)))),
        f.set('i', m.i32.add(f.get('i'), m.i32.const(1))),
      ]),
      newStr(s, f.get('out')),
    ]);
  });
}
