// The representation of tuples: an immutable struct with one field per item that has a run-time
// value (items known from their annotation take no space; a tuple of such items is void).

import type { Expr } from '../wasm/binaryen.ts';
import { Ref, StructType, field } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { Repr } from './repr.ts';

export class TupleRepr extends Repr {
  readonly items: readonly Repr[];
  readonly key: string;
  readonly struct: StructType;
  readonly lltype: Ref;

  constructor(items: readonly Repr[]) {
    super();
    this.items = items;
    this.key = `tuple[${items.map((r) => r.key).join(', ')}]`;
    this.struct = new StructType(this.key, items.flatMap((r, i) => (r.isVoid ? [] : [field(`${i}`, r.lltype)])));
    this.lltype = new Ref(this.struct, true);
  }

  /** Whether item i is stored (else it is a constant of its annotation). */
  stores(i: number): boolean {
    return !this.items[i]!.isVoid;
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(this.lltype);
    const values = value as unknown[];
    return ctx.model.structNew(this.struct, this.items.flatMap((r, i) => (r.isVoid ? [] : [r.constant(values[i], ctx)])));
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}
