// Unit tests of class descriptions and definitions (classdef.ts) through the bookkeeper:
// method resolution order with mixins, lookup of class-level members, the class tree
// (ancestors, descendants, common base) and the instance attributes — which live on the highest
// class that uses them, move up ("lifting") when a base class starts using them, and re-flow
// their readers when they widen. Attribute types per class hierarchy depend on these rules.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { parseModule } from '../frontend/parser/parse.ts';
import { scanModule } from '../frontend/flow/modulescan.ts';
import { BUILTIN_EXCEPTIONS } from '../frontend/builtins.ts';
import { Block, FunctionGraph } from '../frontend/flowmodel.ts';
import type { PyClass } from '../frontend/program.ts';
import { Bookkeeper } from './bookkeeper.ts';
import type { ClassDef } from './classdef.ts';
import { SomeFloat, SomeInteger, SomeString } from './model.ts';
import type { Position, Reflower, Site } from './position.ts';
import { UnionError } from './union.ts';

const TEXT = [
  'class Shape:',
  '    kind = "shape"',
  '    def area(self):',
  '        return 0.0',
  '    def describe(self):',
  '        return "a shape"',
  'class Named:',
  '    def label(self):',
  '        return "named"',
  'class Circle(Shape, Named):',
  '    def area(self):',
  '        return 3.0',
  '    @staticmethod',
  '    def unit():',
  '        return 1',
  '    @property',
  '    def size(self):',
  '        return 1.0',
  'class Square(Shape):',
  '    pass',
  'class Ring(Circle):',
  '    pass',
  'class Failure(ValueError):',
  '    pass',
  '',
].join('\n');

class RecordingReflower implements Reflower {
  readonly reflowed: Position[] = [];
  reflow(position: Position): void {
    this.reflowed.push(position);
  }
}

function setup(): { bookkeeper: Bookkeeper; reflower: RecordingReflower; def: (name: string) => ClassDef; site: Site } {
  const source = new SourceFile('t.py', TEXT);
  const module = scanModule('__main__', source, parseModule(source));
  const reflower = new RecordingReflower();
  const bookkeeper = new Bookkeeper(reflower);
  const cls = (name: string): PyClass => {
    const b = module.bindings.get(name);
    if (b?.kind !== 'class') throw new Error(`${name} is not a class`);
    return b.cls;
  };
  const def = (name: string): ClassDef => bookkeeper.getClassDef(bookkeeper.getClassDesc(cls(name)));
  return { bookkeeper, reflower, def, site: { source, span: { start: 0, length: 5 } } };
}

function reader(): Position {
  const graph = new FunctionGraph('f', new Block([]));
  return { graph, block: graph.startblock, index: 0 };
}

describe('ClassDesc', () => {
  it('orders classes for lookup: the class, its mixins, then its base\'s order', () => {
    const { def } = setup();
    expect(def('Ring').desc.mro().map((d) => d.name)).toEqual(['Ring', 'Circle', 'Named', 'Shape']);
    expect(def('Circle').desc.base?.name).toBe('Shape');
    expect(def('Circle').desc.mixins.map((d) => d.name)).toEqual(['Named']);
  });

  it('finds methods, static methods, properties and class attributes along that order', () => {
    const { def } = setup();
    const ring = def('Ring').desc;
    const area = ring.lookup('area');
    expect(area?.kind).toBe('method');
    expect(area?.owner.name).toBe('Circle');
    expect(ring.lookup('describe')?.owner.name).toBe('Shape');
    expect(ring.lookup('label')?.owner.name).toBe('Named');
    expect(ring.lookup('unit')?.kind).toBe('staticmethod');
    expect(ring.lookup('size')?.kind).toBe('property');
    const kind = ring.lookup('kind');
    expect(kind?.kind === 'constant' && kind.value).toBe('shape');
    expect(ring.lookup('missing')).toBeNull();
    expect(ring.ownMember('area')).toBeNull();
  });

  it('knows which classes are exception classes', () => {
    const { def, bookkeeper } = setup();
    expect(def('Failure').desc.isExceptionClass()).toBe(true);
    expect(def('Failure').desc.base?.name).toBe('ValueError');
    expect(def('Shape').desc.isExceptionClass()).toBe(false);
    const valueError = bookkeeper.getClassDesc(BUILTIN_EXCEPTIONS.get('ValueError')!);
    expect(valueError.isBuiltin).toBe(true);
    expect(valueError.mro().map((d) => d.name)).toEqual(['ValueError', 'Exception', 'BaseException']);
    expect(def('Failure').desc.isSubclassOf(valueError)).toBe(true);
  });

  it('gives one description per class', () => {
    const { bookkeeper, def } = setup();
    const failure = def('Failure');
    expect(bookkeeper.getClassDesc(BUILTIN_EXCEPTIONS.get('ValueError')!)).toBe(failure.desc.base);
  });
});

