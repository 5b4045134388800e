// Lowering of tuples: building one, reading an item at a constant index.

import type { Expr } from '../wasm/binaryen.ts';
import { TupleRepr } from '../repr/tuple.ts';
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
