// `s.strip(".,;!?")`, lstrip and rstrip with a short constant set of characters, inline: each
// end is scanned while its code point equals one of the constant's, then one slice (the str
// itself when nothing was stripped, as CPython returns it). The library's str_strip compared each
// character with every character of the set through code_at, two calls per word of a word count.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { SomeString, type SomeBuiltin } from '../../annotator/model.ts';
import { strRepr } from '../repr/str.ts';
import { strSlice } from '../support/strings.ts';
import { charAt } from '../support/strkinds.ts';
import { STR, STR_CHARS_REF } from '../support/types.ts';
import type { CallArgs } from './calls.ts';
import { codePointsOf, isOneOf } from './chars.ts';
import type { LowerOp } from './lowerop.ts';

/** The most characters a constant set may have to be compared inline. */
const MAX_INLINE_CHARS = 16;

const STRIPS: Record<string, { left: boolean; right: boolean }> = {
  'str.strip': { left: true, right: true },
  'str.lstrip': { left: true, right: false },
  'str.rstrip': { left: false, right: true },
};

/** The inline strip, or null when the call is not one with a short constant set of characters. */
export function lowerStripConstant(hop: LowerOp, callee: SomeBuiltin, call: CallArgs): Expr | null {
  const ends = STRIPS[callee.name];
  if (!ends || call.positional.length !== 1 || call.keywords.size > 0) return null;
  if (!(callee.self instanceof SomeString) || callee.self.canBeNone) return null;
  const set = hop.fn.annotation(call.positional[0]!).constValue;
  if (typeof set !== 'string') return null;
  const points = codePointsOf(set);
  if (points.length === 0 || points.length > MAX_INLINE_CHARS) return null;
  const m = hop.m;
  const model = hop.model;
  const s = hop.temp(hop.wasmType(strRepr));
  const chars = hop.temp(model.valueType(STR_CHARS_REF));
  const i = hop.temp(binaryen.i32);
  const j = hop.temp(binaryen.i32);
  const c = hop.temp(binaryen.i32);
  const inSet = (at: () => Expr): Expr => m.block(null, [
    c.set(charAt(hop.support, () => chars.get(), at)),
    isOneOf(hop, c.get, points),
  ], binaryen.i32);
  // while (cond) { step }, as a loop that leaves when cond fails.
  const scan = (cond: Expr, step: Expr): Expr => {
    const label = `strip${hop.fn.nextLabel()}`;
    return m.loop(label, m.if(cond, m.block(null, [step, m.br(label)])));
  };
  const code: Expr[] = [
    s.set(hop.valueAs(hop.args[0]!, strRepr)),
    chars.set(model.structGet(STR, s.get(), 'chars')),
    i.set(m.i32.const(0)),
    j.set(model.arrayLength(chars.get())),
  ];
  if (ends.left) {
    code.push(scan(m.if(m.i32.lt_u(i.get(), j.get()), inSet(() => i.get()), m.i32.const(0)), i.set(m.i32.add(i.get(), m.i32.const(1)))));
  }
  if (ends.right) {
    const last = (): Expr => m.i32.sub(j.get(), m.i32.const(1));
    code.push(scan(m.if(m.i32.gt_u(j.get(), i.get()), inSet(last), m.i32.const(0)), j.set(last())));
  }
  code.push(m.call(strSlice(hop.support), [s.get(), i.get(), j.get()], hop.wasmType(strRepr)));
  return m.block(null, code, hop.wasmType(strRepr));
}
