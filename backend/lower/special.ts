// Lowering of operators on instances to their special methods: the same plan as the annotator's
// (annotator/ops/special.ts), then a method call, negated for `!=` through __eq__, compared
// with 0 for a truth value through __len__, and false for None in `if x:`.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import { SomeInstance, SomeMethod } from '../../annotator/model.ts';
import { plan, type SpecialPlan } from '../../annotator/ops/special.ts';
import { boolRepr, intRepr } from '../repr/repr.ts';
import { implementationsFor } from './calls.ts';
import { lowerMethodCall } from './instances.ts';
import type { LowerOp } from './lowerop.ts';

/** The plan of an operation on `values` (the operands), or null when no special method applies. */
export function specialPlanOf(hop: LowerOp, opname: string, values: readonly Hlvalue[]): SpecialPlan | null {
  const annotations = values.map((v) => hop.fn.annotation(v));
  if (!annotations.some((a) => a instanceof SomeInstance)) return null;
  return plan(opname, values.length, (i, name) => {
    const a = annotations[i];
    return a instanceof SomeInstance && implementationsFor(hop, a, name).length > 0;
  });
}

/** The call `p` makes on `values`, converted to the operation's result. */
export function lowerSpecialCall(hop: LowerOp, p: SpecialPlan, values: readonly Hlvalue[]): Expr {
  const m = hop.m;
  const selfValue = values[p.self]!;
  const instance = (hop.fn.annotation(selfValue) as SomeInstance).withNone(false) as SomeInstance;
  const method = new SomeMethod(p.method, instance, implementationsFor(hop, instance, p.method));
  const args = p.args.map((i) => values[i]!);
  const call = { shape: null, positional: args, keywords: new Map(), all: args };
  let result: Expr;
  if (p.result === 'not') result = m.i32.eqz(lowerMethodCall(hop, method, selfValue, call, boolRepr));
  else if (p.result === 'nonzero') result = m.i64.ne(lowerMethodCall(hop, method, selfValue, call, intRepr), m.i64.const(0n));
  else result = lowerMethodCall(hop, method, selfValue, call);
  const truth = p.method === '__bool__' || p.result === 'nonzero';
  if (truth && hop.fn.annotation(selfValue).canBeNone) {
    const self = hop.temp(hop.wasmType(hop.fn.reprOf(selfValue)));
    return m.block(null, [self.set(hop.valueAs(selfValue, hop.fn.reprOf(selfValue))), m.if(hop.model.isNull(self.get()), m.i32.const(0), result)], binaryen.i32);
  }
  return result;
}

/** An operation on instances that calls a special method, or null. */
export function lowerSpecial(hop: LowerOp): Expr | null {
  const p = specialPlanOf(hop, hop.opname, hop.args);
  return p === null ? null : lowerSpecialCall(hop, p, hop.args);
}
