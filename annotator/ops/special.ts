// Operators on instances call their special methods, as in CPython: `a + b` is a.__add__(b) or
// else b.__radd__(a), `a < b` is a.__lt__(b) or else b.__gt__(a), `a != b` falls back to not
// a.__eq__(b), `x[i]` is x.__getitem__(i), `if x:` is x.__bool__() or else x.__len__() != 0.
// The choice (which method, on which operand, negated or compared with 0) depends only on the
// annotations, so the annotator and the lowering compute it with the same function, `plan`.
// NotImplemented is not supported: a method that exists is the answer.

import { SomeBool, SomeInstance, SomeMethod, type SomeValue } from '../model.ts';
import { callMethod, implementationsOf } from './instances.ts';
import type { OpRequest } from './registry.ts';
import { Variable } from '../../frontend/flowmodel.ts';

export interface SpecialPlan {
  method: string;
  /** The operand whose method is called. */
  self: number;
  /** The operands passed as arguments, in order. */
  args: number[];
  /** How the method's result becomes the operation's: as is, negated, or compared with 0. */
  result: 'same' | 'not' | 'nonzero';
}

const BINARY: Record<string, string> = {
  add: 'add', sub: 'sub', mul: 'mul', truediv: 'truediv', floordiv: 'floordiv', mod: 'mod', pow: 'pow',
  lshift: 'lshift', rshift: 'rshift', and_: 'and', or_: 'or', xor: 'xor', matmul: 'matmul',
};
const REFLECTED_COMPARISON: Record<string, string> = { lt: 'gt', le: 'ge', gt: 'lt', ge: 'le', eq: 'eq', ne: 'ne' };
const UNARY: Record<string, string> = { neg: '__neg__', pos: '__pos__', invert: '__invert__' };
const CONTAINER: Record<string, string> = { getitem: '__getitem__', setitem: '__setitem__', delitem: '__delitem__' };

type Has = (operand: number, method: string) => boolean;

/** The special method `opname` calls on these operands, or null when none applies. */
export function plan(opname: string, count: number, has: Has): SpecialPlan | null {
  const call = (method: string, self: number, args: number[], result: SpecialPlan['result'] = 'same'): SpecialPlan => ({ method, self, args, result });
  const inplace = opname.startsWith('inplace_');
  const base = inplace ? opname.slice('inplace_'.length) : opname;
  if (BINARY[base] !== undefined && count === 2) {
    const name = BINARY[base];
    if (inplace && has(0, `__i${name}__`)) return call(`__i${name}__`, 0, [1]);
    if (has(0, `__${name}__`)) return call(`__${name}__`, 0, [1]);
    if (has(1, `__r${name}__`)) return call(`__r${name}__`, 1, [0]);
    return null;
  }
  if (REFLECTED_COMPARISON[opname] !== undefined && count === 2) {
    if (has(0, `__${opname}__`)) return call(`__${opname}__`, 0, [1]);
    const reflected = REFLECTED_COMPARISON[opname];
    if (has(1, `__${reflected}__`)) return call(`__${reflected}__`, 1, [0]);
    if (opname === 'ne') {
      if (has(0, '__eq__')) return call('__eq__', 0, [1], 'not');
      if (has(1, '__eq__')) return call('__eq__', 1, [0], 'not');
    }
    return null;
  }
  if (UNARY[opname] !== undefined && has(0, UNARY[opname])) return call(UNARY[opname], 0, []);
  if (CONTAINER[opname] !== undefined && has(0, CONTAINER[opname])) return call(CONTAINER[opname], 0, [...Array(count).keys()].slice(1));
  if (opname === 'contains' && has(0, '__contains__')) return call('__contains__', 0, [1]);
  if (opname === 'bool') {
    if (has(0, '__bool__')) return call('__bool__', 0, []);
    if (has(0, '__len__')) return call('__len__', 0, [], 'nonzero');
  }
  if (opname === 'len' && has(0, '__len__')) return call('__len__', 0, []);
  if (opname === 'abs' && has(0, '__abs__')) return call('__abs__', 0, []);
  return null;
}

/** The plan for an operation of the annotator, with `has` looking at the instances' classes. */
export function planFor(req: OpRequest, opname: string, args: readonly SomeValue[]): SpecialPlan | null {
  if (!args.some((a) => a instanceof SomeInstance)) return null;
  return plan(opname, args.length, (i, name) => {
    const a = args[i];
    return a instanceof SomeInstance && implementationsOf(req, a.classdef, name).length > 0;
  });
}

/** Annotates the special method call of `p`; returns the operation's result. */
export function callPlan(req: OpRequest, p: SpecialPlan, args: readonly SomeValue[]): SomeValue {
  let self = args[p.self] as SomeInstance;
  if (self.canBeNone) {
    // `if x:` with x possibly None: None is false, an instance asks its __bool__ or __len__.
    if (p.method !== '__bool__' && p.result !== 'nonzero') throw req.unsupported(`${p.method}() of a value that may be None (${self})`);
    self = self.withNone(false) as SomeInstance;
  }
  const method = new SomeMethod(p.method, self, implementationsOf(req, self.classdef, p.method));
  const result = callMethod(req, method, { shape: null, positional: p.args.map((i) => args[i]!), keywords: new Map() });
  const subject = req.op.args[p.self];
  if (req.op.opname === 'bool' && (args[p.self] as SomeInstance).canBeNone && subject instanceof Variable) {
    // `if x:` where x may be None: where the test holds, x is not None.
    return new SomeBool(undefined, { ifTrue: new Map([[subject, self]]) });
  }
  if (p.result === 'same') return result;
  return new SomeBool();
}
