// Unit tests of the annotation lattice (model.ts) and its union (union.ts): the smallest set
// holding both sides, or a UnionError where Wyrm deliberately has none (int and float print
// differently; int and None have no common representation). The fixpoint's termination and
// every "needs one type" message rest on these rules, and on contains/annotationEquals, which
// decide whether a block must be annotated again.

import { describe, expect, it } from 'vitest';
import {
  SomeBool, SomeBuiltin, SomeConstantObject, SomeFloat, SomeImpossible, SomeInstance, SomeInteger, SomeIterator,
  SomeList, SomeNone, SomePBC, SomeRange, SomeString, SomeTuple, s_ImpossibleValue, isImpossible, type SomeValue,
} from './model.ts';
import { annotationEquals, compatible, contains, union, UnionError } from './union.ts';
import { ListDef } from './listdef.ts';
import { Variable } from '../frontend/flowmodel.ts';
import { ClassDef, ClassDesc } from './classdef.ts';
import { Desc } from './description.ts';
import { BuiltinExceptionClass } from '../frontend/program.ts';
import { SourceFile } from '../frontend/source.ts';
import type { Position, Reflower } from './position.ts';

const SITE = { source: new SourceFile('t.py', 'x = 1\n'), span: { start: 0, length: 1 } };

/** A reflower that records which positions it was asked to annotate again. */
class RecordingReflower implements Reflower {
  readonly reflowed: Position[] = [];
  reflow(position: Position): void {
    this.reflowed.push(position);
  }
}

const reflower = new RecordingReflower();

function listOf(item: SomeValue): SomeList {
  const def = new ListDef(reflower, SITE);
  if (!isImpossible(item)) def.item.generalize(item, SITE);
  return new SomeList(def);
}

class FakeDesc extends Desc {
  readonly displayName: string;
  readonly pyobj: unknown;
  constructor(name: string) {
    super();
    this.displayName = name;
    this.pyobj = { name };
  }
}

/** Shape <- Circle, Shape <- Square, and an unrelated root Other (hand-built class defs). */
function classes(): { shape: ClassDef; circle: ClassDef; square: ClassDef; other: ClassDef } {
  const desc = (name: string, base: ClassDesc | null): ClassDesc => new ClassDesc(new BuiltinExceptionClass(name, null), base, []);
  const shapeDesc = desc('Shape', null);
  const shape = new ClassDef(shapeDesc, null, reflower);
  const circle = new ClassDef(desc('Circle', shapeDesc), shape, reflower);
  const square = new ClassDef(desc('Square', shapeDesc), shape, reflower);
  const other = new ClassDef(desc('Other', null), null, reflower);
  return { shape, circle, square, other };
}

function unionError(a: SomeValue, b: SomeValue): UnionError {
  try {
    union(a, b);
  } catch (error) {
    if (error instanceof UnionError) return error;
    throw error;
  }
  throw new Error(`expected no union of ${a} and ${b}`);
}

const int = (constant?: bigint, nonneg?: boolean): SomeInteger => new SomeInteger({ constant, nonneg });

