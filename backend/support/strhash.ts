// CPython's str hash (SipHash-1-3 with the zero key, as with PYTHONHASHSEED=0) of a one-byte
// str, in wasm: eight code points make one 64-bit word, read from the LATIN1 array directly.
// The library's hash_str (runtime/lib/hash.py) caches the result and computes the hash of
// wider strs itself; the two must agree on every one-byte str (tests/programs/data/str_hash.py
// prints CPython's values).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { LATIN1, LATIN1_REF, STR_OR_NONE } from './types.ts';
import { strChars } from './strkinds.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;
const i64 = binaryen.i64;

/** SipHash's initial state for the zero key: "somepseudorandomlygeneratedbytes". */
const INITIAL = [0x736f6d6570736575n, 0x646f72616e646f6dn, 0x6c7967656e657261n, 0x7465646279746573n];

/** latin1_siphash(s): the SipHash-1-3 of a one-byte str's code points (s must be LATIN1). */
export function latin1Siphash(s: Support): string {
  return s.ensure('latin1_siphash', () => {
    const m = s.module;
    const model = s.model;
    const f = new FunctionBuilder(m, 'latin1_siphash', [['s', model.valueType(STR_OR_NONE)]]);
    f.local('bytes', model.valueType(LATIN1_REF));
    f.local('n', i32);
    f.local('i', i32);
    f.local('word', i64);
    f.local('k', i32);
    for (const v of ['v0', 'v1', 'v2', 'v3']) f.local(v, i64);
    const v = (name: string): Expr => f.get(name);
    const set = (name: string, value: Expr): Expr => f.set(name, value);
    const add = (a: Expr, b: Expr): Expr => m.i64.add(a, b);
    const rotl = (a: Expr, by: number): Expr => m.i64.rotl(a, m.i64.const(BigInt(by)));
    const round = (): Expr[] => [
      set('v0', add(v('v0'), v('v1'))),
      set('v2', add(v('v2'), v('v3'))),
      set('v1', m.i64.xor(rotl(v('v1'), 13), v('v0'))),
      set('v3', m.i64.xor(rotl(v('v3'), 16), v('v2'))),
      set('v0', rotl(v('v0'), 32)),
      set('v2', add(v('v2'), v('v1'))),
      set('v0', add(v('v0'), v('v3'))),
      set('v1', m.i64.xor(rotl(v('v1'), 17), v('v2'))),
      set('v3', m.i64.xor(rotl(v('v3'), 21), v('v0'))),
      set('v2', rotl(v('v2'), 32)),
    ];
    const compress = (): Expr[] => [set('v3', m.i64.xor(v('v3'), v('word'))), ...round(), set('v0', m.i64.xor(v('v0'), v('word')))];
    const byteAt = (at: Expr): Expr => m.i64.extend_u(model.arrayGet(LATIN1, v('bytes'), at));
    // Little-endian: code point i + k goes to bits 8k..8k+7 of the word.
    const fullWord = (): Expr => {
      let word: Expr = byteAt(v('i'));
      for (let k = 1; k < 8; k++) word = m.i64.or(word, m.i64.shl(byteAt(m.i32.add(v('i'), m.i32.const(k))), m.i64.const(BigInt(8 * k))));
      return word;
    };
    f.finish(i64, [
      f.set('bytes', model.refCast(strChars(s, v('s')), LATIN1)),
      f.set('n', model.arrayLength(v('bytes'))),
      ...INITIAL.map((value, k) => set(`v${k}`, m.i64.const(value))),
      whileLoop(m, 'words', m.i32.le_u(m.i32.add(v('i'), m.i32.const(8)), v('n')), [
        set('word', fullWord()),
        ...compress(),
        f.set('i', m.i32.add(v('i'), m.i32.const(8))),
      ]),
      // The last word: the remaining code points, and the length in bytes in the top byte.
      set('word', m.i64.shl(m.i64.extend_u(v('n')), m.i64.const(56n))),
      f.set('k', m.i32.const(0)),
      whileLoop(m, 'tail', m.i32.lt_u(m.i32.add(v('i'), v('k')), v('n')), [
        set('word', m.i64.or(v('word'), m.i64.shl(byteAt(m.i32.add(v('i'), v('k'))), m.i64.extend_u(m.i32.shl(v('k'), m.i32.const(3)))))),
        f.set('k', m.i32.add(v('k'), m.i32.const(1))),
      ]),
      ...compress(),
      set('v2', m.i64.xor(v('v2'), m.i64.const(0xffn))),
      ...round(), ...round(), ...round(),
      m.i64.xor(m.i64.xor(v('v0'), v('v1')), m.i64.xor(v('v2'), v('v3'))),
    ]);
  });
}
