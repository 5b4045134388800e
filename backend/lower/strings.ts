// Lowering of the operations that make text: str(), repr(), f-strings (`buildstr` of
// formatted parts) and the values print() writes, each as CPython spells it.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import { FloatRepr, IntRepr, VoidRepr, type Repr } from '../repr/repr.ts';
import { strRepr } from '../repr/str.ts';
import { InstanceRepr } from '../repr/instance.ts';
import { ListRepr } from '../repr/list.ts';
import { DictRepr, DictViewRepr } from '../repr/dict.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { setDepthGlobal } from '../support/recursion.ts';
import { pendingException, tbPush } from '../support/exceptions.ts';
import { EXCEPTION_OR_NONE } from '../support/types.ts';
import { writeF64, writeI64, writeStr } from '../support/output.ts';
import { textExpr } from '../support/text.ts';
import type { LowerOp } from './lowerop.ts';
import { joinStrs } from './formatting.ts';

/** Whether making the text of such a value calls the program's own methods (__str__...). */
export function mayRunUserCode(repr: Repr): boolean {
  if (repr instanceof InstanceRepr) return true;
  if (repr instanceof ListRepr) return mayRunUserCode(repr.item);
  if (repr instanceof DictViewRepr) return mayRunUserCode(repr.dict);
  if (repr instanceof DictRepr) return mayRunUserCode(repr.keyRepr) || (repr.valueRepr !== null && mayRunUserCode(repr.valueRepr));
  if (repr instanceof TupleRepr) return repr.items.some(mayRunUserCode);
  return false;
}

/**
 * `text` (a str expression made by support code), marked as running the program's methods when
 * it may: the support code then calls them at this function's depth (support/recursion.ts),
 * one deeper for the builtin repr(), whose own call CPython counts as a frame.
 */
export function userText(hop: LowerOp, repr: Repr, text: Expr, ofBuiltinCall = false): Expr {
  if (!mayRunUserCode(repr)) return text;
  hop.callsUserCode();
  const m = hop.m;
  const type = binaryen.getExpressionType(text);
  const value = hop.temp(type);
  const pending = m.global.get(pendingException(hop.support), hop.model.valueType(EXCEPTION_OR_NONE));
  return m.block(null, [
    setDepthGlobal(hop.support, ofBuiltinCall ? m.i32.add(hop.fn.depth(), m.i32.const(1)) : hop.fn.depth()),
    value.set(text),
    // A method that raised leaves no text: the operation ends here (print() writes nothing), with
    // this line in the traceback, as after a call that raised.
    m.if(m.i32.eqz(hop.model.isNull(pending)), m.block(null, [m.call(tbPush(hop.support), [m.i32.const(hop.site)], binaryen.none), hop.leaveRaised()])),
    value.get(),
  ], type);
}

/** str(value) (or repr(value) when `quoted`) as a str expression; `ofBuiltinCall`: userText. */
export function textOf(hop: LowerOp, value: Hlvalue, repr: Repr, quoted: boolean, ofBuiltinCall = false): Expr {
  if (repr instanceof VoidRepr) return textExpr(hop.ctx, repr, null, quoted, hop.fn.annotation(value).constValue);
  return userText(hop, repr, textExpr(hop.ctx, repr, hop.valueAs(value, repr), quoted), ofBuiltinCall);
}

export function lowerStr(hop: LowerOp): Expr {
  return textOf(hop, hop.args[0]!, hop.repr(0), hop.opname === 'repr');
}

/** An f-string: the concatenation of its parts (each already a str), in one allocation. */
export function lowerBuildStr(hop: LowerOp): Expr {
  return joinStrs(hop, hop.args.map((_, i) => hop.argAs(i, strRepr)));
}

/** Writes value (as str() gives it) to the file descriptor in `fd`. */
export function writeValue(hop: LowerOp, fd: Expr, value: Hlvalue): Expr {
  const m = hop.m;
  const support = hop.support;
  const repr = hop.fn.reprOf(value);
  if (repr instanceof IntRepr) return m.call(writeI64(support), [fd, hop.valueAs(value, repr)], binaryen.none);
  if (repr instanceof FloatRepr) return m.call(writeF64(support), [fd, hop.valueAs(value, repr)], binaryen.none);
  return m.call(writeStr(support), [fd, textOf(hop, value, repr, false)], binaryen.none);
}
