// Lowering of calls to the runtime library (runtime/lib/*.py): the annotator recorded which
// specialization of the library function each operation calls; the arguments are bound to its
// parameters (keywords, defaults) and converted to their representations.

import { type Expr } from '../wasm/binaryen.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import { CallShape } from '../../frontend/callshape.ts';
import { libraryFunction } from '../../runtime/library.ts';
import { FunctionEmitter } from '../emit/function.ts';
import { convertValue } from '../repr/convert.ts';
import { argumentExpr, packExtra } from './arguments.ts';
import type { LowerOp } from './lowerop.ts';
import type { Repr } from '../repr/repr.ts';

/**
 * The call of library function `name`, its result converted to `resultRepr` (by default the
 * operation's result representation).
 */
export function lowerLibraryCall(
  hop: LowerOp,
  name: string,
  positional: readonly Hlvalue[],
  keywords: ReadonlyMap<string, Hlvalue> = new Map(),
  resultRepr: Repr = hop.resultRepr,
): Expr {
  const ctx = hop.ctx;
  const desc = ctx.rtyper.annotator.bookkeeper.getDesc(libraryFunction(name));
  const graph = ctx.rtyper.annotator.callTargets.get(hop.op)?.get(desc);
  if (!graph) throw new Error(`no recorded call of the library function ${name}`);
  const shape = keywords.size > 0 ? new CallShape(positional.length, [...keywords.keys()]) : null;
  const bound = desc.bind<Hlvalue>(shape, [...positional, ...keywords.values()], (value) => new Constant(value), packExtra);
  const args: Expr[] = [];
  graph.startblock.inputargs.forEach((param, i) => {
    const repr = ctx.rtyper.reprOfValue(param);
    if (!repr.isVoid) args.push(argumentExpr(hop, bound[i]!, repr));
  });
  const call = hop.callGraph(graph, args);
  const returned = ctx.rtyper.reprOfValue(graph.getReturnVar());
  if (returned.isVoid || resultRepr.isVoid) return call;
  return convertValue(ctx, returned, resultRepr, call);
}

/**
 * The call of whichever library function the annotator chose for this operation (sum() of
 * floats or of ints, min() with or without key=), with the call's own arguments.
 */
export function lowerRecordedLibraryCall(hop: LowerOp, positional: readonly Hlvalue[], keywords: ReadonlyMap<string, Hlvalue>): Expr {
  const targets = hop.ctx.rtyper.annotator.callTargets.get(hop.op);
  const descs = targets ? [...targets.keys()] : [];
  if (descs.length !== 1) throw new Error(`expected one recorded library call, found ${descs.length}`);
  const name = descs[0]!.func.name;
  // A library variant may take the keyword argument positionally (min(xs, key=f) calls
  // builtin_min_key(xs, f)); bind by the variant's own parameter list.
  const params = descs[0]!.func.paramNames;
  if (keywords.size > 0 && [...keywords.keys()].some((k) => !params.includes(k))) {
    return lowerLibraryCall(hop, name, [...positional, ...keywords.values()]);
  }
  return lowerLibraryCall(hop, name, positional, keywords);
}

/** An argument of a library call: a value of the graph, or code with its representation. */
export type Arg = { value: Hlvalue } | { expr: Expr; repr: Repr };

/**
 * The call of library function `name` recorded on this operation, with arguments that may be
 * code (a dict being built); the result converted to `resultRepr` unless that is null.
 */
export function callLibraryWith(hop: LowerOp, name: string, args: readonly Arg[], resultRepr: Repr | null = hop.resultRepr): Expr {
  const ctx = hop.ctx;
  const desc = ctx.rtyper.annotator.bookkeeper.getDesc(libraryFunction(name));
  const graph = ctx.rtyper.annotator.callTargets.get(hop.op)?.get(desc);
  if (!graph) throw new Error(`no recorded call of the library function ${name}`);
  const bound = desc.bind<Arg>(null, args, (value) => ({ value: new Constant(value) }));
  const exprs: Expr[] = [];
  graph.startblock.inputargs.forEach((param, i) => {
    const repr = ctx.rtyper.reprOfValue(param);
    if (repr.isVoid) return;
    const arg = bound[i]!;
    exprs.push('value' in arg ? hop.valueAs(arg.value, repr) : convertValue(ctx, arg.repr, repr, arg.expr));
  });
  const call = hop.callGraph(graph, exprs);
  const returned = ctx.rtyper.reprOfValue(graph.getReturnVar());
  if (resultRepr === null) return returned.isVoid ? call : hop.m.drop(call);
  if (returned.isVoid || resultRepr.isVoid) return call;
  return convertValue(ctx, returned, resultRepr, call);
}
