// The text of a value as str() or repr() gives it, for code that has the value as a wasm
// expression (the items of a list being printed): ints in decimal, floats as repr() spells
// them, bools as True/False, strs quoted for repr.

import type { Expr } from '../wasm/binaryen.ts';
import { BoolRepr, FloatRepr, IntRepr, VoidRepr, type Repr } from '../repr/repr.ts';
import { StrRepr } from '../repr/str.ts';
import { ListRepr } from '../repr/list.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { floatToStr, intToStr } from './output.ts';
import { strRepr } from './strrepr.ts';
import { STR_OR_NONE, STR_REF } from './types.ts';
import { listToStr } from './lists.ts';
import { InstanceRepr } from '../repr/instance.ts';
import { instanceText } from './instancetext.ts';

/** str_or_none(s, quoted): "None" for null, else s (quoted when asked). */
function strOrNone(ctx: ModuleContext, quoted: boolean): string {
  const s = ctx.support;
  const name = quoted ? 'str_or_none_repr' : 'str_or_none';
  return s.ensure(name, () => {
    const m = s.module;
    const f = new FunctionBuilder(m, name, [['s', s.model.valueType(STR_OR_NONE)]]);
    const text = quoted ? m.call(strRepr(s), [f.get('s')], s.model.valueType(STR_REF)) : f.get('s');
    f.finish(s.model.valueType(STR_REF), [m.if(s.model.isNull(f.get('s')), s.str('None'), text)]);
  });
}

/** A str expression for `value` (of representation `repr`); `constant` serves void reprs. */
export function textExpr(ctx: ModuleContext, repr: Repr, value: Expr | null, quoted: boolean, constant?: unknown): Expr {
  const m = ctx.module;
  const s = ctx.support;
  const strType = s.model.valueType(STR_REF);
  if (repr instanceof VoidRepr) {
    return s.str(constant === null || constant === undefined ? 'None' : constant === true ? 'True' : constant === false ? 'False' : String(constant));
  }
  if (repr instanceof BoolRepr) return m.if(value!, s.str('True'), s.str('False'));
  if (repr instanceof IntRepr) return m.call(intToStr(s), [value!], strType);
  if (repr instanceof FloatRepr) return m.call(floatToStr(s), [value!], strType);
  if (repr instanceof StrRepr) {
    if (repr.canBeNone) return m.call(strOrNone(ctx, quoted), [value!], strType);
    return quoted ? m.call(strRepr(s), [value!], strType) : value!;
  }
  if (repr instanceof ListRepr) return m.call(listToStr(s, repr, ctx), [value!], strType);
  if (repr instanceof InstanceRepr) return m.call(instanceText(ctx, repr.classdef, quoted), [value!], strType);
  throw new Error(`no text for values of ${repr.key}`);
}

