// List definitions: the item type shared by every list that may flow to the same place.
// Each list display or constructor site gets a ListDef; when two lists meet in a variable their
// ListItems merge, so both lists get one item type, as RPython's listdef.py does. Blocks that
// read items are re-flowed when the item type generalizes.

import { s_ImpossibleValue, type SomeValue } from './model.ts';
import type { Position, Reflower, Site } from './position.ts';
import { annotationEquals, union, UnionError } from './union.ts';

/** A value stored into a list whose item type cannot hold it. */
export class ListItemConflict extends Error {
  readonly item: ListItem;
  readonly incoming: SomeValue;
  constructor(item: ListItem, incoming: SomeValue) {
    super(`list item conflict: ${item.value} and ${incoming}`);
    this.item = item;
    this.incoming = incoming;
  }
}

export class ListItem {
  value: SomeValue = s_ImpossibleValue;
  readonly listdefs = new Set<ListDef>();
  readonly readers = new Set<Position>();
  /** Where the first list with this item type was created, and where its item type came from. */
  readonly creation: Site;
  valueOrigin: Site | null = null;
  /** Items are stored after creation (`xs[i] = v`) or the length changes (`append`, `pop`). */
  mutated = false;
  resized = false;
  private readonly reflower: Reflower;

  constructor(reflower: Reflower, creation: Site) {
    this.reflower = reflower;
    this.creation = creation;
  }

  /** Widens the item type to hold `value` too; throws UnionError when no such type exists. */
  generalize(value: SomeValue, origin: Site): void {
    let merged: SomeValue;
    try {
      merged = union(this.value, value);
    } catch (error) {
      if (error instanceof UnionError) throw new ListItemConflict(this, value);
      throw error;
    }
    if (annotationEquals(merged, this.value)) return;
    if (this.valueOrigin === null) this.valueOrigin = origin;
    this.value = merged;
    for (const reader of this.readers) this.reflower.reflow(reader);
  }

  /** Makes `other`'s lists share this item. */
  merge(other: ListItem): void {
    if (other === this) return;
    const merged = union(this.value, other.value);
    const thisChanged = !annotationEquals(merged, this.value);
    const otherChanged = !annotationEquals(merged, other.value);
    this.value = merged;
    this.valueOrigin ??= other.valueOrigin;
    this.mutated ||= other.mutated;
    this.resized ||= other.resized;
    for (const def of other.listdefs) {
      def.item = this;
      this.listdefs.add(def);
    }
    if (thisChanged) for (const reader of this.readers) this.reflower.reflow(reader);
    if (otherChanged) for (const reader of other.readers) this.reflower.reflow(reader);
    for (const reader of other.readers) this.readers.add(reader);
  }
}

export class ListDef {
  item: ListItem;

  constructor(reflower: Reflower, creation: Site) {
    this.item = new ListItem(reflower, creation);
    this.item.listdefs.add(this);
  }

  /** The item type, recording that `position` depends on it. */
  read(position: Position): SomeValue {
    this.item.readers.add(position);
    return this.item.value;
  }

  unionWith(other: ListDef): void {
    this.item.merge(other.item);
  }
}
