// Comparisons, identity, truth values and `in`. Their results are bools; when both operands are
// constants the result is folded into a constant, so that `if __name__ == '__main__':` and
// other tests on constants select one branch while annotating (RPython folds them likewise).

import {
  SomeBool, SomeFloat, SomeInteger, SomeList, SomeNone, SomeNullable, SomeRange, SomeString,
  SomeInstance, SomePBC, SomeTuple, type SomeValue,
} from '../model.ts';
import { PairDispatch } from '../pairtype.ts';
import { Variable } from '../../frontend/flowmodel.ts';
import { callLibrary } from './library.ts';
import type { OpRequest, OpRule } from './registry.ts';
import { SomeDict, SomeSet, isImpossible } from '../model.ts';
import { dictComparable } from './dicts.ts';
import { tupleItemUnion } from './containers.ts';
import { UnionError } from '../union.ts';

type Comparable = (req: OpRequest, a: SomeValue, b: SomeValue) => boolean;

/** Which operand pairs can be ordered (< <= > >=) and which compared for equality. */
const ordered = new PairDispatch<Comparable>();
const equality = new PairDispatch<Comparable>();

const yes: Comparable = () => true;
ordered.register(SomeInteger, SomeInteger, yes);
ordered.register(SomeInteger, SomeFloat, yes);
ordered.register(SomeFloat, SomeInteger, yes);
ordered.register(SomeFloat, SomeFloat, yes);
ordered.register(SomeString, SomeString, yes);
ordered.register(SomeList, SomeList, (req, a, b) => {
  if (!orderedItems(req, (a as SomeList).listdef.read(req.position), (b as SomeList).listdef.read(req.position))) return false;
  callLibrary(req, 'list_compare', [a, b]);
  return true;
});
ordered.register(SomeTuple, SomeTuple, (req, a, b) => {
  const x = a as SomeTuple;
  const y = b as SomeTuple;
  const n = Math.min(x.items.length, y.items.length);
  for (let i = 0; i < n; i++) if (!orderedItems(req, x.items[i]!, y.items[i]!)) return false;
  return true;
});

function orderedItems(req: OpRequest, a: SomeValue, b: SomeValue): boolean {
  const rule = ordered.lookup(a, b);
  return rule !== undefined && rule(req, a, b);
}

equality.register(SomeInteger, SomeInteger, yes);
equality.register(SomeInteger, SomeFloat, yes);
equality.register(SomeFloat, SomeInteger, yes);
equality.register(SomeFloat, SomeFloat, yes);
equality.register(SomeString, SomeString, yes);
equality.register(SomeNone, SomeNone, yes);
equality.register(SomeNullable, SomeNone, yes);
equality.register(SomeNone, SomeNullable, yes);
equality.register(SomeList, SomeList, (req, a, b) => {
  const x = (a as SomeList).listdef.read(req.position);
  const y = (b as SomeList).listdef.read(req.position);
  const rule = equality.lookup(x, y);
  if (rule === undefined || !rule(req, x, y)) return false;
  callLibrary(req, 'list_eq', [a, b]);
  return true;
});
equality.register(SomeDict, SomeDict, (req, a, b) => {
  const x = (a as SomeDict).dictdef.readValue(req.position);
  const y = (b as SomeDict).dictdef.readValue(req.position);
  const rule = equality.lookup(x, y);
  if (!isImpossible(x) && !isImpossible(y) && (rule === undefined || !rule(req, x, y))) return false;
  return dictComparable(req, 'eq', a, b);
});
equality.register(SomeSet, SomeSet, (req, a, b) => dictComparable(req, 'eq', a, b));
ordered.register(SomeSet, SomeSet, (req, a, b) => dictComparable(req, req.op.opname, a, b));
// Functions and classes compare by identity, and so do instances without __eq__ (special.ts
// handles those with one).
equality.register(SomePBC, SomePBC, () => true);
equality.register(SomeInstance, SomeInstance, () => true);
equality.register(SomeTuple, SomeTuple, (req, a, b) => {
  const x = a as SomeTuple;
  const y = b as SomeTuple;
  return x.items.length === y.items.length && x.items.every((item, i) => {
    const rule = equality.lookup(item, y.items[i]!);
    return rule !== undefined && rule(req, item, y.items[i]!);
  });
});

type Scalar = bigint | number | string | boolean | null;

function isScalarConstant(s: SomeValue): boolean {
  const v = s.constValue;
  return s.isConstant && (v === null || ['bigint', 'number', 'string', 'boolean'].includes(typeof v));
}

/** Python's comparison of two constants of the types above (bools compare as ints). */
function foldComparison(op: string, x: Scalar, y: Scalar): boolean | undefined {
  const num = (v: Scalar): bigint | number | null => (typeof v === 'boolean' ? (v ? 1n : 0n) : typeof v === 'bigint' || typeof v === 'number' ? v : null);
  const nx = num(x);
  const ny = num(y);
  if (op === 'eq' || op === 'ne') {
    let equal: boolean;
    if (nx !== null && ny !== null) equal = nx == ny; // bigint == number compares values, as Python does
    else equal = x === y;
    return op === 'eq' ? equal : !equal;
  }
  if (nx !== null && ny !== null) {
    if (op === 'lt') return nx < ny;
    if (op === 'le') return nx <= ny;
    if (op === 'gt') return nx > ny;
    if (op === 'ge') return nx >= ny;
  }
  return undefined;
}

