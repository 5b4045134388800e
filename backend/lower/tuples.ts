// Lowering of tuples: building one, reading an item at a constant index, concatenating two,
// repeating one a constant number of times.

import type { Expr } from '../wasm/binaryen.ts';
import { SomeTuple, type SomeValue } from '../../annotator/model.ts';
import { TupleRepr } from '../repr/tuple.ts';
import type { Repr } from '../repr/repr.ts';
import { convertValue } from '../repr/convert.ts';
import type { LowerOp } from './lowerop.ts';

export function lowerNewTuple(hop: LowerOp): Expr {
  const repr = hop.resultRepr;
  if (!(repr instanceof TupleRepr)) return hop.m.nop();
  return hop.model.structNew(repr.struct, repr.items.flatMap((item, i) => (item.isVoid ? [] : [hop.argAs(i, item)])));
}

/** t[i] for a constant i (tuples are fixed-shape records). */
export function lowerTupleItem(hop: LowerOp): Expr | null {
  const repr = hop.repr(0);
  if (!(repr instanceof TupleRepr)) return null;
  const n = repr.items.length;
  let i = Number(hop.constant(1) as bigint);
  if (i < 0) i += n;
  const item = repr.items[i]!;
  if (item.isVoid) return hop.resultRepr.isVoid ? hop.m.nop() : hop.resultRepr.constant(hop.resultAnnotation.constValue, hop.ctx);
  return hop.model.structGet(repr.struct, hop.arg(0), `${i}`);
}

/** a + b of tuples: a new tuple of both's items (converted where the result's items are wider). */
export function lowerTupleConcat(hop: LowerOp): Expr | null {
  const [a, b] = [hop.repr(0), hop.repr(1)];
  const result = hop.resultRepr;
  if (result.isVoid) return hop.m.nop();
  if (!(a instanceof TupleRepr || a.isVoid) || !(b instanceof TupleRepr || b.isVoid) || !(result instanceof TupleRepr)) return null;
  const m = hop.m;
  const left = a instanceof TupleRepr ? hop.temp(hop.wasmType(a)) : null;
  const right = b instanceof TupleRepr ? hop.temp(hop.wasmType(b)) : null;
  const sources: { repr: Repr; temp: typeof left; index: number; annotation: SomeValue }[] = [];
  const aItems = (hop.annotation(0) as SomeTuple).items;
  const bItems = (hop.annotation(1) as SomeTuple).items;
  aItems.forEach((item, i) => sources.push({ repr: a instanceof TupleRepr ? a.items[i]! : a, temp: left, index: i, annotation: item }));
  bItems.forEach((item, i) => sources.push({ repr: b instanceof TupleRepr ? b.items[i]! : b, temp: right, index: i, annotation: item }));
  const values = result.items.flatMap((to, k) => {
    if (to.isVoid) return [];
    const from = sources[k]!;
    if (from.repr.isVoid) return [to.constant(from.annotation.constValue, hop.ctx)];
    const tuple = from.temp === left ? (a as TupleRepr) : (b as TupleRepr);
    return [convertValue(hop.ctx, from.repr, to, hop.model.structGet(tuple.struct, from.temp!.get(), `${from.index}`))];
  });
  return m.block(null, [
    ...(left ? [left.set(hop.arg(0))] : []),
    ...(right ? [right.set(hop.arg(1))] : []),
    hop.model.structNew(result.struct, values),
  ], hop.wasmType(result));
}

/** t * n (or n * t) for a constant n: a new tuple holding t's items n times over. */
export function lowerTupleRepeat(hop: LowerOp): Expr | null {
  const tupleAt = hop.annotation(0) instanceof SomeTuple ? 0 : 1;
  const source = hop.repr(tupleAt);
  const result = hop.resultRepr;
  if (result.isVoid) return hop.m.nop();
  if (!(result instanceof TupleRepr)) return null;
  const items = (hop.annotation(tupleAt) as SomeTuple).items;
  const temp = source instanceof TupleRepr ? hop.temp(hop.wasmType(source)) : null;
  const values = result.items.flatMap((to, k) => {
    if (to.isVoid) return [];
    const index = k % items.length;
    const from = source instanceof TupleRepr ? source.items[index]! : source;
    if (from.isVoid || temp === null) return [to.constant(items[index]!.constValue, hop.ctx)];
    return [convertValue(hop.ctx, from, to, hop.model.structGet((source as TupleRepr).struct, temp.get(), `${index}`))];
  });
  return hop.m.block(null, [
    ...(temp ? [temp.set(hop.arg(tupleAt))] : []),
    hop.model.structNew(result.struct, values),
  ], hop.wasmType(result));
}