describe('ints and bools', () => {
  it('an int and a bool make an int that may be a bool', () => {
    const s = union(int(), new SomeBool()) as SomeInteger;
    expect(s.constructor).toBe(SomeInteger);
    expect(s.mayBeBool).toBe(true);
    expect(String(s)).toBe('int');
    const reversed = union(new SomeBool(), int()) as SomeInteger;
    expect(reversed.constructor).toBe(SomeInteger);
    expect(reversed.mayBeBool).toBe(true);
  });

  it('keeps mayBeBool through further unions', () => {
    const mixed = union(int(), new SomeBool(true));
    const again = union(mixed, int(5n)) as SomeInteger;
    expect(again.mayBeBool).toBe(true);
  });

  it('two bools stay a bool; equal constants stay constant', () => {
    expect(union(new SomeBool(true), new SomeBool(true))).toEqual(new SomeBool(true));
    const either = union(new SomeBool(true), new SomeBool(false));
    expect(either).toBeInstanceOf(SomeBool);
    expect(either.isConstant).toBe(false);
  });

  it('equal int constants stay constant, different ones widen, keeping non-negativity when both are', () => {
    expect(union(int(3n), int(3n))).toEqual(int(3n));
    const both = union(int(3n), int(4n)) as SomeInteger;
    expect(both.isConstant).toBe(false);
    expect(both.nonneg).toBe(true);
    expect((union(int(3n), int(-4n)) as SomeInteger).nonneg).toBe(false);
  });

  it('infers non-negativity from constants and bools', () => {
    expect(int(0n).nonneg).toBe(true);
    expect(int(-1n).nonneg).toBe(false);
    expect(int().nonneg).toBe(false);
    expect(new SomeBool().nonneg).toBe(true);
  });

  it('refuses int with float, in both orders', () => {
    const error = unionError(int(), new SomeFloat());
    expect(error.left).toBeInstanceOf(SomeInteger);
    expect(error.right).toBeInstanceOf(SomeFloat);
    expect(error.message).toBe('no union of int and float');
    expect(unionError(new SomeFloat(), new SomeBool()).message).toBe('no union of float and bool');
  });

  it('joins floats, keeping an equal constant', () => {
    expect(union(new SomeFloat(1.5), new SomeFloat(1.5))).toEqual(new SomeFloat(1.5));
    expect(union(new SomeFloat(1.5), new SomeFloat(2)).isConstant).toBe(false);
  });
});

describe('None', () => {
  it('with a str makes a str or None, in both orders', () => {
    for (const s of [union(new SomeNone(), new SomeString()), union(new SomeString(), new SomeNone())]) {
      expect(s).toBeInstanceOf(SomeString);
      expect(s.canBeNone).toBe(true);
      expect(String(s)).toBe('str or None');
    }
  });

  it('with a list or an instance admits None too', () => {
    const list = listOf(int());
    const s = union(list, new SomeNone()) as SomeList;
    expect(s.canBeNone).toBe(true);
    expect(s.listdef).toBe(list.listdef);
    const { circle } = classes();
    expect(String(union(new SomeNone(), new SomeInstance(circle)))).toBe('Circle or None');
  });

  it('has no union with an int, a float or a bool', () => {
    expect(unionError(new SomeNone(), int()).message).toBe('no union of None and int');
    unionError(new SomeFloat(), new SomeNone());
    unionError(new SomeBool(), new SomeNone());
  });

  it('with None is None', () => {
    expect(union(new SomeNone(), new SomeNone())).toBeInstanceOf(SomeNone);
  });
});

describe('strings', () => {
  it('keep an equal constant and drop a different one', () => {
    expect(union(new SomeString({ constant: 'a' }), new SomeString({ constant: 'a' })).constValue).toBe('a');
    const s = union(new SomeString({ constant: 'a' }), new SomeString({ constant: 'b' }));
    expect(s.isConstant).toBe(false);
  });

  it('keep canBeNone from either side', () => {
    expect(union(new SomeString({ canBeNone: true }), new SomeString()).canBeNone).toBe(true);
    expect(union(new SomeString(), new SomeString({ canBeNone: true })).canBeNone).toBe(true);
  });

  it('have no union with ints', () => {
    expect(unionError(new SomeString(), int()).message).toBe('no union of str and int');
  });
});

describe('the bottom', () => {
  it('impossible is the identity of union, on both sides', () => {
    const values: SomeValue[] = [int(), new SomeFloat(), new SomeNone(), new SomeString(), listOf(int())];
    for (const v of values) {
      expect(union(s_ImpossibleValue, v)).toBe(v);
      expect(union(v, s_ImpossibleValue)).toBe(v);
    }
    expect(union(s_ImpossibleValue, new SomeImpossible())).toBeInstanceOf(SomeImpossible);
  });
});

