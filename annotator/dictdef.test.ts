// Unit tests of dict and set definitions (dictdef.ts): the key and value types shared by every
// dict that may flow to the same place. They are list definitions underneath (the entry lists
// of runtime/lib/dict.py), so widening re-flows the readers, merging shares the items, and a
// conflict names the role of the item (W1207), not a list's.

import { describe, expect, it } from 'vitest';
import { containerRole, DictDef } from './dictdef.ts';
import { ListItemConflict } from './listdef.ts';
import { SomeDict, SomeDictView, SomeInteger, SomeNone, SomeSet, SomeString, s_ImpossibleValue } from './model.ts';
import { annotationEquals, compatible, union } from './union.ts';
import { Block, FunctionGraph } from '../frontend/flowmodel.ts';
import { SourceFile } from '../frontend/source.ts';
import type { Position, Reflower, Site } from './position.ts';

const source = new SourceFile('t.py', 'd = {}\ns = set()\n');
const site: Site = { source, span: { start: 0, length: 6 } };

class RecordingReflower implements Reflower {
  readonly reflowed: Position[] = [];
  reflow(position: Position): void {
    this.reflowed.push(position);
  }
}

function position(): Position {
  const graph = new FunctionGraph('f', new Block([]));
  return { graph, block: graph.startblock, index: 0 };
}

describe('DictDef', () => {
  it('starts with unknown keys and values, and int hashes and indices', () => {
    const def = new DictDef(new RecordingReflower(), site, false);
    expect(def.keys.item.value).toBe(s_ImpossibleValue);
    expect(def.values.item.value).toBe(s_ImpossibleValue);
    expect(String(def.hashes.item.value)).toBe('int');
    expect(String(def.indices.item.value)).toBe('int');
    expect(String(new SomeDict(def))).toBe('dict[impossible, impossible]');
  });

  it('widens keys and values without their constants and re-flows their readers', () => {
    const reflower = new RecordingReflower();
    const def = new DictDef(reflower, site, false);
    const reader = position();
    def.readKey(reader);
    def.generalizeKey(new SomeString({ constant: 'a' }), site);
    def.generalizeValue(new SomeInteger({ constant: 1n }), site);
    expect(String(new SomeDict(def))).toBe('dict[str, int]');
    expect(def.keys.item.value.isConstant).toBe(false);
    expect(reflower.reflowed).toEqual([reader]);
  });

  it('prints sets, views and None-able dicts as wyrm annotate shows them', () => {
    const reflower = new RecordingReflower();
    const set = new DictDef(reflower, site, true);
    set.generalizeKey(new SomeInteger(), site);
    expect(String(new SomeSet(set))).toBe('set[int]');
    const dict = new DictDef(reflower, site, false);
    dict.generalizeKey(new SomeString(), site);
    dict.generalizeValue(new SomeInteger(), site);
    expect(String(new SomeDict(dict, true))).toBe('dict[str, int] or None');
    expect(String(new SomeDictView(new SomeDict(dict), 'items'))).toBe('dict_items[str, int]');
    expect(String(union(new SomeNone(), new SomeDict(dict)))).toBe('dict[str, int] or None');
  });

  it('raises a conflict that knows the role of the item', () => {
    const def = new DictDef(new RecordingReflower(), site, false);
    def.generalizeKey(new SomeString(), site);
    let conflict: unknown = null;
    try {
      def.generalizeKey(new SomeInteger(), site);
    } catch (error) {
      conflict = error;
    }
    expect(conflict).toBeInstanceOf(ListItemConflict);
    expect(containerRole((conflict as ListItemConflict).item)).toBe('dict key');
    expect(containerRole(def.values.item)).toBe('dict value');
    expect(containerRole(new DictDef(new RecordingReflower(), site, true).keys.item)).toBe('set element');
  });

  it('merges two dicts that meet, so that both share their key and value types', () => {
    const reflower = new RecordingReflower();
    const a = new DictDef(reflower, site, false);
    const b = new DictDef(reflower, site, false);
    a.generalizeKey(new SomeString(), site);
    b.generalizeValue(new SomeInteger(), site);
    const merged = union(new SomeDict(a), new SomeDict(b));
    expect(String(merged)).toBe('dict[str, int]');
    expect(a.sameAs(b)).toBe(true);
    expect(annotationEquals(new SomeDict(a), new SomeDict(b))).toBe(true);
  });

  it('keeps apart dicts whose types are unknown or differ when only comparing signatures', () => {
    const reflower = new RecordingReflower();
    const known = new DictDef(reflower, site, true);
    known.generalizeKey(new SomeInteger(), site);
    const unknown = new DictDef(reflower, site, true);
    expect(compatible(new SomeSet(known), new SomeSet(unknown))).toBe(false);
    const strs = new DictDef(reflower, site, true);
    strs.generalizeKey(new SomeString(), site);
    expect(compatible(new SomeSet(known), new SomeSet(strs))).toBe(false);
    const ints = new DictDef(reflower, site, true);
    ints.generalizeKey(new SomeInteger(), site);
    expect(compatible(new SomeSet(known), new SomeSet(ints))).toBe(true);
    expect(known.sameAs(ints)).toBe(false);
    expect(() => union(new SomeSet(known), new SomeDict(new DictDef(reflower, site, false)))).toThrow();
  });
});