function comparisonRule(op: string): OpRule {
  return (req) => {
    const [a, b] = req.args as [SomeValue, SomeValue];
    const table = op === 'eq' || op === 'ne' ? equality : ordered;
    const rule = table.lookup(a, b);
    if (!rule || !rule(req, a, b)) {
      if (op === 'eq' || op === 'ne') {
        // Objects of unrelated types are simply unequal in Python.
        if (!a.canBeNone && !b.canBeNone) return new SomeBool(op === 'ne');
      }
      throw req.unsupported(`'${req.op.opname === 'lt' ? '<' : req.op.opname === 'le' ? '<=' : req.op.opname === 'gt' ? '>' : req.op.opname === 'ge' ? '>=' : req.op.opname === 'eq' ? '==' : '!='}' not supported between ${a} and ${b}`);
    }
    if (isScalarConstant(a) && isScalarConstant(b)) {
      const folded = foldComparison(op, a.constValue as Scalar, b.constValue as Scalar);
      if (folded !== undefined) return new SomeBool(folded);
    }
    return new SomeBool();
  };
}

/** `x is y`: known when one side is None and the other cannot be (or both are None). */
const isRule: OpRule = (req) => {
  const [a, b] = req.args as [SomeValue, SomeValue];
  const aNone = a instanceof SomeNone;
  const bNone = b instanceof SomeNone;
  if (aNone && bNone) return new SomeBool(true);
  if ((aNone && !b.canBeNone) || (bNone && !a.canBeNone)) return new SomeBool(false);
  // `x is None` narrows x: None where it holds, not None where it does not.
  const [subject, other] = bNone ? [req.op.args[0], a] : aNone ? [req.op.args[1], b] : [null, null];
  if (subject instanceof Variable && other instanceof SomeNullable) {
    return new SomeBool(undefined, { ifTrue: new Map([[subject, new SomeNone()]]), ifFalse: new Map([[subject, other.withNone(false)]]) });
  }
  if (isScalarConstant(a) && isScalarConstant(b) && typeof a.constValue === typeof b.constValue) {
    return new SomeBool(a.constValue === b.constValue);
  }
  return new SomeBool();
};

/** The truth value of any object; constants fold. */
const boolRule: OpRule = (req) => {
  const a = req.args[0]!;
  if (a instanceof SomeNone) return new SomeBool(false);
  if (a instanceof SomeBool && !a.isConstant && (a.ifTrue || a.ifFalse)) return a;
  const subject = req.op.args[0];
  if (a instanceof SomeNullable && a.canBeNone && subject instanceof Variable) {
    // `if x:` with x possibly None: x is not None where the test holds.
    return new SomeBool(undefined, { ifTrue: new Map([[subject, a.withNone(false)]]) });
  }
  if (a.isConstant) {
    const v = a.constValue;
    if (typeof v === 'boolean') return new SomeBool(v);
    if (typeof v === 'bigint') return new SomeBool(v !== 0n);
    if (typeof v === 'number') return new SomeBool(v !== 0);
    if (typeof v === 'string') return new SomeBool(v.length > 0);
  }
  if (a instanceof SomeTuple) return new SomeBool(a.items.length > 0);
  return new SomeBool();
};

const boolNotRule: OpRule = (req) => {
  const a = req.args[0]!;
  if (a.isConstant) return new SomeBool(!a.constValue);
  if (a instanceof SomeBool) return new SomeBool(undefined, { ifTrue: a.ifFalse, ifFalse: a.ifTrue });
  return new SomeBool();
};

const containsRule: OpRule = (req) => {
  const [container, item] = req.args as [SomeValue, SomeValue];
  if (container instanceof SomeString) {
    if (!(item instanceof SomeString)) throw req.unsupported(`'in <string>' requires string as left operand, not ${item}`);
    callLibrary(req, 'str_contains', [container, item]);
    return new SomeBool();
  }
  if (container instanceof SomeList) {
    const items = container.listdef.read(req.position);
    if (equality.lookup(items, item) === undefined && !(items.canBeNone || item.canBeNone)) return new SomeBool(false);
    callLibrary(req, 'list_contains', [container, item]);
    return new SomeBool();
  }
  if (container instanceof SomeRange) {
    if (!(item instanceof SomeInteger)) return new SomeBool(false);
    return new SomeBool();
  }
  if (container instanceof SomeTuple) {
    if (container.items.length === 0) return new SomeBool(false);
    let items: SomeValue;
    try {
      items = tupleItemUnion(container);
    } catch (error) {
      if (error instanceof UnionError) throw req.unsupported(`'in' on a tuple of mixed types (${container}) is not supported; compare with each item`);
      throw error;
    }
    // A tuple of Nones has no run-time value to search: the answer is known, or is `x is None`.
    if (items instanceof SomeNone) {
      if (item instanceof SomeNone) return new SomeBool(true);
      if (!item.canBeNone) return new SomeBool(false);
      throw req.unsupported(`'in' on a tuple of None values is not supported; test 'is None' instead`);
    }
    // Nor has a tuple of known functions or classes (each is a constant, with no value at run time).
    if (container.items.every((s) => s instanceof SomeNone || (s instanceof SomePBC && s.isConstant))) {
      throw req.unsupported(`'in' on a tuple of functions or classes (${container}) is not supported; compare with 'is' instead`);
    }
    if (equality.lookup(items, item) === undefined && !(items.canBeNone || item.canBeNone)) return new SomeBool(false);
    // The library's search takes any iterable: a tuple of one item type is one.
    callLibrary(req, 'list_contains', [container, item]);
    return new SomeBool();
  }
  throw req.unsupported(`'in' is not supported on ${container}`);
};

export const comparisonRules: Record<string, OpRule> = {
  lt: comparisonRule('lt'),
  le: comparisonRule('le'),
  gt: comparisonRule('gt'),
  ge: comparisonRule('ge'),
  eq: comparisonRule('eq'),
  ne: comparisonRule('ne'),
  is_: isRule,
  bool: boolRule,
  bool_not: boolNotRule,
  contains: containsRule,
};
