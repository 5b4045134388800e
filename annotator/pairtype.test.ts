// Unit tests of the dispatch tables (pairtype.ts) behind union() and the operation rules: a
// rule registered for a pair of annotation classes also serves their subclasses, the most
// specific rule wins (left class first, then right), and a pair without a rule finds none.

import { describe, expect, it } from 'vitest';
import { PairDispatch, SingleDispatch } from './pairtype.ts';
import { SomeBool, SomeFloat, SomeInteger, SomeNone, SomeNullable, SomeString, SomeValue } from './model.ts';

describe('PairDispatch', () => {
  it('falls back along both class chains', () => {
    const table = new PairDispatch<string>();
    table.register(SomeInteger, SomeInteger, 'int-int');
    expect(table.lookup(new SomeBool(), new SomeInteger())).toBe('int-int');
    expect(table.lookup(new SomeInteger(), new SomeBool())).toBe('int-int');
    expect(table.lookup(new SomeBool(), new SomeBool())).toBe('int-int');
    expect(table.lookup(new SomeInteger(), new SomeFloat())).toBeUndefined();
  });

  it('prefers the most specific left class, then the most specific right class', () => {
    const table = new PairDispatch<string>();
    table.register(SomeValue, SomeValue, 'any-any');
    table.register(SomeValue, SomeBool, 'any-bool');
    table.register(SomeBool, SomeValue, 'bool-any');
    table.register(SomeBool, SomeBool, 'bool-bool');
    expect(table.lookup(new SomeBool(), new SomeBool())).toBe('bool-bool');
    expect(table.lookup(new SomeBool(), new SomeFloat())).toBe('bool-any');
    expect(table.lookup(new SomeFloat(), new SomeBool())).toBe('any-bool');
    expect(table.lookup(new SomeFloat(), new SomeFloat())).toBe('any-any');
  });

  it('dispatches on abstract classes such as SomeNullable', () => {
    const table = new PairDispatch<string>();
    table.register(SomeNone, SomeNullable, 'none-nullable');
    expect(table.lookup(new SomeNone(), new SomeString())).toBe('none-nullable');
    expect(table.lookup(new SomeString(), new SomeNone())).toBeUndefined();
  });

  it('replaces a rule registered twice for the same pair', () => {
    const table = new PairDispatch<number>();
    table.register(SomeFloat, SomeFloat, 1);
    table.register(SomeFloat, SomeFloat, 2);
    expect(table.lookup(new SomeFloat(), new SomeFloat())).toBe(2);
  });
});

describe('SingleDispatch', () => {
  it('finds the rule of the nearest registered class', () => {
    const table = new SingleDispatch<string>();
    table.register(SomeValue, 'any');
    table.register(SomeInteger, 'int');
    expect(table.lookup(new SomeBool())).toBe('int');
    expect(table.lookup(new SomeString())).toBe('any');
    expect(new SingleDispatch<string>().lookup(new SomeString())).toBeUndefined();
  });
});