describe('lists', () => {
  it('merge their item definitions, so both lists share one item type', () => {
    const a = listOf(int(1n));
    const b = listOf(new SomeBool());
    const s = union(a, b) as SomeList;
    expect(a.listdef.item).toBe(b.listdef.item);
    expect(s.listdef.item).toBe(a.listdef.item);
    const item = a.listdef.item.value as SomeInteger;
    expect(item.constructor).toBe(SomeInteger);
    expect(item.mayBeBool).toBe(true);
    expect(String(s)).toBe('list[int]');
  });

  it('merge into one item every list that met any of them', () => {
    const a = listOf(int());
    const b = listOf(int());
    const c = listOf(int());
    union(a, b);
    union(b, c);
    expect(new Set([a.listdef.item, b.listdef.item, c.listdef.item]).size).toBe(1);
    expect(a.listdef.item.listdefs.size).toBe(3);
  });

  it('have no union when their items have none', () => {
    expect(() => union(listOf(int()), listOf(new SomeString()))).toThrow(UnionError);
  });

  it('compatible() answers without merging', () => {
    const a = listOf(int());
    const b = listOf(int(2n));
    expect(compatible(a, b)).toBe(true);
    expect(a.listdef.item).not.toBe(b.listdef.item);
    expect(compatible(listOf(int()), listOf(new SomeFloat()))).toBe(false);
  });

  it('an empty list takes the item type of the other', () => {
    const empty = listOf(s_ImpossibleValue);
    const full = listOf(new SomeString());
    union(empty, full);
    expect(String(empty)).toBe('list[str]');
  });
});

describe('tuples', () => {
  it('unite item by item', () => {
    const s = union(new SomeTuple([int(1n), new SomeString()]), new SomeTuple([int(2n), new SomeString({ canBeNone: true })]));
    expect(String(s)).toBe('tuple[int, str or None]');
    expect(s.isConstant).toBe(false);
  });

  it('of constants are constants', () => {
    const t = new SomeTuple([int(1n), new SomeString({ constant: 'a' })]);
    expect(t.isConstant).toBe(true);
    expect(t.constValue).toEqual([1n, 'a']);
    expect(annotationEquals(union(t, new SomeTuple([int(1n), new SomeString({ constant: 'a' })])), t)).toBe(true);
  });

  it('of different lengths have no union', () => {
    unionError(new SomeTuple([int()]), new SomeTuple([int(), int()]));
  });
});

describe('instances', () => {
  it('unite at their nearest common base class', () => {
    const { shape, circle, square } = classes();
    const s = union(new SomeInstance(circle), new SomeInstance(square)) as SomeInstance;
    expect(s.classdef).toBe(shape);
    expect((union(new SomeInstance(circle), new SomeInstance(shape)) as SomeInstance).classdef).toBe(shape);
    expect((union(new SomeInstance(circle), new SomeInstance(circle)) as SomeInstance).classdef).toBe(circle);
  });

  it('keep canBeNone from either side', () => {
    const { circle, square } = classes();
    expect(union(new SomeInstance(circle, true), new SomeInstance(square)).canBeNone).toBe(true);
  });

  it('of unrelated classes have no union', () => {
    const { circle, other } = classes();
    expect(unionError(new SomeInstance(circle), new SomeInstance(other)).message).toBe('no union of Circle and Other');
  });
});

