// Calls with `*args`: `f(a, *t)` where t is a tuple passes its items as positional arguments,
// its length known when translating, so the call is annotated as `f(a, t[0], t[1])`. Where t is
// a list its length is known only at run time: the call is annotated once for each number of
// items the callee accepts (`f(a, x0)`, `f(a, x0, x1)`..., x the list's item type), and each
// number it does not accept records CPython's TypeError message, which the lowering
// (backend/lower/starcall.ts) raises when the list has that length. A callee with a *args
// parameter of its own would need a tuple of every length: that is refused for lists.
// print(*xs) of a list is a loop over the items.

import { Diag } from '../../diagnostics/catalog.ts';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import { CallShape } from '../../frontend/callshape.ts';
import type { FunctionGraph, SpaceOperation } from '../../frontend/flowmodel.ts';
import type { PyFunction } from '../../frontend/program.ts';
import { ClassDesc } from '../classdef.ts';
import { FunctionDesc } from '../description.ts';
import {
  SomeBuiltin, SomeImpossible, SomeInstance, SomeList, SomeMethod, SomeMethodSet, SomePBC, SomeTuple, s_ImpossibleValue, type SomeValue,
} from '../model.ts';
import { union, UnionError } from '../union.ts';
import type { CallArguments } from './builtins.ts';
import { implementationsOf } from './instances.ts';
import type { OpRequest } from './registry.ts';

/** A call's arguments with `items` appended to the positional ones (no *args left). */
export function withExtraPositional<T>(call: { shape: CallShape | null; positional: readonly T[]; keywords: ReadonlyMap<string, T> }, items: readonly T[]): {
  shape: CallShape | null;
  positional: T[];
  keywords: ReadonlyMap<string, T>;
} {
  const positional = [...call.positional, ...items];
  const shape = call.keywords.size > 0 ? new CallShape(positional.length, [...call.keywords.keys()]) : null;
  return { shape, positional, keywords: call.keywords };
}

/**
 * What a call `f(..., *xs)` of a list does for each length of xs: `outcomes[k]` is null when
 * the call with k items is valid, 'unreachable' when xs has no items yet (the list stays
 * empty), or CPython's TypeError message; past the last entry every length gives too many
 * arguments, and `tooMany` is that message for the last length (its count grows with n).
 */
export interface StarListPlan {
  readonly outcomes: readonly (string | null | 'unreachable')[];
  readonly tooMany: string | null;
}

const starListPlans = new WeakMap<SpaceOperation, StarListPlan>();

/** The plan recorded for a call with *args of a list (the lowering follows it). */
export function starListPlan(op: SpaceOperation): StarListPlan {
  const plan = starListPlans.get(op);
  if (!plan) throw new Error('no plan recorded for a call with *args of a list');
  return plan;
}

type CallWith = (req: OpRequest, callee: SomeValue, call: CallArguments) => SomeValue;

/** The functions a call through `callee` may run (for their signatures). */
function calledFunctions(req: OpRequest, callee: SomeValue): PyFunction[] {
  if (callee instanceof SomePBC) {
    return [...callee.descs].flatMap((desc) => {
      if (desc instanceof FunctionDesc) return [desc.func];
      if (desc instanceof ClassDesc) {
        const init = desc.lookup('__init__');
        return init?.kind === 'method' ? [init.func] : [];
      }
      return [];
    });
  }
  if (callee instanceof SomeMethod) return callee.implementations.map((impl) => impl.func);
  if (callee instanceof SomeMethodSet) return callee.methods.flatMap((m) => m.implementations.map((impl) => impl.func));
  if (callee instanceof SomeInstance) return implementationsOf(req, callee.classdef, '__call__').map((impl) => impl.func);
  return [];
}

/** The TypeErrors of a call whose arguments do not fit the callee's parameters. */
const ARITY = /takes .*arguments?|missing \d+ required|got multiple values|got an unexpected keyword|positional-only|takes no arguments/;

/** The message of a BadCall error (arguments that do not fit the callee), or null. */
function badCallMessage(error: unknown): string | null {
  if (!(error instanceof CompileError)) return null;
  const d = error.diagnostics[0];
  return d !== undefined && d.kind === Diag.BadCall && ARITY.test(d.message) ? d.message : null;
}

const TOO_MANY = / takes .* positional arguments? but \d+/;
/** No function of a program has more parameters than this. */
const MAX_ITEMS = 256;

/** A call whose last positional argument is `*star`. */
export function starCall(req: OpRequest, callee: SomeValue, call: CallArguments, star: SomeValue, callWith: CallWith): SomeValue {
  if (star instanceof SomeImpossible) return s_ImpossibleValue;
  if (star instanceof SomeTuple) return callWith(req, callee, withExtraPositional(call, star.items));
  if (!(star instanceof SomeList) || star.canBeNone) {
    throw req.error(Diag.UnsupportedOperation, `*args in a call needs a tuple or a list, not ${star}${star.canBeNone ? ' (test it with \'is not None\' first)' : ''}`);
  }
  // print(*xs) writes the items, however many there are (lower/builtins.ts).
  if (callee instanceof SomeBuiltin && callee.name === 'print' && callee.self === null) return callWith(req, callee, withExtraPositional(call, [star.listdef.read(req.position)]));
  if (callee instanceof SomeBuiltin) {
    throw req.error(Diag.UnsupportedOperation, `*args of a list in a call of ${callee.name}() is not supported (its number of arguments must be known when translating: pass a tuple)`);
  }
  if (calledFunctions(req, callee).some((f) => f.node.args.vararg)) {
    throw req.error(
      Diag.UnsupportedOperation,
      `*args of a list in a call of a function with a *args parameter is not supported (Wyrm needs the length of the tuple it receives): pass the list itself, or a tuple`,
    );
  }
  const item = star.listdef.read(req.position).withoutConstant();
  const outcomes: (string | null | 'unreachable')[] = [];
  let tooMany: string | null = null;
  let result: SomeValue = s_ImpossibleValue;
  const targets = new Map<FunctionDesc, FunctionGraph>();
  for (let k = 0; k <= MAX_ITEMS; k++) {
    // A list with no items yet has length 0 until some flow into it (then this is annotated again).
    if (k > 0 && item instanceof SomeImpossible) {
      outcomes.push('unreachable');
      break;
    }
    let returned: SomeValue;
    try {
      returned = callWith(req, callee, withExtraPositional(call, new Array<SomeValue>(k).fill(item)));
    } catch (error) {
      const message = badCallMessage(error);
      if (message === null) throw error;
      // Too many arguments, or the same error as for one item less: so for every longer list.
      if (TOO_MANY.test(message) || (k > 0 && outcomes[k - 1] === message)) {
        tooMany = message;
        break;
      }
      outcomes.push(message);
      continue;
    }
    outcomes.push(null);
    // Every length must call the same specialization: the lowering has one per callee.
    for (const [desc, graph] of req.annotator.callTargets.get(req.op) ?? []) {
      const before = targets.get(desc);
      if (before !== undefined && before !== graph) {
        throw req.error(Diag.UnsupportedOperation, `${desc.displayName}() called with *args of a list needs a different specialization for each number of items (its parameters get different types); pass a tuple`);
      }
      targets.set(desc, graph);
    }
    try {
      result = union(result, returned);
    } catch (error) {
      if (error instanceof UnionError) throw req.error(Diag.ReturnConflict, `the calls made here with different numbers of items return different types (${result} and ${returned})`);
      throw error;
    }
  }
  starListPlans.set(req.op, { outcomes, tooMany });
  return result;
}
