// Calls through a variable holding bound methods of several names (repr/methodset.ts): a
// dispatch on the name's number to a method call of each name on the object, cast to the class
// that name's methods are bound to.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { SomeInstance, type SomeMethodSet } from '../../annotator/model.ts';
import { BOUND_METHOD, type MethodSetRepr } from '../repr/methodset.ts';
import type { CallArgs } from './calls.ts';
import { lowerMethodCall } from './instances.ts';
import { dispatch } from './pbc.ts';
import type { LowerOp } from './lowerop.ts';

export function lowerMethodSetCall(hop: LowerOp, callee: SomeMethodSet, call: CallArgs): Expr {
  const m = hop.m;
  const repr = hop.repr(0) as MethodSetRepr;
  const bound = hop.temp(hop.wasmType(repr));
  const cases = callee.methods.map((method) => ({
    number: repr.numberOf(method.name),
    lower: (): Expr => {
      if (!(method.self instanceof SomeInstance)) throw new Error(`a bound method of ${method.self} in a set of methods`);
      const selfRepr = hop.ctx.rtyper.instanceRepr(method.self.classdef);
      const self = m.ref.cast(hop.model.structGet(BOUND_METHOD, bound.get(), 'self'), hop.wasmType(selfRepr));
      return lowerMethodCall(hop, method, { expr: self, repr: selfRepr }, call);
    },
  }));
  const resultType = hop.resultRepr.isVoid ? binaryen.none : hop.wasmType(hop.resultRepr);
  return m.block(null, [bound.set(hop.arg(0)), dispatch(hop, hop.model.structGet(BOUND_METHOD, bound.get(), 'which'), cases)], resultType);
}
