// union(a, b): the smallest annotation containing both, or a UnionError when the two sets have
// no translatable union (int and str, int and None...). `compatible(a, b)` answers whether the
// union exists without performing it (a union of lists merges their item definitions, which is
// a side effect the specializer must not trigger while it only compares signatures).

import {
  SomeBool, SomeBuiltin, SomeConstantObject, SomeFloat, SomeImpossible, SomeInteger, SomeIterator,
  SomeCharBuffer, SomeInstance, SomeList, SomeMethod, SomeMethodSet, SomeNone, SomeNullable, SomePBC, SomeRange, SomeString, SomeTuple, SomeValue,
} from './model.ts';
import { SomeDict, SomeDictView, SomeSet, type Narrowing } from './model.ts';
import type { Variable } from '../frontend/flowmodel.ts';
import type { DictDef } from './dictdef.ts';
import { PairDispatch } from './pairtype.ts';

export class UnionError extends Error {
  readonly left: SomeValue;
  readonly right: SomeValue;
  constructor(left: SomeValue, right: SomeValue) {
    super(`no union of ${left.toString()} and ${right.toString()}`);
    this.left = left;
    this.right = right;
  }
}

type UnionRule = (a: SomeValue, b: SomeValue, merge: boolean) => SomeValue;
const rules = new PairDispatch<UnionRule>();

function sameConstant(a: SomeValue, b: SomeValue): boolean {
  return a.isConstant && b.isConstant && Object.is(a.constValue, b.constValue);
}

/**
 * What both narrowings say: the variables both narrow, each to the union of the two (RPython's
 * merge of knowntypedata); null when none is left.
 */
function commonNarrowing(a: Narrowing | null, b: Narrowing | null): Narrowing | null {
  if (a === null || b === null) return null;
  if (a === b) return a;
  const common = new Map<Variable, SomeValue>();
  for (const [v, s] of a) {
    const t = b.get(v);
    if (t === undefined || !compatible(s, t)) continue;
    common.set(v, union(s, t));
  }
  return common.size > 0 ? common : null;
}

/** Two bools: a constant only if both are that constant, and only the narrowing both carry. */
function unionOfBools(x: SomeBool, y: SomeBool): SomeBool {
  const constant = sameConstant(x, y) ? (x.constValue as boolean) : undefined;
  const ifTrue = commonNarrowing(x.ifTrue, y.ifTrue);
  const ifFalse = commonNarrowing(x.ifFalse, y.ifFalse);
  if (constant !== undefined && ifTrue === x.ifTrue && ifFalse === x.ifFalse) return x;
  return new SomeBool(constant, { ifTrue, ifFalse });
}

/** Whether two narrowings narrow the same variables to the same annotations. */
function narrowingEquals(a: Narrowing | null, b: Narrowing | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.size !== b.size) return false;
  for (const [v, s] of a) {
    const t = b.get(v);
    if (t === undefined || !annotationEquals(s, t)) return false;
  }
  return true;
}

rules.register(SomeValue, SomeImpossible, (a) => a);
rules.register(SomeImpossible, SomeValue, (_a, b) => b);

rules.register(SomeInteger, SomeInteger, (a, b) => {
  const x = a as SomeInteger;
  const y = b as SomeInteger;
  if (x instanceof SomeBool && y instanceof SomeBool) return unionOfBools(x, y);
  if (sameConstant(x, y) && !(x instanceof SomeBool) && !(y instanceof SomeBool)) return x;
  const mayBeBool = x.mayBeBool || y.mayBeBool || x instanceof SomeBool || y instanceof SomeBool;
  return new SomeInteger({ nonneg: x.nonneg && y.nonneg, mayBeBool });
});

rules.register(SomeFloat, SomeFloat, (a, b) => (sameConstant(a, b) ? a : new SomeFloat()));
rules.register(SomeNone, SomeNone, (a) => a);
rules.register(SomeNone, SomeNullable, (_a, b) => (b as SomeNullable).withNone(true));
rules.register(SomeNullable, SomeNone, (a) => (a as SomeNullable).withNone(true));

rules.register(SomeString, SomeString, (a, b) => {
  const canBeNone = a.canBeNone || b.canBeNone;
  if (sameConstant(a, b)) return a;
  return new SomeString({ canBeNone });
});

rules.register(SomeList, SomeList, (a, b, merge) => {
  const x = a as SomeList;
  const y = b as SomeList;
  if (merge) {
    x.listdef.unionWith(y.listdef);
  } else if (x.listdef.item !== y.listdef.item) {
    // Two different lists whose item types are not known yet may turn out different: keep
    // them apart rather than merge them on incomplete information.
    const xi = x.listdef.item.value;
    const yi = y.listdef.item.value;
    if (xi instanceof SomeImpossible || yi instanceof SomeImpossible || !compatible(xi, yi)) throw new UnionError(a, b);
    // A list of bools and a list of ints would merge into a list whose items print either
    // way; a function called with both gets one specialization each instead.
    if ((xi instanceof SomeBool) !== (yi instanceof SomeBool)) throw new UnionError(a, b);
  }
  return new SomeList(x.listdef, x.canBeNone || y.canBeNone);
});

