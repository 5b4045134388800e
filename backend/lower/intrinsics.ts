// Lowering of the intrinsics the runtime library uses: direct array operations on the code
// points of strings and on character buffers, and character classes (ASCII inline, the rest by
// the host's Unicode tables).

import type { Expr } from '../wasm/binaryen.ts';
import { intRepr, type Repr } from '../repr/repr.ts';
import { charBufferRepr, strRepr } from '../repr/str.ts';
import { strFromChar } from '../support/chars.ts';
import { charsToStr, strSlice } from '../support/strings.ts';
import { HOST } from '../support/support.ts';
import { strFromUtf8 } from '../support/argv.ts';
import { CHARS, STR } from '../support/types.ts';
import type { CallArgs } from './calls.ts';
import type { LowerOp } from './lowerop.ts';

export function lowerIntrinsic(hop: LowerOp, name: string, call: CallArgs): Expr {
  const m = hop.m;
  const model = hop.model;
  const arg = (i: number, repr: Repr = intRepr): Expr => hop.valueAs(call.positional[i]!, repr);
  const index = (i: number): Expr => m.i32.wrap(arg(i));
  switch (name) {
    case '__wyrm__.code_at':
      return m.i64.extend_u(model.arrayGet(CHARS, model.structGet(STR, arg(0, strRepr), 'chars'), index(1)));
    case '__wyrm__.chars_new':
      return model.arrayNew(CHARS, index(0), null);
    case '__wyrm__.chars_set':
      return model.arraySet(CHARS, arg(0, charBufferRepr), index(1), m.i32.wrap(arg(2)));
    case '__wyrm__.chars_put': {
      const text = hop.temp(hop.wasmType(strRepr));
      const source = (): Expr => model.structGet(STR, text.get(), 'chars');
      return m.block(null, [text.set(arg(2, strRepr)), model.arrayCopy(CHARS, arg(0, charBufferRepr), index(1), CHARS, source(), m.i32.const(0), model.arrayLength(source()))]);
    }
    case '__wyrm__.char_case_full':
      return m.call(strFromUtf8(hop.support), [hop.support.hostCall(HOST.caseFull, [m.i32.wrap(arg(1)), m.i32.wrap(arg(0))])], hop.wasmType(strRepr));
    case '__wyrm__.chars_str':
      return m.call(charsToStr(hop.support), [arg(0, charBufferRepr), index(1)], hop.wasmType(strRepr));
    case '__wyrm__.str_slice':
      return m.call(strSlice(hop.support), [arg(0, strRepr), index(1), index(2)], hop.wasmType(strRepr));
    case '__wyrm__.str_from_code':
      return m.call(strFromChar(hop.support), [m.i32.wrap(arg(0))], hop.wasmType(strRepr));
    case '__wyrm__.char_lower':
    case '__wyrm__.char_upper':
    case '__wyrm__.char_class': {
      const which = name === '__wyrm__.char_lower' ? 0 : name === '__wyrm__.char_upper' ? 1 : 2;
      return m.i64.extend_s(hop.support.hostCall(HOST.charInfo, [m.i32.const(which), m.i32.wrap(arg(0))]));
    }
    default:
      throw new Error(`no lowering for intrinsic ${name}`);
  }
}