describe('ClassDef tree', () => {
  it('creates the definitions of the bases first and links subclasses', () => {
    const { bookkeeper, def } = setup();
    const ring = def('Ring');
    expect(bookkeeper.allClassDefs().map((d) => d.name)).toEqual(['Shape', 'Circle', 'Ring']);
    expect(ring.ancestors().map((d) => d.name)).toEqual(['Ring', 'Circle', 'Shape']);
    def('Square');
    expect(def('Shape').descendants().map((d) => d.name)).toEqual(['Shape', 'Circle', 'Ring', 'Square']);
  });

  it('finds the nearest common base, or none across separate trees', () => {
    const { def } = setup();
    expect(def('Ring').commonBase(def('Square'))?.name).toBe('Shape');
    expect(def('Ring').commonBase(def('Circle'))?.name).toBe('Circle');
    expect(def('Ring').commonBase(def('Failure'))).toBeNull();
    expect(def('Ring').isSubclassOf(def('Shape'))).toBe(true);
    expect(def('Shape').isSubclassOf(def('Ring'))).toBe(false);
  });
});

describe('instance attributes', () => {
  it('live on the class that first uses them and are seen from its subclasses', () => {
    const { def, site } = setup();
    def('Ring');
    def('Square');
    def('Circle').generalize('radius', new SomeFloat(), site);
    expect(def('Circle').attrs.has('radius')).toBe(true);
    expect(def('Ring').locate('radius')).toBe(def('Circle').attrs.get('radius'));
    expect(def('Square').locate('radius')).toBeNull();
    expect(def('Shape').locate('radius')).toBeNull();
  });

  it('move up to a base class that starts using them, uniting the subclasses\' types and re-flowing their readers', () => {
    const { def, reflower, site } = setup();
    def('Ring');
    def('Square');
    def('Circle').generalize('size', new SomeInteger({ nonneg: true }), site);
    def('Square').generalize('size', new SomeInteger({ constant: -1n }), site);
    const read = reader();
    def('Circle').attrs.get('size')!.readers.add(read);
    const lifted = def('Shape').attribute('size');
    expect(lifted.owner.name).toBe('Shape');
    expect(String(lifted.value)).toBe('int');
    expect((lifted.value as SomeInteger).nonneg).toBe(false);
    expect(def('Circle').attrs.has('size')).toBe(false);
    expect(def('Square').attrs.has('size')).toBe(false);
    expect(def('Ring').locate('size')).toBe(lifted);
    expect(reflower.reflowed).toContain(read);
  });

  it('re-flow their readers when they widen, and not when they do not', () => {
    const { def, reflower, site } = setup();
    const attr = def('Shape').attribute('name');
    const read = reader();
    attr.readers.add(read);
    def('Shape').generalize('name', new SomeString({ constant: 'a' }), site);
    expect(reflower.reflowed).toEqual([read]);
    expect(attr.origin).toEqual(site);
    def('Shape').generalize('name', new SomeString({ constant: 'a' }), site);
    expect(reflower.reflowed).toEqual([read]);
    def('Shape').generalize('name', new SomeString({ constant: 'b' }), site);
    expect(reflower.reflowed).toEqual([read, read]);
    expect(String(attr.value)).toBe('str');
  });

  it('refuse a value of another type', () => {
    const { def, site } = setup();
    def('Shape').generalize('count', new SomeInteger(), site);
    expect(() => def('Shape').generalize('count', new SomeString(), site)).toThrow(UnionError);
  });
});
