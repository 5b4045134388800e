// Library plans for dicts and sets: which runtime library function (runtime/lib/dict.py,
// set.py, hash.py) an operation on a dict or set calls, with which of its arguments. The
// annotator's rules (dicts.ts) and the lowering (backend/lower/dicts.ts) share them, so that both
// name the same function for the same operation.

import { SomeBool, SomeDict, SomeDictView, SomeFloat, SomeInstance, SomeInteger, SomeNone, SomeSet, SomeString, SomeTuple, type SomeValue } from '../model.ts';
import { instanceHashFunction } from './instancehash.ts';

/** A dict, a set, or a view of a dict's keys, values or items. */
export type DictLike = SomeDict | SomeSet | SomeDictView;

/**
 * An argument of a plan: the index of one of the operation's values, an int constant, or
 * 'fresh': a new empty dict or set of the operation's result type, made by the operation (the
 * library fills it), which is then the operation's result.
 */
export type PlanArg = number | { readonly constant: bigint } | 'fresh';

export interface LibraryPlan {
  readonly name: string;
  readonly args: readonly PlanArg[];
  /** The operation's result is its first value (an in-place operator), not the call's result. */
  readonly returnsSelf?: boolean;
}

function plan(name: string, args: PlanArg[], returnsSelf = false): LibraryPlan {
  return { name, args, returnsSelf };
}

/** Whether the plan fills a new container that the operation makes (and returns). */
export function fillsFresh(p: LibraryPlan): boolean {
  return p.args.includes('fresh');
}

type Kind = 'set' | 'dict' | 'iter';

function kindOf(s: SomeValue): Kind {
  if (s instanceof SomeSet) return 'set';
  if (s instanceof SomeDict) return 'dict';
  return 'iter';
}

/** The function of a set method, for the annotations of [self, ...arguments]. */
export function setMethodPlan(name: string, args: readonly SomeValue[]): LibraryPlan | null {
  const other = args[1];
  const kind = other === undefined ? 'iter' : kindOf(other);
  switch (name) {
    case 'add':
    case 'remove':
    case 'discard':
    case 'pop':
    case 'clear':
      return plan(`set_${name}`, args.map((_, i) => i));
    case 'copy':
      return plan('set_from_set', [0]);
    case 'update':
      return plan(`set_update_${kind}`, [0, 1]);
    case 'union':
      return plan(`set_union_${kind}`, [0, 1]);
    case 'intersection':
      return plan(kind === 'set' ? 'set_intersection_set' : 'set_intersection_iter', [0, 1]);
    case 'intersection_update':
      return plan(kind === 'set' ? 'set_intersection_update_set' : 'set_intersection_update_iter', [0, 1]);
    case 'difference':
      return plan(kind === 'iter' ? 'set_difference_iter' : 'set_difference_set', [0, 1]);
    case 'difference_update':
      return plan('set_difference_update', [0, 1]);
    case 'symmetric_difference':
      return plan(`set_symmetric_difference_${kind}`, [0, 1]);
    case 'symmetric_difference_update':
      return plan(`set_symmetric_difference_update_${kind}`, [0, 1]);
    case 'issubset':
      return plan('set_issubset', [0, 1]);
    case 'issuperset':
      return plan('set_issubset', [1, 0]);
    case 'isdisjoint':
      return plan('set_isdisjoint', [0, 1]);
    default:
      return null;
  }
}

/** The function of a dict method, for the annotations of [self, ...arguments]. */
export function dictMethodPlan(name: string, args: readonly SomeValue[]): LibraryPlan | null {
  switch (name) {
    case 'get':
    case 'setdefault':
    case 'clear':
    case 'copy':
    case 'update':
    case 'popitem':
      return plan(`dict_${name}`, args.map((_, i) => i));
    case 'pop':
      return plan(args.length > 2 ? 'dict_pop_default' : 'dict_pop', args.map((_, i) => i));
    default:
      return null;
  }
}

export const SET_OPERATORS: Record<string, [string, boolean]> = {
  or_: ['union', false],
  and_: ['intersection', false],
  sub: ['difference', false],
  xor: ['symmetric_difference', false],
  inplace_or: ['update', true],
  inplace_and: ['intersection_update', true],
  inplace_sub: ['difference_update', true],
  inplace_xor: ['symmetric_difference_update', true],
};

/** The function of a binary operator on two sets (or `|` on two dicts), or null. */
export function operatorPlan(opname: string, a: SomeValue, b: SomeValue): LibraryPlan | null {
  if (a instanceof SomeSet && b instanceof SomeSet && !a.canBeNone && !b.canBeNone) {
    const entry = SET_OPERATORS[opname];
    if (!entry) return null;
    const method = setMethodPlan(entry[0], [a, b])!;
    return plan(method.name, method.args as PlanArg[], entry[1]);
  }
  if (a instanceof SomeDict && b instanceof SomeDict && !a.canBeNone && !b.canBeNone) {
    if (opname === 'or_') return plan('dict_or', [0, 1]);
    if (opname === 'inplace_or') return plan('dict_update', [0, 1], true);
  }
  return null;
}

const ORDER_CODES: Record<string, bigint> = { lt: 0n, le: 1n, gt: 2n, ge: 3n };

/** The function of a comparison of two dicts or two sets, or null. */
export function comparisonPlan(opname: string, a: SomeValue, b: SomeValue): LibraryPlan | null {
  if (a.canBeNone || b.canBeNone) return null;
  if (a instanceof SomeSet && b instanceof SomeSet) {
    if (opname === 'eq' || opname === 'ne') return plan('set_eq', [0, 1]);
    const code = ORDER_CODES[opname];
    return code === undefined ? null : plan('set_compare', [0, 1, { constant: code }]);
  }
  if (a instanceof SomeDict && b instanceof SomeDict && (opname === 'eq' || opname === 'ne')) return plan('dict_eq', [0, 1]);
  return null;
}

/** The function of `item in container` (values: [container, item]). */
export function containsPlan(container: DictLike): LibraryPlan | null {
  if (container instanceof SomeSet) return plan('set_contains', [0, 1]);
  if (container instanceof SomeDict) return plan('dict_contains', [0, 1]);
  if (container.variant === 'keys') return plan('dict_contains', [0, 1]);
  if (container.variant === 'values') return plan('dict_values_contains', [0, 1]);
  return null;
}

/** The function of set(x) or dict(x) (values: [x]). */
export function constructorPlan(name: 'set' | 'dict', arg: SomeValue): LibraryPlan {
  if (name === 'dict') return arg instanceof SomeDict ? plan('dict_copy', [0]) : plan('dict_fill_pairs', ['fresh', 0]);
  return arg instanceof SomeSet ? plan('set_from_set', [0]) : plan(`set_fill_${kindOf(arg)}`, ['fresh', 0]);
}

/** The library function hash(x) calls for x's type, or null when x is not hashable by Wyrm. */
export function hashFunction(s: SomeValue): string | null {
  if (s instanceof SomeNone) return 'hash_none';
  if (s.canBeNone) return 'hash_nullable';
  if (s instanceof SomeBool) return 'hash_bool';
  if (s instanceof SomeInteger) return 'hash_int';
  if (s instanceof SomeFloat) return 'hash_float';
  if (s instanceof SomeString) return 'hash_str';
  if (s instanceof SomeTuple && s.items.length <= 8) return `hash_tuple${s.items.length}`;
  if (s instanceof SomeInstance) return instanceHashFunction(s.classdef);
  return null;
}