describe('other annotations', () => {
  it('sets of prebuilt constants unite their descriptions', () => {
    const f = new FakeDesc('f');
    const g = new FakeDesc('g');
    const single = new SomePBC([f]);
    expect(single.isConstant).toBe(true);
    expect(single.constValue).toBe(f.pyobj);
    const both = union(single, new SomePBC([g])) as SomePBC;
    expect([...both.descs]).toEqual([f, g]);
    expect(both.isConstant).toBe(false);
    expect(String(both)).toBe('{f, g}');
    expect(union(single, new SomeNone()).canBeNone).toBe(true);
  });

  it('ranges keep non-negativity and a common step', () => {
    const s = union(new SomeRange(true, 1n), new SomeRange(true, 1n)) as SomeRange;
    expect([s.nonneg, s.step]).toEqual([true, 1n]);
    const t = union(new SomeRange(true, 1n), new SomeRange(false, -1n)) as SomeRange;
    expect([t.nonneg, t.step]).toEqual([false, null]);
  });

  it('iterators of different kinds have no union', () => {
    const list = listOf(int());
    expect(union(new SomeIterator(list), new SomeIterator(list))).toBeInstanceOf(SomeIterator);
    unionError(new SomeIterator(list, 'items'), new SomeIterator(list, 'enumerate'));
  });

  it('builtins unite only with the same builtin', () => {
    expect(union(new SomeBuiltin('len'), new SomeBuiltin('len'))).toBeInstanceOf(SomeBuiltin);
    unionError(new SomeBuiltin('len'), new SomeBuiltin('abs'));
    unionError(new SomeBuiltin('list.append', listOf(int())), new SomeBuiltin('list.append'));
  });

  it('constant objects unite only with themselves', () => {
    const stdout = new SomeConstantObject('stdout', 'sys.stdout');
    expect(union(stdout, new SomeConstantObject('stdout', 'sys.stdout'))).toBe(stdout);
    expect(unionError(stdout, new SomeConstantObject('stderr', 'sys.stderr')).message).toBe('no union of sys.stdout and sys.stderr');
  });
});

describe('contains', () => {
  it('is union(a, b) == a', () => {
    expect(contains(int(), int(5n))).toBe(true);
    expect(contains(int(5n), int())).toBe(false);
    expect(contains(int(), int(5n, true))).toBe(true);
    expect(contains(int(undefined, true), int(-1n))).toBe(false);
    expect(contains(new SomeString({ canBeNone: true }), new SomeNone())).toBe(true);
    expect(contains(new SomeString(), new SomeNone())).toBe(false);
    expect(contains(new SomeString(), new SomeString({ constant: 'x' }))).toBe(true);
  });

  it('is false where no union exists instead of throwing', () => {
    expect(contains(new SomeFloat(), int())).toBe(false);
    expect(contains(int(), new SomeNone())).toBe(false);
  });

  it('holds for the bottom on the right, and not on the left', () => {
    expect(contains(int(), s_ImpossibleValue)).toBe(true);
    expect(contains(s_ImpossibleValue, int())).toBe(false);
  });

  it('separates bools from ints that may not be bools', () => {
    expect(contains(int(), new SomeBool())).toBe(false);
    expect(contains(new SomeInteger({ mayBeBool: true }), new SomeBool())).toBe(true);
  });

  it('of an instance of a base holds its subclasses, not the reverse', () => {
    const { shape, circle } = classes();
    expect(contains(new SomeInstance(shape), new SomeInstance(circle))).toBe(true);
    expect(contains(new SomeInstance(circle), new SomeInstance(shape))).toBe(false);
  });

  it('holds for lists whose items would merge into the first one\'s, without merging them', () => {
    const a = listOf(int());
    const b = listOf(int(1n, true));
    expect(contains(a, b)).toBe(true);
    expect(contains(a, listOf(new SomeString()))).toBe(false);
    expect(a.listdef.item).not.toBe(b.listdef.item);
  });
});

