// Unit tests of agreement and narrowing by declared types (declared.ts): inclusion read with
// the numeric tower, subclasses and None; no conversion ever (an int declared float stays an
// int); and the completions a declaration may make: an empty list's items, a None that may
// later be an X, and the readers re-flowed when a declaration fills an item type in.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { parseModule } from '../frontend/parser/parse.ts';
import { scanModule } from '../frontend/flow/modulescan.ts';
import { Block, FunctionGraph } from '../frontend/flowmodel.ts';
import type { DeclaredType } from '../frontend/typeexpr.ts';
import type { PyClass } from '../frontend/program.ts';
import { Bookkeeper } from './bookkeeper.ts';
import { conform, Disagreement, type ConformContext } from './declared.ts';
import { DictDef } from './dictdef.ts';
import { ListDef } from './listdef.ts';
import {
  SomeBool, SomeDict, SomeFloat, SomeInstance, SomeInteger, SomeList, SomeNone, SomeString, SomeTuple, s_ImpossibleValue, type SomeValue,
} from './model.ts';
import type { Position, Reflower } from './position.ts';

const source = new SourceFile('t.py', 'class Base:\n    pass\nclass Leaf(Base):\n    pass\nclass Other(Base):\n    pass\n');
const module = scanModule('__main__', source, parseModule(source));
const classNamed = (name: string): PyClass => [...module.classes.values()].find((c) => c.name === name)!;

class RecordingReflower implements Reflower {
  readonly reflowed: Position[] = [];
  reflow(position: Position): void {
    this.reflowed.push(position);
  }
}

const reflower = new RecordingReflower();
const bookkeeper = new Bookkeeper(reflower);
const graph = new FunctionGraph('f', new Block([]));
const position: Position = { graph, block: graph.startblock, index: 0 };
const context: ConformContext = {
  reflower,
  site: { source, span: { start: 0, length: 4 } },
  position,
  classdefOf: (cls) => bookkeeper.getClassDef(bookkeeper.getClassDesc(cls)),
};
const instanceOf = (name: string, canBeNone = false): SomeInstance => new SomeInstance(context.classdefOf(classNamed(name)), canBeNone);
const declaredClass = (...names: string[]): DeclaredType => ({ kind: 'instance', classes: names.map(classNamed) });
const INT: DeclaredType = { kind: 'int' };
const FLOAT: DeclaredType = { kind: 'float' };

function agrees(s: SomeValue, t: DeclaredType): boolean {
  try {
    conform(s, t, context);
    return true;
  } catch (error) {
    if (error instanceof Disagreement) return false;
    throw error;
  }
}

function listOf(item: SomeValue | null): SomeList {
  const def = new ListDef(reflower, context.site);
  if (item) def.item.generalize(item, context.site);
  return new SomeList(def);
}

