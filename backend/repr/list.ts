// The representation of list[T]: a struct holding the length and an array of items with spare
// capacity at the end, as CPython's list. Items are stored unboxed: i64 for int, f64 for
// float, one byte for bool, references for the rest.

import type { Expr } from '../wasm/binaryen.ts';
import { ArrayType, Char, Ref, StructType, field } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { BoolRepr, Repr } from './repr.ts';

export class ListRepr extends Repr {
  readonly item: Repr;
  readonly key: string;
  readonly items: ArrayType;
  readonly struct: StructType;
  readonly lltype: Ref;

  constructor(item: Repr) {
    super();
    this.item = item;
    this.key = `list[${item.key}]`;
    const packing = item instanceof BoolRepr ? 'i8' : null;
    this.items = new ArrayType(`items[${item.key}]`, item.isVoid ? Char : item.lltype, true, packing);
    this.struct = new StructType(this.key, [field('length', Char, true), field('items', new Ref(this.items, false), true)]);
    this.lltype = new Ref(this.struct, true);
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(this.lltype);
    throw new Error('lists are never constants');
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}
