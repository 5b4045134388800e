// Dict and set definitions: the key and value types shared by every dict (or set) that may flow
// to the same place, as RPython's dictdef.py. A DictDef is made of list definitions, because
// a dict is made of lists at run time (runtime/lib/dict.py): its keys, values and hashes are
// dense entry lists and its index table is a list of ints. The key ListDef's item is the key
// type of the dict, so the runtime library's `keys.append(key)` and the user's `d[k] = v` widen
// the same type; when two dicts meet in a variable their definitions merge item by item, and
// the blocks that read a key or value type are re-flowed when it generalizes.

import type { SpaceOperation } from '../frontend/flowmodel.ts';
import { ListDef, type ListItem } from './listdef.ts';
import { SomeInteger, type SomeValue } from './model.ts';
import type { Position, Reflower, Site } from './position.ts';

/** What a container item is, for conflict messages. */
export type ContainerRole = 'dict key' | 'dict value' | 'set element';

const roles = new WeakMap<ListItem, ContainerRole>();

/** The role of a ListItem that belongs to a dict or a set; null for a list's own item. */
export function containerRole(item: ListItem): ContainerRole | null {
  return roles.get(item) ?? null;
}

export class DictDef {
  /** The entry lists of the keys and values (a set has no values: its value item stays impossible). */
  readonly keys: ListDef;
  readonly values: ListDef;
  /** The entry list of the keys' hashes and the sparse index table: lists of ints. */
  readonly hashes: ListDef;
  readonly indices: ListDef;
  readonly isSet: boolean;

  constructor(reflower: Reflower, creation: Site, isSet: boolean) {
    this.isSet = isSet;
    this.keys = new ListDef(reflower, creation);
    this.values = new ListDef(reflower, creation);
    this.hashes = new ListDef(reflower, creation);
    this.indices = new ListDef(reflower, creation);
    roles.set(this.keys.item, isSet ? 'set element' : 'dict key');
    roles.set(this.values.item, 'dict value');
    this.hashes.item.generalize(new SomeInteger(), creation);
    this.indices.item.generalize(new SomeInteger(), creation);
  }

  /** The key (set element) type, recording that `position` depends on it. */
  readKey(position: Position): SomeValue {
    return this.keys.read(position);
  }

  readValue(position: Position): SomeValue {
    return this.values.read(position);
  }

  /** Widens the key type; throws ListItemConflict when no type holds both. */
  generalizeKey(value: SomeValue, origin: Site): void {
    this.keys.item.generalize(value.withoutConstant(), origin);
  }

  generalizeValue(value: SomeValue, origin: Site): void {
    this.values.item.generalize(value.withoutConstant(), origin);
  }

  /** Makes both definitions share their items (two dicts met in one variable). */
  unionWith(other: DictDef): void {
    this.keys.unionWith(other.keys);
    this.values.unionWith(other.values);
    this.hashes.unionWith(other.hashes);
    this.indices.unionWith(other.indices);
  }

  /** Whether both definitions describe the same dicts (their items are shared). */
  sameAs(other: DictDef): boolean {
    return this.keys.item === other.keys.item && this.values.item === other.values.item;
  }
}

const dictdefs = new WeakMap<SpaceOperation, DictDef>();

/** The definition of the dict or set created by `op` (the same one every time it is re-flowed). */
export function dictdefFor(reflower: Reflower, op: SpaceOperation, creation: Site, isSet: boolean): DictDef {
  let def = dictdefs.get(op);
  if (!def) {
    def = new DictDef(reflower, creation, isSet);
    dictdefs.set(op, def);
  }
  return def;
}
