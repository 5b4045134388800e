// Lowering of iteration over instances (annotator/ops/iterprotocol.ts): iter() of a generator
// is the generator; of another instance, a call of its __iter__; next() is a call of the
// iterator's __next__, whose StopIteration the for loop's exception exit catches.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { lowerNextOrExhausted } from './iteration.ts';
import { SomeInstance, SomeMethod } from '../../annotator/model.ts';
import { isGenerator } from '../../annotator/ops/iterprotocol.ts';
import { implementationsFor } from './calls.ts';
import { lowerMethodCall } from './instances.ts';
import type { LowerOp } from './lowerop.ts';

const NO_ARGUMENTS = { shape: null, positional: [], keywords: new Map(), all: [] };

function callSpecialMethod(hop: LowerOp, name: string): Expr {
  const instance = hop.annotation(0) as SomeInstance;
  const method = new SomeMethod(name, instance, implementationsFor(hop, instance, name));
  return lowerMethodCall(hop, method, hop.args[0]!, NO_ARGUMENTS);
}

/** iter(x) for an instance x, or null when x is not one. */
export function lowerInstanceIter(hop: LowerOp): Expr | null {
  const instance = hop.annotation(0);
  if (!(instance instanceof SomeInstance)) return null;
  if (isGenerator(instance)) return hop.argAs(0, hop.resultRepr);
  return callSpecialMethod(hop, '__iter__');
}

/** next(it): an instance's __next__; a builtin iterator's item, or StopIteration. */
export function lowerNext(hop: LowerOp): Expr {
  if (hop.annotation(0) instanceof SomeInstance) return callSpecialMethod(hop, '__next__');
  const { hasItem, item } = lowerNextOrExhausted(hop);
  const type = hop.resultRepr.isVoid ? binaryen.none : hop.wasmType(hop.resultRepr);
  const taken = type === binaryen.none && binaryen.getExpressionType(item) !== binaryen.none ? hop.m.drop(item) : item;
  return hop.m.block(null, [hop.m.if(hop.m.i32.eqz(hasItem), hop.raise('StopIteration', null)), taken], type);
}
