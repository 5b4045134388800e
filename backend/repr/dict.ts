// The representation of dict[K, V] and set[T]: a struct holding the parts of CPython's compact
// hash table (runtime/lib/dict.py and set.py implement the algorithms over them):
//
//   used     live entries (len())                  fill    non-EMPTY slots (sets)
//   finger   where set.pop() looks next            indices the sparse table of slots (list[int])
//   hashes   the entries' hashes (list[int])        keys    the entries' keys (list[K])
//   values   the entries' values (list[V]; dicts only)
//   cached_key, cached_slot   the str key a lookup found last and its slot (dicts of str only)
//
// The entry lists are ordinary list reprs, so the library reads them as lists. A view of a dict
// (d.keys()) is the dict itself, with the variant in its representation; an iterator is a small
// struct (the dict, a position, the size it expects and the count of entries left).

import type { Expr } from '../wasm/binaryen.ts';
import { Ref, Signed, StructType, field } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { intRepr, Repr } from './repr.ts';
import type { ListRepr } from './list.ts';
import { StrRepr } from './str.ts';
import { STR_OR_NONE } from '../support/types.ts';
import {
  SomeDict, SomeDictView, SomeIterator, SomeSet, type SomeValue,
} from '../../annotator/model.ts';
import type { RTyper } from '../rtyper.ts';

export class DictRepr extends Repr {
  readonly isSet: boolean;
  readonly key: string;
  readonly keyRepr: Repr;
  readonly valueRepr: Repr | null;
  readonly keys: ListRepr;
  readonly values: ListRepr | null;
  /** The list repr of the hashes and of the index table (list[int]). */
  readonly ints: ListRepr;
  /**
   * Whether the dict remembers the last key a lookup found, by identity, and its slot: a
   * program that tests a key and then reads or replaces its value (`if w in d: d[w] += 1`)
   * probes the table once instead of three times. Only str keys: the same str object is always
   * the same key, where an instance's own __hash__ may change with its fields.
   */
  readonly cachesLookup: boolean;
  readonly struct: StructType;
  readonly lltype: Ref;

  constructor(keys: ListRepr, values: ListRepr | null, ints: ListRepr) {
    super();
    this.isSet = values === null;
    this.keys = keys;
    this.values = values;
    this.ints = ints;
    this.keyRepr = keys.item;
    this.valueRepr = values?.item ?? null;
    this.key = values === null ? `set[${keys.item.key}]` : `dict[${keys.item.key}, ${values.item.key}]`;
    this.cachesLookup = values !== null && keys.item instanceof StrRepr;
    this.struct = new StructType(this.key, [
      field('used', Signed, true),
      field('fill', Signed, true),
      field('finger', Signed, true),
      field('indices', ints.lltype, true),
      field('hashes', ints.lltype),
      field('keys', keys.lltype),
      ...(values === null ? [] : [field('values', values.lltype)]),
      ...(this.cachesLookup ? [field('cached_slot', Signed, true), field('cached_key', STR_OR_NONE, true)] : []),
    ]);
    this.lltype = new Ref(this.struct, true);
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(this.lltype);
    throw new Error('dicts and sets are never constants');
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}

export type ViewVariant = 'keys' | 'values' | 'items';

/** d.keys(), d.values(), d.items(): the dict itself at run time. */
export class DictViewRepr extends Repr {
  readonly dict: DictRepr;
  readonly variant: ViewVariant;
  readonly key: string;
  readonly lltype: Ref;

  constructor(dict: DictRepr, variant: ViewVariant) {
    super();
    this.dict = dict;
    this.variant = variant;
    this.key = `dict_${variant}<${dict.key}>`;
    this.lltype = dict.lltype;
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    return this.dict.constant(value, ctx);
  }

  zero(ctx: ModuleContext): Expr {
    return this.dict.zero(ctx);
  }
}

/** What an iterator gives: a dict's keys, values or items, or a set's elements. */
export type IterVariant = ViewVariant | 'elements';

export class DictIterRepr extends Repr {
  readonly data: DictRepr;
  readonly variant: IterVariant;
  readonly key: string;
  readonly struct: StructType;
  readonly lltype: Ref;

  constructor(data: DictRepr, variant: IterVariant) {
    super();
    this.data = data;
    this.variant = variant;
    this.key = `iter[${data.key}]:${variant}`;
    this.struct = new StructType(`iter[${data.key}]`, [
      field('dict', data.lltype),
      field('pos', Signed, true),
      field('used', Signed),
      field('remaining', Signed, true),
    ]);
    this.lltype = new Ref(this.struct, true);
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(this.lltype);
    throw new Error('iterators are never constants');
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}

const caches = new WeakMap<RTyper, Map<string, Repr>>();

function cached<R extends Repr>(rtyper: RTyper, key: string, make: () => R): R {
  let cache = caches.get(rtyper);
  if (!cache) {
    cache = new Map();
    caches.set(rtyper, cache);
  }
  let repr = cache.get(key);
  if (!repr) {
    repr = make();
    cache.set(key, repr);
  }
  return repr as R;
}

function dataRepr(rtyper: RTyper, s: SomeDict | SomeSet): DictRepr {
  const def = s.dictdef;
  const keys = rtyper.listRepr(rtyper.reprOf(def.keys.item.value));
  const values = s instanceof SomeSet ? null : rtyper.listRepr(rtyper.reprOf(def.values.item.value));
  const ints = rtyper.listRepr(intRepr);
  const key = values === null ? `set[${keys.item.key}]` : `dict[${keys.item.key}, ${values.item.key}]`;
  return cached(rtyper, key, () => new DictRepr(keys, values, ints));
}

/** The representation of a dict, set or view annotation; null for other annotations. */
export function dictReprOf(rtyper: RTyper, s: SomeValue): Repr | null {
  if (s instanceof SomeDict || s instanceof SomeSet) return dataRepr(rtyper, s);
  if (s instanceof SomeDictView) {
    const dict = dataRepr(rtyper, s.dict);
    return cached(rtyper, `dict_${s.variant}<${dict.key}>`, () => new DictViewRepr(dict, s.variant));
  }
  if (s instanceof SomeIterator) {
    const c = s.container;
    if (!(c instanceof SomeDict || c instanceof SomeSet || c instanceof SomeDictView)) return null;
    const data = dataRepr(rtyper, c instanceof SomeDictView ? c.dict : c);
    const variant: IterVariant = c instanceof SomeDictView ? c.variant : c instanceof SomeSet ? 'elements' : 'keys';
    return cached(rtyper, `iter[${data.key}]:${variant}`, () => new DictIterRepr(data, variant));
  }
  return null;
}
