// Lowering of calls with `*args` (annotator/ops/starcall.ts decides what they do). The items
// of the tuple or list become new variables of the graph, set from the container before the
// call, so the call is then lowered as if written with them (`f(a, *t)` as `f(a, t0, t1)`),
// builtins included. With a list, the call is made once per length the callee accepts,
// chosen by the list's length at run time; any other length raises CPython's TypeError.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Variable, type Hlvalue } from '../../frontend/flowmodel.ts';
import { SomeBuiltin, SomeList, SomeTuple, type SomeValue } from '../../annotator/model.ts';
import { starListPlan, withExtraPositional } from '../../annotator/ops/starcall.ts';
import { convertValue } from '../repr/convert.ts';
import type { ListRepr } from '../repr/list.ts';
import type { TupleRepr } from '../repr/tuple.ts';
import { intToStr } from '../support/output.ts';
import { STR_REF } from '../support/types.ts';
import type { CallArgs } from './calls.ts';
import { joinStrs } from './formatting.ts';
import type { LowerOp } from './lowerop.ts';

type LowerWith = (hop: LowerOp, callee: SomeValue, call: CallArgs) => Expr;

/** A new variable of the graph holding a value of annotation `s`, named after the call. */
function itemVariable(s: SomeValue, i: number): Variable {
  const v = new Variable(`star${i}`);
  v.annotation = s;
  return v;
}

/** The call's arguments with `items` after the positional ones. */
function spread(call: CallArgs, items: readonly Hlvalue[]): CallArgs {
  const { shape, positional, keywords } = withExtraPositional(call, items);
  return { shape, positional, keywords, all: [...positional, ...keywords.values()] };
}

export function lowerStarCall(hop: LowerOp, callee: SomeValue, call: CallArgs, star: Hlvalue, lowerWith: LowerWith): Expr {
  const starAnnotation = hop.fn.annotation(star);
  if (starAnnotation instanceof SomeTuple) return lowerTupleStar(hop, callee, call, star, starAnnotation, lowerWith);
  // print(*xs): lowerPrint writes the list's items.
  if (starAnnotation instanceof SomeList && callee instanceof SomeBuiltin && callee.name === 'print') return lowerWith(hop, callee, call);
  if (starAnnotation instanceof SomeList) return lowerListStar(hop, callee, call, star, starAnnotation, lowerWith);
  throw new Error(`*args of ${starAnnotation} in a call`);
}

function typeOf(expr: Expr): binaryen.Type {
  return binaryen.getExpressionType(expr);
}

function lowerTupleStar(hop: LowerOp, callee: SomeValue, call: CallArgs, star: Hlvalue, tuple: SomeTuple, lowerWith: LowerWith): Expr {
  const m = hop.m;
  const items = tuple.items.map((s, i) => itemVariable(s, i));
  const tupleRepr = hop.fn.reprOf(star);
  const code: Expr[] = [];
  if (!tupleRepr.isVoid) {
    const t = hop.temp(hop.wasmType(tupleRepr));
    code.push(t.set(hop.fn.valueOf(star)));
    const repr = tupleRepr as TupleRepr;
    items.forEach((v, i) => {
      const itemRepr = hop.fn.reprOf(v);
      if (itemRepr.isVoid) return;
      const field = hop.model.structGet(repr.struct, t.get(), `${i}`);
      code.push(hop.fn.setLocal(v, convertValue(hop.ctx, repr.items[i]!, itemRepr, field)));
    });
  }
  const result = lowerWith(hop, callee, spread(call, items));
  return m.block(null, [...code, result], typeOf(result));
}

function lowerListStar(hop: LowerOp, callee: SomeValue, call: CallArgs, star: Hlvalue, list: SomeList, lowerWith: LowerWith): Expr {
  const m = hop.m;
  const model = hop.model;
  const plan = starListPlan(hop.op);
  const listRepr = hop.fn.reprOf(star) as ListRepr;
  const item = list.listdef.item.value.withoutConstant();
  const variables = plan.outcomes.map((_, i) => itemVariable(item, i));
  const resultType = hop.resultRepr.isVoid ? binaryen.none : hop.wasmType(hop.resultRepr);
  const xs = hop.temp(hop.wasmType(listRepr));
  const n = hop.temp(binaryen.i32);
  const callWith = (k: number): Expr => {
    const vs = variables.slice(0, k);
    const sets = listRepr.item.isVoid
      ? []
      : vs.map((v, i) => hop.fn.setLocal(v, convertValue(hop.ctx, listRepr.item, hop.fn.reprOf(v), model.arrayGet(listRepr.items, model.structGet(listRepr.struct, xs.get(), 'items'), m.i32.const(i)))));
    const result = lowerWith(hop, callee, spread(call, vs));
    return m.block(null, [...sets, result], resultType === binaryen.none ? typeOf(result) : resultType);
  };
  let chain: Expr = tooManyArguments(hop, plan.tooMany, plan.outcomes.length, () => n.get());
  for (let k = plan.outcomes.length - 1; k >= 0; k--) {
    const outcome = plan.outcomes[k]!;
    const branch = outcome === null ? callWith(k) : outcome === 'unreachable' ? m.unreachable() : hop.raise('TypeError', outcome);
    chain = m.if(m.i32.eq(n.get(), m.i32.const(k)), branch, chain);
  }
  return m.block(null, [xs.set(hop.fn.valueOf(star)), n.set(model.structGet(listRepr.struct, xs.get(), 'length')), chain], resultType);
}

/**
 * The TypeError of a list too long for the callee: `message` is CPython's for `first` items;
 * for more, the count of arguments given grows with the list.
 */
function tooManyArguments(hop: LowerOp, message: string | null, first: number, n: () => Expr): Expr {
  const m = hop.m;
  if (message === null) return m.unreachable();
  const parts = /^(.* but )(\d+)(.*)$/.exec(message);
  if (!parts) return hop.raise('TypeError', message);
  const base = BigInt(parts[2]!);
  const atFirst = hop.raise('TypeError', message);
  // More than one argument given: plural forms.
  const suffix = parts[3]!.replace(' positional argument (', ' positional arguments (').replace(/ was given$/, ' were given');
  const count = m.i64.add(m.i64.extend_u(n()), m.i64.const(base - BigInt(first)));
  const text = joinStrs(hop, [hop.support.str(parts[1]!), m.call(intToStr(hop.support), [count], hop.model.valueType(STR_REF)), hop.support.str(suffix)]);
  return m.if(m.i32.eq(n(), m.i32.const(first)), atFirst, hop.raiseWith('TypeError', text));
}