describe('conform: agreement', () => {
  it('reads the numeric tower: bool within int within float, and never the other way', () => {
    expect(agrees(new SomeBool(), INT)).toBe(true);
    expect(agrees(new SomeInteger(), FLOAT)).toBe(true);
    expect(agrees(new SomeBool(), FLOAT)).toBe(true);
    expect(agrees(new SomeFloat(), INT)).toBe(false);
    expect(agrees(new SomeInteger(), { kind: 'bool' })).toBe(false);
    expect(agrees(new SomeString(), INT)).toBe(false);
  });

  it('never converts: an int declared float stays the same int', () => {
    const five = new SomeInteger({ constant: 5n });
    expect(conform(five, FLOAT, context)).toBe(five);
  });

  it('accepts a subclass instance for its base, not a sibling or a base for a subclass', () => {
    expect(agrees(instanceOf('Leaf'), declaredClass('Base'))).toBe(true);
    expect(agrees(instanceOf('Leaf'), declaredClass('Other'))).toBe(false);
    expect(agrees(instanceOf('Base'), declaredClass('Leaf'))).toBe(false);
    // A union of classes: Wyrm infers their common base for a value that may be either.
    expect(agrees(instanceOf('Base'), declaredClass('Leaf', 'Other'))).toBe(true);
  });

  it('admits None only where the declaration does', () => {
    const optionalLeaf: DeclaredType = { kind: 'optional', inner: declaredClass('Leaf') };
    expect(agrees(new SomeNone(), optionalLeaf)).toBe(true);
    expect(agrees(instanceOf('Leaf', true), optionalLeaf)).toBe(true);
    expect(agrees(instanceOf('Leaf', true), declaredClass('Leaf'))).toBe(false);
    expect(agrees(new SomeNone(), declaredClass('Leaf'))).toBe(false);
    expect(agrees(new SomeString({ canBeNone: true }), { kind: 'str' })).toBe(false);
  });

  it('compares containers item by item, and tuples by length', () => {
    expect(agrees(listOf(new SomeInteger()), { kind: 'list', item: FLOAT })).toBe(true);
    expect(agrees(listOf(new SomeString()), { kind: 'list', item: INT })).toBe(false);
    expect(agrees(new SomeTuple([new SomeInteger(), new SomeString()]), { kind: 'tuple', items: [INT, { kind: 'str' }] })).toBe(true);
    expect(agrees(new SomeTuple([new SomeInteger()]), { kind: 'tuple', items: [INT, INT] })).toBe(false);
    expect(agrees(new SomeTuple([new SomeInteger(), new SomeBool()]), { kind: 'tuplevar', item: INT })).toBe(true);
  });

  it('accepts anything for Any', () => {
    expect(agrees(new SomeString({ canBeNone: true }), { kind: 'any', spelling: 'Any' })).toBe(true);
  });
});

describe('conform: narrowing', () => {
  it("gives an empty list's items the declared type, and re-flows what reads them", () => {
    const xs = listOf(null);
    const reader: Position = { graph, block: graph.startblock, index: 7 };
    xs.listdef.read(reader);
    reflower.reflowed.length = 0;
    expect(conform(xs, { kind: 'list', item: INT }, context)).toBe(xs);
    expect(String(xs)).toBe('list[int]');
    expect(reflower.reflowed).toContain(reader);
  });

  it('fills nested containers and dicts', () => {
    const grid = listOf(null);
    conform(grid, { kind: 'list', item: { kind: 'list', item: FLOAT } }, context);
    expect(String(grid)).toBe('list[list[float]]');
    const counts = new SomeDict(new DictDef(reflower, context.site, false));
    conform(counts, { kind: 'dict', key: { kind: 'str' }, value: INT }, context);
    expect(String(counts)).toBe('dict[str, int]');
  });

  it('lets a None declared X | None hold an X later', () => {
    const result = conform(new SomeNone(), { kind: 'optional', inner: declaredClass('Leaf') }, context);
    expect(String(result)).toBe('Leaf or None');
  });

  it('keeps None where the declared X cannot be None in Wyrm (int | None)', () => {
    const none = new SomeNone();
    expect(conform(none, { kind: 'optional', inner: INT }, context)).toBe(none);
  });

  it('keeps a value that is not None precise under X | None', () => {
    const leaf = instanceOf('Leaf');
    expect(conform(leaf, { kind: 'optional', inner: declaredClass('Base') }, context)).toBe(leaf);
  });

  it('widens list items that are None to the declared X | None', () => {
    const slots = listOf(new SomeNone());
    conform(slots, { kind: 'list', item: { kind: 'optional', inner: declaredClass('Leaf') } }, context);
    expect(String(slots)).toBe('list[Leaf or None]');
  });

  it('completes an impossible value only where the declaration names a type', () => {
    expect(conform(s_ImpossibleValue, { kind: 'any', spelling: 'Any' }, context)).toBe(s_ImpossibleValue);
    expect(String(conform(s_ImpossibleValue, INT, context))).toBe('int');
  });
});