describe('annotationEquals', () => {
  it('compares the class, the constant and each annotation\'s fields', () => {
    expect(annotationEquals(int(), int())).toBe(true);
    expect(annotationEquals(int(), int(undefined, true))).toBe(false);
    expect(annotationEquals(int(), new SomeInteger({ mayBeBool: true }))).toBe(false);
    expect(annotationEquals(int(1n), int(1n))).toBe(true);
    expect(annotationEquals(int(1n), int(2n))).toBe(false);
    expect(annotationEquals(new SomeBool(), int(undefined, true))).toBe(false);
    expect(annotationEquals(new SomeString(), new SomeString({ canBeNone: true }))).toBe(false);
    expect(annotationEquals(new SomeFloat(Number.NaN), new SomeFloat(Number.NaN))).toBe(true);
  });

  it('treats lists as equal when they share their item', () => {
    const a = listOf(int());
    const b = listOf(int());
    expect(annotationEquals(a, b)).toBe(false);
    union(a, b);
    expect(annotationEquals(a, b)).toBe(true);
  });

  it('compares tuples item by item, constant or not', () => {
    expect(annotationEquals(new SomeTuple([int(1n)]), new SomeTuple([int(1n)]))).toBe(true);
    expect(annotationEquals(new SomeTuple([int(1n)]), new SomeTuple([int()]))).toBe(false);
    expect(annotationEquals(new SomeTuple([int()]), new SomeTuple([int(), int()]))).toBe(false);
  });

  it('compares sets of descriptions and class definitions', () => {
    const f = new FakeDesc('f');
    const g = new FakeDesc('g');
    expect(annotationEquals(new SomePBC([f, g]), new SomePBC([g, f]))).toBe(true);
    expect(annotationEquals(new SomePBC([f]), new SomePBC([f, g]))).toBe(false);
    const { circle, square } = classes();
    expect(annotationEquals(new SomeInstance(circle), new SomeInstance(circle))).toBe(true);
    expect(annotationEquals(new SomeInstance(circle), new SomeInstance(square))).toBe(false);
  });
});

describe('printing and constants', () => {
  it('prints each annotation as `wyrm annotate` shows it', () => {
    expect([
      String(s_ImpossibleValue), String(new SomeBool()), String(int()), String(new SomeFloat()), String(new SomeNone()),
      String(listOf(new SomeFloat())), String(new SomeTuple([int(), new SomeString()])), String(new SomeRange(true, 1n)),
      String(new SomeBuiltin('len')), String(new SomeBuiltin('list.append', listOf(int()))),
    ]).toEqual(['impossible', 'bool', 'int', 'float', 'None', 'list[float]', 'tuple[int, str]', 'range', 'builtin len', 'method list.append']);
  });

  it('withoutConstant keeps the set and drops the constant', () => {
    const c = int(-3n);
    const plain = c.withoutConstant() as SomeInteger;
    expect(plain.isConstant).toBe(false);
    expect(plain.nonneg).toBe(false);
    expect(new SomeBool(true).withoutConstant()).toEqual(new SomeBool());
    expect(new SomeString({ constant: 'a', canBeNone: true }).withoutConstant().canBeNone).toBe(true);
    const t = new SomeTuple([int(1n), new SomeFloat(2)]).withoutConstant() as SomeTuple;
    expect(t.isConstant).toBe(false);
    expect(t.items.every((i) => !i.isConstant)).toBe(true);
  });
});

describe('bools that narrow other variables', () => {
  const { shape, circle, square } = classes();
  const x = new Variable('x');
  const y = new Variable('y');
  const narrowing = (entries: [Variable, SomeValue][]): Map<Variable, SomeValue> => new Map(entries);

  it('keep, in a union, what both narrow: each variable to the union of the two', () => {
    const a = new SomeBool(undefined, { ifTrue: narrowing([[x, new SomeInstance(circle)], [y, new SomeInstance(circle)]]) });
    const b = new SomeBool(undefined, { ifTrue: narrowing([[x, new SomeInstance(square)]]), ifFalse: narrowing([[x, new SomeInstance(shape)]]) });
    const merged = union(a, b) as SomeBool;
    expect([...merged.ifTrue!.keys()]).toEqual([x]);
    expect(annotationEquals(merged.ifTrue!.get(x)!, new SomeInstance(shape))).toBe(true);
    expect(merged.ifFalse).toBeNull();
  });

  it('are equal only with the same narrowing, so that a block is annotated again when it shrinks', () => {
    const a = new SomeBool(undefined, { ifTrue: narrowing([[x, new SomeInstance(circle)]]) });
    const same = new SomeBool(undefined, { ifTrue: narrowing([[x, new SomeInstance(circle)]]) });
    expect(annotationEquals(a, same)).toBe(true);
    expect(annotationEquals(a, new SomeBool())).toBe(false);
    expect(annotationEquals(a, new SomeBool(undefined, { ifTrue: narrowing([[x, new SomeInstance(shape)]]) }))).toBe(false);
  });
});
