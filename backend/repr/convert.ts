// Conversions between representations, where a value flows into a variable whose annotation is
// wider than its own: a bool into an int, a non-None reference into an `X or None`.

import type { Expr } from '../wasm/binaryen.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { BoolRepr, FloatRepr, IntRepr, type Repr } from './repr.ts';
import { InstanceRepr } from './instance.ts';

export function convertValue(ctx: ModuleContext, source: Repr, target: Repr, value: Expr): Expr {
  if (source === target || source.lltype === target.lltype) return value;
  if (source instanceof BoolRepr && target instanceof IntRepr) return ctx.module.i64.extend_u(value);
  if (source instanceof BoolRepr && target instanceof FloatRepr) return ctx.module.f64.convert_u.i32(value);
  if (source.key === target.key) return value;
  if (source instanceof InstanceRepr && target instanceof InstanceRepr) {
    if (source.struct === target.struct || source.classdef.isSubclassOf(target.classdef)) return value;
    // A narrower type proven by isinstance or an except clause.
    return ctx.module.ref.cast(value, ctx.model.valueType(target.lltype));
  }
  throw new Error(`no conversion from ${source.key} to ${target.key}`);
}
