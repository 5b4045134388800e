// The text of a value as str() or repr() gives it, for code that has the value as a wasm
// expression (the items of a list being printed): ints in decimal, floats as repr() spells
// them, bools as True/False, strs quoted for repr.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { BUILDER_REF, builderAppendStr, builderFinish, builderNew } from './strbuilder.ts';
import { BoolRepr, FloatRepr, IntRepr, VoidRepr, type Repr } from '../repr/repr.ts';
import { StrRepr } from '../repr/str.ts';
import { ListRepr } from '../repr/list.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { floatToStr, intToStr } from './output.ts';
import { strRepr } from './strrepr.ts';
import { STR_OR_NONE, STR_REF } from './types.ts';
import { listToStr } from './lists.ts';
import { DictRepr, DictViewRepr } from '../repr/dict.ts';
import { dictText } from './dicts.ts';
import { InstanceRepr } from '../repr/instance.ts';
import { instanceText } from './instancetext.ts';
import type { ClassDef } from '../../annotator/classdef.ts';

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

/** tuple_to_str(t): "(1, 'a')", each item as repr() gives it; "(1,)" for one item. */
function tupleToStr(ctx: ModuleContext, repr: TupleRepr, constant: unknown): string {
  const s = ctx.support;
  const name = `tuple_to_str<${repr.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const f = new FunctionBuilder(m, name, [['t', s.model.valueType(repr.lltype)]]);
    f.local('sb', s.model.valueType(BUILDER_REF));
    const append = (e: Expr): Expr => m.call(builderAppendStr(s), [f.get('sb'), e], binaryen.none);
    const body: Expr[] = [f.set('sb', m.call(builderNew(s), [], s.model.valueType(BUILDER_REF))), append(s.str('('))];
    repr.items.forEach((item, i) => {
      if (i > 0) body.push(append(s.str(', ')));
      const value = item.isVoid ? null : s.model.structGet(repr.struct, f.get('t'), `${i}`);
      const itemConstant = Array.isArray(constant) ? constant[i] : null;
      body.push(append(textExpr(ctx, item, value, true, itemConstant)));
    });
    if (repr.items.length === 1) body.push(append(s.str(',')));
    body.push(append(s.str(')')));
    f.finish(s.model.valueType(STR_REF), [...body, m.call(builderFinish(s), [f.get('sb')], s.model.valueType(STR_REF))]);
  });
}

/** The text of a value known from its annotation: None, a bool, or a tuple of such values. */
function voidText(constant: unknown): string {
  if (constant === null || constant === undefined) return 'None';
  if (constant === true) return 'True';
  if (constant === false) return 'False';
  if (Array.isArray(constant)) return constant.length === 1 ? `(${voidText(constant[0])},)` : `(${constant.map(voidText).join(', ')})`;
  return String(constant);
}

/** A str expression for `value` (of representation `repr`); `constant` serves void reprs. */
/** Whether str() (repr() when `quoted`) of instances of `classdef` has a text: a method, or an exception's. */
function hasText(classdef: ClassDef, quoted: boolean): boolean {
  if (classdef.desc.isExceptionClass()) return true;
  const names = quoted ? ['__repr__'] : ['__str__', '__repr__'];
  return classdef.descendants().some((c) => names.some((name) => c.desc.lookup(name)?.kind === 'method'));
}

export function textExpr(ctx: ModuleContext, repr: Repr, value: Expr | null, quoted: boolean, constant?: unknown): Expr {
  const m = ctx.module;
  const s = ctx.support;
  const strType = s.model.valueType(STR_REF);
  if (repr instanceof VoidRepr) return s.str(voidText(constant));
  if (repr instanceof BoolRepr) return m.if(value!, s.str('True'), s.str('False'));
  if (repr instanceof IntRepr) return m.call(intToStr(s), [value!], strType);
  if (repr instanceof FloatRepr) return m.call(floatToStr(s), [value!], strType);
  if (repr instanceof StrRepr) {
    if (repr.canBeNone) return m.call(strOrNone(ctx, quoted), [value!], strType);
    return quoted ? m.call(strRepr(s), [value!], strType) : value!;
  }
  if (repr instanceof ListRepr) return m.call(listToStr(s, repr, ctx), [value!], strType);
  if (repr instanceof DictRepr || repr instanceof DictViewRepr) return m.call(dictText(ctx, repr), [value!], strType);
  if (repr instanceof InstanceRepr) {
    // An instance with no text of its own (an exception's argument): CPython shows its address.
    if (!hasText(repr.classdef, quoted)) return m.block(null, [m.drop(value!), s.str(`<__main__.${repr.classdef.desc.name} object>`)], strType);
    return m.call(instanceText(ctx, repr.classdef, quoted), [value!], strType);
  }
  if (repr instanceof TupleRepr) return m.call(tupleToStr(ctx, repr, constant), [value!], strType);
  throw new Error(`no text for values of ${repr.key}`);
}