/** Dicts (sets) meeting in a variable share their definition, as lists do. */
function dictUnion(a: SomeDict | SomeSet, b: SomeDict | SomeSet, merge: boolean): DictDef {
  const x = a.dictdef;
  const y = b.dictdef;
  if (merge) {
    x.unionWith(y);
  } else if (!x.sameAs(y)) {
    // Different dicts whose types are not known yet may turn out different: keep them apart.
    const pairs = [[x.keys.item.value, y.keys.item.value]];
    if (!x.isSet) pairs.push([x.values.item.value, y.values.item.value]);
    for (const [xi, yi] of pairs as [SomeValue, SomeValue][]) {
      if (xi instanceof SomeImpossible || yi instanceof SomeImpossible || !compatible(xi, yi)) throw new UnionError(a, b);
      // Bools and ints print differently: a function called with both specializes for each.
      if ((xi instanceof SomeBool) !== (yi instanceof SomeBool)) throw new UnionError(a, b);
    }
  }
  return x;
}

rules.register(SomeDict, SomeDict, (a, b, merge) => new SomeDict(dictUnion(a as SomeDict, b as SomeDict, merge), a.canBeNone || b.canBeNone));
rules.register(SomeSet, SomeSet, (a, b, merge) => new SomeSet(dictUnion(a as SomeSet, b as SomeSet, merge), a.canBeNone || b.canBeNone));
rules.register(SomeDictView, SomeDictView, (a, b, merge) => {
  const x = a as SomeDictView;
  const y = b as SomeDictView;
  if (x.variant !== y.variant) throw new UnionError(a, b);
  return new SomeDictView(new SomeDict(dictUnion(x.dict, y.dict, merge)), x.variant);
});

rules.register(SomeTuple, SomeTuple, (a, b, merge) => {
  const x = a as SomeTuple;
  const y = b as SomeTuple;
  if (x.items.length !== y.items.length) throw new UnionError(a, b);
  // As for lists: items not known yet may turn out different, so do not share on them.
  if (!merge && x.items.some((item, i) => (item instanceof SomeImpossible) !== (y.items[i] instanceof SomeImpossible))) throw new UnionError(a, b);
  return new SomeTuple(x.items.map((item, i) => unionWith(item, y.items[i]!, merge)));
});

rules.register(SomePBC, SomePBC, (a, b) => {
  const x = a as SomePBC;
  const y = b as SomePBC;
  return new SomePBC([...x.descs, ...y.descs], x.canBeNone || y.canBeNone);
});

rules.register(SomeBuiltin, SomeBuiltin, (a, b, merge) => {
  const x = a as SomeBuiltin;
  const y = b as SomeBuiltin;
  if (x.name !== y.name) throw new UnionError(a, b);
  if (x.self === null && y.self === null) return x;
  if (x.self === null || y.self === null) throw new UnionError(a, b);
  return new SomeBuiltin(x.name, unionWith(x.self, y.self, merge));
});

rules.register(SomeRange, SomeRange, (a, b) => {
  const x = a as SomeRange;
  const y = b as SomeRange;
  return new SomeRange(x.nonneg && y.nonneg, x.step === y.step ? x.step : null);
});

rules.register(SomeIterator, SomeIterator, (a, b, merge) => {
  const x = a as SomeIterator;
  const y = b as SomeIterator;
  if (x.variant !== y.variant) throw new UnionError(a, b);
  return new SomeIterator(unionWith(x.container, y.container, merge), x.variant);
});

rules.register(SomeInstance, SomeInstance, (a, b) => {
  const x = a as SomeInstance;
  const y = b as SomeInstance;
  const base = x.classdef.commonBase(y.classdef);
  if (!base) throw new UnionError(a, b);
  return new SomeInstance(base, x.canBeNone || y.canBeNone);
});

function methodUnion(x: SomeMethod, y: SomeMethod, merge: boolean): SomeMethod {
  if (x.name !== y.name || x.binding !== y.binding) throw new UnionError(x, y);
  const implementations = [...x.implementations];
  for (const impl of y.implementations) if (!implementations.some((i) => i.func === impl.func)) implementations.push(impl);
  return new SomeMethod(x.name, unionWith(x.self, y.self, merge), implementations, x.binding);
}

/** Bound methods of several names: one entry per name, the same names unified. */
function methodSetUnion(a: SomeValue, b: SomeValue, merge: boolean): SomeValue {
  const methods: SomeMethod[] = [];
  for (const m of [a, b].flatMap((s) => (s instanceof SomeMethodSet ? s.methods : [s as SomeMethod]))) {
    // A classmethod's `self` is its class: only methods bound to instances mix.
    if (m.binding !== 'method') throw new UnionError(a, b);
    const i = methods.findIndex((other) => other.name === m.name);
    if (i < 0) methods.push(m);
    else methods[i] = methodUnion(methods[i]!, m, merge);
  }
  return methods.length === 1 ? methods[0]! : new SomeMethodSet(methods);
}

