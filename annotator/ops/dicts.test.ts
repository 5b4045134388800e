// Unit tests of the choices annotator/ops/dicts.ts makes for the lowering: which runtime library
// function each dict or set operation calls (its LibraryPlan), that every function a plan can
// name exists in the runtime library, and that every intrinsic the rules know is one the
// library may import.

import { describe, expect, it } from 'vitest';
import { DictDef } from '../dictdef.ts';
import { SomeBool, SomeDict, SomeFloat, SomeInteger, SomeList, SomeNone, SomeSet, SomeString, SomeTuple, type SomeValue } from '../model.ts';
import { ListDef } from '../listdef.ts';
import { DICT_INTRINSIC_NAMES } from './dicts.ts';
import {
  comparisonPlan, constructorPlan, dictMethodPlan, fillsFresh, hashFunction, operatorPlan, setMethodPlan, type LibraryPlan,
} from './dictplans.ts';
import { INTRINSICS } from '../../frontend/builtins.ts';
import { libraryFunction } from '../../runtime/library.ts';
import { SourceFile } from '../../frontend/source.ts';
import type { Reflower, Site } from '../position.ts';

const reflower: Reflower = { reflow: () => {} };
const site: Site = { source: new SourceFile('t.py', 'x\n'), span: { start: 0, length: 1 } };
const aSet = (): SomeSet => new SomeSet(new DictDef(reflower, site, true));
const aDict = (): SomeDict => new SomeDict(new DictDef(reflower, site, false));
const aList = (): SomeList => new SomeList(new ListDef(reflower, site));

function exists(p: LibraryPlan | null): void {
  expect(p).not.toBeNull();
  expect(() => libraryFunction(p!.name)).not.toThrow();
}

describe('library plans', () => {
  it('choose the set function by the kind of the argument (set, dict or other iterable)', () => {
    expect(setMethodPlan('update', [aSet(), aSet()])!.name).toBe('set_update_set');
    expect(setMethodPlan('update', [aSet(), aDict()])!.name).toBe('set_update_dict');
    expect(setMethodPlan('update', [aSet(), aList()])!.name).toBe('set_update_iter');
    expect(setMethodPlan('intersection', [aSet(), aDict()])!.name).toBe('set_intersection_iter');
    expect(setMethodPlan('difference', [aSet(), aDict()])!.name).toBe('set_difference_set');
    expect(setMethodPlan('issuperset', [aSet(), aSet()])).toEqual({ name: 'set_issubset', args: [1, 0], returnsSelf: false });
    expect(setMethodPlan('frobnicate', [aSet()])).toBeNull();
  });

  it('name only functions of the runtime library', () => {
    const methods = ['add', 'remove', 'discard', 'pop', 'clear', 'copy', 'update', 'union', 'intersection', 'intersection_update',
      'difference', 'difference_update', 'symmetric_difference', 'symmetric_difference_update', 'issubset', 'issuperset', 'isdisjoint'];
    for (const name of methods) {
      for (const other of [aSet(), aDict(), aList()]) exists(setMethodPlan(name, [aSet(), other]));
    }
    for (const name of ['get', 'setdefault', 'clear', 'copy', 'update', 'popitem']) exists(dictMethodPlan(name, [aDict()]));
    exists(dictMethodPlan('pop', [aDict(), new SomeString()]));
    exists(dictMethodPlan('pop', [aDict(), new SomeString(), new SomeInteger()]));
    for (const op of ['or_', 'and_', 'sub', 'xor', 'inplace_or', 'inplace_and', 'inplace_sub', 'inplace_xor']) exists(operatorPlan(op, aSet(), aSet()));
    for (const op of ['eq', 'ne', 'lt', 'le', 'gt', 'ge']) exists(comparisonPlan(op, aSet(), aSet()));
    for (const arg of [aSet(), aDict(), aList()]) exists(constructorPlan('set', arg));
    for (const arg of [aDict(), aList()]) exists(constructorPlan('dict', arg));
  });

  it('return the set itself for in-place operators, and fill a new container for set(list)', () => {
    expect(operatorPlan('inplace_or', aSet(), aSet())!.returnsSelf).toBe(true);
    expect(operatorPlan('or_', aSet(), aSet())!.returnsSelf).toBe(false);
    expect(operatorPlan('or_', aDict(), aDict())!.name).toBe('dict_or');
    expect(operatorPlan('and_', aDict(), aDict())).toBeNull();
    expect(operatorPlan('or_', new SomeSet(aSet().dictdef, true), aSet())).toBeNull();
    expect(fillsFresh(constructorPlan('set', aList()))).toBe(true);
    expect(fillsFresh(constructorPlan('set', aSet()))).toBe(false);
    expect(comparisonPlan('lt', aDict(), aDict())).toBeNull();
    expect(comparisonPlan('gt', aSet(), aSet())!.args).toEqual([0, 1, { constant: 2n }]);
  });

  it('hash each key type with its own function', () => {
    const cases: [SomeValue, string | null][] = [
      [new SomeInteger(), 'hash_int'],
      [new SomeBool(), 'hash_bool'],
      [new SomeFloat(), 'hash_float'],
      [new SomeString(), 'hash_str'],
      [new SomeString({ canBeNone: true }), 'hash_nullable'],
      [new SomeNone(), 'hash_none'],
      [new SomeTuple([new SomeInteger(), new SomeString()]), 'hash_tuple2'],
      [aList(), null],
    ];
    for (const [s, name] of cases) {
      expect(hashFunction(s)).toBe(name);
      if (name) expect(() => libraryFunction(name)).not.toThrow();
    }
  });

  it('know only intrinsics the runtime library may import', () => {
    for (const name of DICT_INTRINSIC_NAMES) expect(INTRINSICS.members.has(name)).toBe(true);
  });
});
