// Unit tests of list definitions (listdef.ts): the item type shared by every list that may flow
// to the same place. Widening an item must re-flow exactly the positions that read it (or the
// fixpoint would stop early or never stop), merging two items must move every list and reader
// to the survivor, and an item that cannot hold a value must raise ListItemConflict (W1203).

import { describe, expect, it } from 'vitest';
import { ListDef, ListItemConflict } from './listdef.ts';
import { SomeFloat, SomeInteger, SomeString, s_ImpossibleValue } from './model.ts';
import { Block, FunctionGraph } from '../frontend/flowmodel.ts';
import { SourceFile } from '../frontend/source.ts';
import type { Position, Reflower, Site } from './position.ts';

const source = new SourceFile('t.py', 'xs = []\nys = [1]\n');
const site = (start: number): Site => ({ source, span: { start, length: 2 } });

class RecordingReflower implements Reflower {
  readonly reflowed: Position[] = [];
  reflow(position: Position): void {
    this.reflowed.push(position);
  }
}

function position(index: number): Position {
  const graph = new FunctionGraph('f', new Block([]));
  return { graph, block: graph.startblock, index };
}

describe('ListItem.generalize', () => {
  it('starts impossible and widens to what is stored, remembering where the type came from', () => {
    const def = new ListDef(new RecordingReflower(), site(0));
    expect(def.item.value).toBe(s_ImpossibleValue);
    expect(def.item.creation).toEqual(site(0));
    def.item.generalize(new SomeInteger({ constant: 1n }), site(8));
    expect(String(def.item.value)).toBe('int');
    expect(def.item.valueOrigin).toEqual(site(8));
    def.item.generalize(new SomeInteger(), site(12));
    expect(def.item.valueOrigin).toEqual(site(8));
  });

  it('re-flows the readers when the item type widens, and only then', () => {
    const reflower = new RecordingReflower();
    const def = new ListDef(reflower, site(0));
    const reader = position(3);
    expect(def.read(reader)).toBe(s_ImpossibleValue);
    def.item.generalize(new SomeInteger({ nonneg: true }), site(0));
    expect(reflower.reflowed).toEqual([reader]);
    def.item.generalize(new SomeInteger({ constant: 4n }), site(0));
    expect(reflower.reflowed).toEqual([reader]);
    def.item.generalize(new SomeInteger({ constant: -4n }), site(0));
    expect(reflower.reflowed).toEqual([reader, reader]);
  });

  it('raises ListItemConflict for a value the item type cannot hold, leaving the item unchanged', () => {
    const def = new ListDef(new RecordingReflower(), site(0));
    def.item.generalize(new SomeInteger(), site(0));
    let conflict: unknown = null;
    try {
      def.item.generalize(new SomeString(), site(5));
    } catch (error) {
      conflict = error;
    }
    expect(conflict).toBeInstanceOf(ListItemConflict);
    expect((conflict as ListItemConflict).item).toBe(def.item);
    expect(String((conflict as ListItemConflict).incoming)).toBe('str');
    expect(String(def.item.value)).toBe('int');
  });
});

describe('ListItem.merge', () => {
  it('moves the other item\'s lists and readers to this one and unites the values', () => {
    const reflower = new RecordingReflower();
    const a = new ListDef(reflower, site(0));
    const b = new ListDef(reflower, site(8));
    const readA = position(1);
    const readB = position(2);
    a.read(readA);
    b.read(readB);
    a.item.generalize(new SomeInteger({ nonneg: true }), site(0));
    b.item.generalize(new SomeInteger(), site(8));
    b.item.resized = true;
    reflower.reflowed.length = 0;
    a.unionWith(b);
    expect(b.item).toBe(a.item);
    expect([...a.item.listdefs]).toEqual([a, b]);
    expect((a.item.value as SomeInteger).nonneg).toBe(false);
    expect(a.item.resized).toBe(true);
    // a's reader sees a wider type; b's type did not change.
    expect(reflower.reflowed).toEqual([readA]);
    expect([...a.item.readers]).toEqual([readA, readB]);
  });

  it('is a no-op on the same item', () => {
    const reflower = new RecordingReflower();
    const a = new ListDef(reflower, site(0));
    a.read(position(0));
    a.unionWith(a);
    expect(reflower.reflowed).toEqual([]);
  });

  it('refuses to merge items of incompatible types', () => {
    const a = new ListDef(new RecordingReflower(), site(0));
    const b = new ListDef(new RecordingReflower(), site(8));
    a.item.generalize(new SomeInteger(), site(0));
    b.item.generalize(new SomeFloat(), site(8));
    expect(() => a.unionWith(b)).toThrow('no union of int and float');
    expect(a.item).not.toBe(b.item);
  });
});
