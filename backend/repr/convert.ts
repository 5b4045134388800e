// Conversions between representations, where a value flows into a variable whose annotation is
// wider than its own: a bool into an int, a non-None reference into an `X or None`, a tuple
// into a tuple of wider items, a bound method into a variable of several methods.

import type { Expr } from '../wasm/binaryen.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { BoolRepr, FloatRepr, IntRepr, VoidRepr, type Repr } from './repr.ts';
import { TupleRepr } from './tuple.ts';
import { ClosureSetRepr } from './functionset.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { InstanceRepr } from './instance.ts';
import { BoundMethodRepr, MethodSetRepr } from './methodset.ts';

export function convertValue(ctx: ModuleContext, source: Repr, target: Repr, value: Expr): Expr {
  if (source === target || source.lltype === target.lltype) return value;
  if (source instanceof BoolRepr && target instanceof IntRepr) return ctx.module.i64.extend_u(value);
  if (source instanceof BoolRepr && target instanceof FloatRepr) return ctx.module.f64.convert_u.i32(value);
  if (source.key === target.key) return value;
  // A closure's environment is the closure, in a variable of several functions too.
  if (source instanceof InstanceRepr && target instanceof ClosureSetRepr) return value;
  // A bound method of one name into a variable of several: the object and the name's number.
  if (source instanceof BoundMethodRepr && target instanceof MethodSetRepr) return target.fromBound(ctx, source, value);
  if (source instanceof InstanceRepr && target instanceof InstanceRepr) {
    if (source.struct === target.struct || source.classdef.isSubclassOf(target.classdef)) return value;
    // A narrower type proven by isinstance or an except clause.
    return ctx.module.ref.cast(value, ctx.model.valueType(target.lltype));
  }
  if (source instanceof TupleRepr && target instanceof TupleRepr && source.items.length === target.items.length) {
    return ctx.module.call(tupleConversion(ctx, source, target), [value], ctx.model.valueType(target.lltype));
  }
  throw new Error(`no conversion from ${source.key} to ${target.key}`);
}

/** A support function converting a tuple item by item (a bool item into an int field...). */
function tupleConversion(ctx: ModuleContext, source: TupleRepr, target: TupleRepr): string {
  const name = `convert:${source.key}->${target.key}`;
  return ctx.support.ensure(name, () => {
    const m = ctx.module;
    const f = new FunctionBuilder(m, name, [['tuple', ctx.model.valueType(source.lltype)]]);
    const items = target.items.flatMap((to, i) => {
      if (to.isVoid) return [];
      const from = source.items[i]!;
      if (from.isVoid) {
        if (!(from instanceof VoidRepr) || from.known === null) throw new Error(`no conversion from ${from.key} to ${to.key}`);
        return [to.constant(from.known.value, ctx)];
      }
      return [convertValue(ctx, from, to, ctx.model.structGet(source.struct, f.get('tuple'), `${i}`))];
    });
    const converted = ctx.model.structNew(target.struct, items);
    f.finish(ctx.model.valueType(target.lltype), [m.if(ctx.model.isNull(f.get('tuple')), ctx.model.nullOf(target.lltype), converted)]);
  });
}
