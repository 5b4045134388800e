// Ranges and iterators. A range is an immutable (start, stop, step) struct; iterators are small
// mutable structs that Binaryen's heap-to-locals pass turns into plain loop variables when they
// do not escape their function.

import type { Expr } from '../wasm/binaryen.ts';
import { Char, Ref, Signed, StructType, field } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { Repr } from './repr.ts';
import type { ListRepr } from './list.ts';
import { STR_OR_NONE } from '../support/types.ts';
import type { SomeValue } from '../../annotator/model.ts';

abstract class StructRepr extends Repr {
  abstract readonly struct: StructType;
  private ref: Ref | null = null;
  get lltype(): Ref {
    this.ref ??= new Ref(this.struct, true);
    return this.ref;
  }
  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(this.lltype);
    throw new Error(`${this.key} values are never constants`);
  }
  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}

export const RANGE = new StructType('range', [field('start', Signed), field('stop', Signed), field('step', Signed)]);

export class RangeRepr extends StructRepr {
  readonly key = 'range';
  readonly struct = RANGE;
}

export const RANGE_ITER = new StructType('range_iter', [field('next', Signed, true), field('step', Signed), field('remaining', Signed, true)]);

export class RangeIterRepr extends StructRepr {
  readonly key = 'iter[range]';
  readonly struct = RANGE_ITER;
}

export class ListIterRepr extends StructRepr {
  readonly key: string;
  readonly list: ListRepr;
  readonly struct: StructType;

  constructor(list: ListRepr) {
    super();
    this.list = list;
    this.key = `iter[${list.key}]`;
    this.struct = new StructType(this.key, [field('list', list.lltype), field('index', Char, true)]);
  }
}

export const STR_ITER = new StructType('iter[str]', [field('str', STR_OR_NONE), field('index', Char, true)]);

export class StrIterRepr extends StructRepr {
  readonly key = 'iter[str]';
  readonly struct = STR_ITER;
}

/**
 * The iterator of a split on a separator that a `for` loop only iterates (annotator/ops/
 * strsplit.ts): the str, the separator, where the next piece starts (-1 once the last piece is
 * taken), and how many more splits maxsplit allows (negative: no limit).
 */
export const SPLIT_ITER = new StructType('iter[str.split]', [
  field('str', STR_OR_NONE),
  field('sep', STR_OR_NONE),
  field('pos', Signed, true),
  field('remaining', Signed, true),
]);

export class SplitIterRepr extends StructRepr {
  readonly key = 'iter[str.split]';
  readonly struct = SPLIT_ITER;
}

/**
 * An iterator over a tuple (`for x in args` of a function with *args): the tuple and the next
 * index; each item is converted to the union of the items' types when it is taken.
 */
export class TupleIterRepr extends StructRepr {
  readonly key: string;
  /** The tuple's representation (void when every item is a constant). */
  readonly tuple: Repr;
  /** The items' annotations, for the constants among them. */
  readonly itemAnnotations: readonly SomeValue[];
  readonly item: Repr;
  readonly struct: StructType;

  constructor(tuple: Repr, itemAnnotations: readonly SomeValue[], item: Repr) {
    super();
    this.tuple = tuple;
    this.itemAnnotations = itemAnnotations;
    this.item = item;
    this.key = `iter[${tuple.key}]`;
    const fields = tuple.isVoid ? [] : [field('tuple', tuple.lltype)];
    this.struct = new StructType(this.key, [...fields, field('index', Char, true)]);
  }
}