rules.register(SomeMethod, SomeMethod, (a, b, merge) => {
  const x = a as SomeMethod;
  const y = b as SomeMethod;
  if (x.name !== y.name && x.binding === 'method' && y.binding === 'method') return methodSetUnion(x, y, merge);
  return methodUnion(x, y, merge);
});
rules.register(SomeMethodSet, SomeMethod, methodSetUnion);
rules.register(SomeMethod, SomeMethodSet, methodSetUnion);
rules.register(SomeMethodSet, SomeMethodSet, methodSetUnion);

rules.register(SomeCharBuffer, SomeCharBuffer, (a, b) => {
  // A function given both kinds of buffer specializes for each.
  if ((a as SomeCharBuffer).narrow !== (b as SomeCharBuffer).narrow) throw new UnionError(a, b);
  return a;
});

rules.register(SomeConstantObject, SomeConstantObject, (a, b) => {
  if (!Object.is(a.constValue, b.constValue)) throw new UnionError(a, b);
  return a;
});

function unionWith(a: SomeValue, b: SomeValue, merge: boolean): SomeValue {
  if (a === b) return a;
  const rule = rules.lookup(a, b);
  if (!rule) throw new UnionError(a, b);
  return rule(a, b, merge);
}

export function union(a: SomeValue, b: SomeValue): SomeValue {
  return unionWith(a, b, true);
}

export function compatible(a: SomeValue, b: SomeValue): boolean {
  try {
    unionWith(a, b, false);
    return true;
  } catch (error) {
    if (error instanceof UnionError) return false;
    throw error;
  }
}

/** Whether two annotations describe the same set. */
export function annotationEquals(a: SomeValue, b: SomeValue): boolean {
  if (a === b) return true;
  if (a.constructor !== b.constructor) return false;
  if (a.isConstant !== b.isConstant || (a.isConstant && !Object.is(a.constValue, b.constValue))) {
    if (!(a instanceof SomeTuple)) return false;
  }
  if (a.canBeNone !== b.canBeNone) return false;
  if (a instanceof SomeBool) return narrowingEquals(a.ifTrue, (b as SomeBool).ifTrue) && narrowingEquals(a.ifFalse, (b as SomeBool).ifFalse);
  if (a instanceof SomeInteger) {
    const y = b as SomeInteger;
    return a.nonneg === y.nonneg && a.mayBeBool === y.mayBeBool;
  }
  if (a instanceof SomeCharBuffer) return a.narrow === (b as SomeCharBuffer).narrow;
  if (a instanceof SomeList) return a.listdef.item === (b as SomeList).listdef.item;
  if (a instanceof SomeDict || a instanceof SomeSet) return a.dictdef.sameAs((b as SomeDict | SomeSet).dictdef);
  if (a instanceof SomeDictView) return a.variant === (b as SomeDictView).variant && a.dict.dictdef.sameAs((b as SomeDictView).dict.dictdef);
  if (a instanceof SomeTuple) {
    const y = b as SomeTuple;
    return a.items.length === y.items.length && a.items.every((item, i) => annotationEquals(item, y.items[i]!));
  }
  if (a instanceof SomePBC) {
    const y = b as SomePBC;
    return a.descs.size === y.descs.size && [...a.descs].every((d) => y.descs.has(d));
  }
  if (a instanceof SomeBuiltin) {
    const y = b as SomeBuiltin;
    if (a.name !== y.name) return false;
    if (a.self === null || y.self === null) return a.self === y.self;
    return annotationEquals(a.self, y.self);
  }
  if (a instanceof SomeRange) {
    const y = b as SomeRange;
    return a.nonneg === y.nonneg && a.step === y.step;
  }
  if (a instanceof SomeIterator) {
    const y = b as SomeIterator;
    return a.variant === y.variant && annotationEquals(a.container, y.container);
  }
  if (a instanceof SomeInstance) return a.classdef === (b as SomeInstance).classdef;
  if (a instanceof SomeMethodSet) {
    const y = b as SomeMethodSet;
    return a.methods.length === y.methods.length && a.methods.every((m) => y.methods.some((other) => other.name === m.name && annotationEquals(m, other)));
  }
  if (a instanceof SomeMethod) {
    const y = b as SomeMethod;
    return (
      a.name === y.name &&
      a.implementations.length === y.implementations.length &&
      a.implementations.every((impl) => y.implementations.some((other) => other.func === impl.func)) &&
      annotationEquals(a.self, y.self)
    );
  }
  return true;
}

/** contains(a, b): every object of b is in a, i.e. union(a, b) equals a. */
export function contains(a: SomeValue, b: SomeValue): boolean {
  try {
    return annotationEquals(unionWith(a, b, false), a);
  } catch (error) {
    if (error instanceof UnionError) return false;
    throw error;
  }
}
