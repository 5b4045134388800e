// The calling convention of translated functions: a function returns its value (if it has one)
// and then an i32 that is 1 when an exception propagates out of it, 0 when it returned normally.
// The pending exception itself stays in the `exc` global, which stays the truth for everything
// that reads it (handlers, the entry point); the status is a second signal that lets the caller
// test a value instead of reloading the global after the call. That matters once V8 inlines the
// callee: the status is then a constant on each path out of the callee's body, so TurboFan
// separates the raising paths from the normal one, and values live in the caller's loop are no
// longer live across the callee's `raise` calls, which made V8 keep them in memory (spectral
// norm's accumulator: about 20% of its time; see bench/RESULTS.md).
// Its first parameter is the depth of the calling frame (support/recursion.ts).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { FunctionGraph } from '../../frontend/flowmodel.ts';
import type { ModuleContext } from './modulecontext.ts';

/** The wasm type of a translated function's value (none when it returns nothing). */
export function graphValueType(ctx: ModuleContext, graph: FunctionGraph): binaryen.Type {
  const repr = ctx.rtyper.reprOfValue(graph.getReturnVar());
  return repr.isVoid ? binaryen.none : ctx.model.valueType(repr.lltype);
}

/** The wasm result type of a translated function: its value, then its raised status. */
export function graphResultType(ctx: ModuleContext, graph: FunctionGraph): binaryen.Type {
  return withStatusType(graphValueType(ctx, graph));
}

/** What a translated function returns: `value` (undefined when it has none) and `raised` (0 or 1). */
export function graphReturn(m: binaryen.Module, value: Expr | undefined, raised: 0 | 1): Expr {
  return m.return(value === undefined ? m.i32.const(raised) : m.tuple.make([value, m.i32.const(raised)]));
}

/**
 * A direct call of `graph` as an expression of its value type, from a frame at `depth`; the
 * status is dropped (the caller tests the `exc` global, or nothing).
 */
export function callGraphDroppingStatus(ctx: ModuleContext, graph: FunctionGraph, args: Expr[], depth: Expr): Expr {
  const m = ctx.module;
  const call = m.call(ctx.functionName(graph), [depth, ...args], graphResultType(ctx, graph));
  return graphValueType(ctx, graph) === binaryen.none ? m.drop(call) : m.tuple.extract(call, 0);
}

/** A local of the calling function. */
export interface CallLocal {
  get(): Expr;
  set(value: Expr): Expr;
}

/**
 * A direct call of `graph` as an expression of its value type, from a frame at `depth`, that
 * stores its status in `status` (an i32 local); `tuple` gives a local of the function's result
 * type.
 */
export function callGraphKeepingStatus(ctx: ModuleContext, graph: FunctionGraph, args: Expr[], depth: Expr, status: CallLocal, tuple: (type: binaryen.Type) => CallLocal): Expr {
  const call = ctx.module.call(ctx.functionName(graph), [depth, ...args], graphResultType(ctx, graph));
  return keepingStatus(ctx.module, call, graphValueType(ctx, graph), status, tuple);
}

/** The result type of a call that returns a value of `valueType` (or none) and then a status. */
export function withStatusType(valueType: binaryen.Type): binaryen.Type {
  return valueType === binaryen.none ? binaryen.i32 : binaryen.createType([valueType, binaryen.i32]);
}

/**
 * `call` (of such a result type: a translated function, a method table's thunk) as an
 * expression of its value type, storing its status in `status`.
 */
export function keepingStatus(m: binaryen.Module, call: Expr, valueType: binaryen.Type, status: CallLocal, tuple: (type: binaryen.Type) => CallLocal): Expr {
  if (valueType === binaryen.none) return status.set(call);
  const result = tuple(withStatusType(valueType));
  return m.block(null, [result.set(call), status.set(m.tuple.extract(result.get(), 1)), m.tuple.extract(result.get(), 0)], valueType);
}

/** The same, with the status dropped (the caller tests the `exc` global, or nothing). */
export function droppingStatus(m: binaryen.Module, call: Expr, valueType: binaryen.Type): Expr {
  return valueType === binaryen.none ? m.drop(call) : m.tuple.extract(call, 0);
}
