// Arguments of calls in the lowering: the values bound to a function's parameters, where the
// parameter of *args receives a tuple made at the call from the extra positional arguments.

import type { Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import type { Repr } from '../repr/repr.ts';
import { TupleRepr } from '../repr/tuple.ts';
import type { LowerOp } from './lowerop.ts';

/** The extra positional arguments bound to *args (FunctionDesc.bind's packing). */
export class ExtraArguments {
  readonly items: readonly Hlvalue[];
  constructor(items: readonly Hlvalue[]) {
    this.items = items;
  }
}

/** The packing to pass to FunctionDesc.bind in the lowering. */
export function packExtra<T>(items: T[]): T {
  return new ExtraArguments(items as Hlvalue[]) as T;
}

/** The argument for a parameter of representation `repr`. */
export function argumentExpr(hop: LowerOp, value: unknown, repr: Repr): Expr {
  if (value instanceof ExtraArguments) {
    if (!(repr instanceof TupleRepr)) return hop.m.nop();
    return hop.model.structNew(repr.struct, repr.items.flatMap((item, i) => (item.isVoid ? [] : [hop.valueAs(value.items[i]!, item)])));
  }
  return hop.valueAs(value as Hlvalue, repr);
}
