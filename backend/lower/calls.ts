// Lowering of calls: a call to a function of the program becomes a direct wasm call to the
// specialization the annotator chose for this call site, with keyword arguments and defaults
// bound at translation time; a call to a builtin goes to its rule in builtins.ts.

import { type Expr } from '../wasm/binaryen.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import type { CallShape } from '../../frontend/callshape.ts';
import { SomeBuiltin, SomeInstance, SomeMethod, SomePBC, type MethodImplementation } from '../../annotator/model.ts';
import { ClassDesc } from '../../annotator/classdef.ts';
import { lowerInstantiate, lowerMethodCall } from './instances.ts';
import { FunctionDesc } from '../../annotator/description.ts';
import { FunctionEmitter } from '../emit/function.ts';
import { convertValue } from '../repr/convert.ts';
import { lowerBuiltin } from './builtins.ts';
import type { LowerOp } from './lowerop.ts';

export interface CallArgs {
  shape: CallShape | null;
  positional: readonly Hlvalue[];
  keywords: ReadonlyMap<string, Hlvalue>;
  /** Positional then keyword values, in the shape's order. */
  all: readonly Hlvalue[];
}

export function callArgs(hop: LowerOp): CallArgs {
  const [, ...rest] = hop.args;
  if (hop.opname === 'simple_call') return { shape: null, positional: rest, keywords: new Map(), all: rest };
  const shape = (rest[0] as Constant).value as CallShape;
  const values = rest.slice(1);
  const positional = values.slice(0, shape.positional);
  const keywords = new Map(shape.keywords.map((name, i) => [name, values[shape.positional + i]!] as const));
  return { shape, positional, keywords, all: values };
}

export function lowerCall(hop: LowerOp): Expr {
  const callee = hop.annotation(0);
  const call = callArgs(hop);
  if (callee instanceof SomeBuiltin) return lowerBuiltin(hop, callee, call);
  if (callee instanceof SomeMethod) return lowerMethodCall(hop, callee, hop.args[0]!, call);
  if (callee instanceof SomePBC) {
    const descs = [...callee.descs];
    if (descs.every((d) => d instanceof ClassDesc)) return lowerInstantiate(hop, descs as ClassDesc[], call);
    if (descs.length === 1 && descs[0] instanceof FunctionDesc) return lowerDirectCall(hop, descs[0], call);
  }
  if (callee instanceof SomeInstance) {
    const method = new SomeMethod('__call__', callee, implementationsFor(hop, callee, '__call__'));
    return lowerMethodCall(hop, method, hop.args[0]!, call);
  }
  throw new Error(`no lowering for a call to ${callee}`);
}

/** The implementations of a special method reached from an instance annotation. */
export function implementationsFor(hop: LowerOp, instance: SomeInstance, name: string): MethodImplementation[] {
  const found: MethodImplementation[] = [];
  const inherited = instance.classdef.desc.lookup(name);
  if (inherited && inherited.kind === 'method') found.push({ func: inherited.func, owner: inherited.owner });
  for (const sub of instance.classdef.descendants().slice(1)) {
    const own = sub.desc.ownMember(name);
    if (own && own.kind === 'method' && !found.some((f) => f.func === own.func)) found.push({ func: own.func, owner: own.owner });
  }
  void hop;
  return found;
}

function lowerDirectCall(hop: LowerOp, desc: FunctionDesc, call: CallArgs): Expr {
  const ctx = hop.ctx;
  const graph = ctx.rtyper.annotator.callTargets.get(hop.op)?.get(desc);
  if (!graph) throw new Error(`no recorded target for a call to ${desc.displayName}`);
  const bound = desc.bind<Hlvalue>(call.shape, call.all, (value) => new Constant(value));
  const args: Expr[] = [];
  graph.startblock.inputargs.forEach((param, i) => {
    const repr = ctx.rtyper.reprOfValue(param);
    if (!repr.isVoid) args.push(hop.valueAs(bound[i]!, repr));
  });
  const resultType = FunctionEmitter.resultType(ctx, graph);
  const result = hop.callMayRaise(ctx.functionName(graph), args, resultType);
  const returned = ctx.rtyper.reprOfValue(graph.getReturnVar());
  if (returned.isVoid || hop.resultRepr.isVoid) return result;
  return convertValue(ctx, returned, hop.resultRepr, result);
}
