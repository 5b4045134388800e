// Lowering of calls: a call to a function of the program becomes a direct wasm call to the
// specialization the annotator chose for this call site, with keyword arguments and defaults
// bound at translation time; a call to a builtin goes to its rule in builtins.ts; `*args` is
// spread by starcall.ts.

import { type Expr } from '../wasm/binaryen.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import { SomeBuiltin, SomeInstance, SomeMethod, SomeMethodSet, SomePBC, type MethodImplementation } from '../../annotator/model.ts';
import { lowerMethodSetCall } from './methodset.ts';
import { lowerStarCall } from './starcall.ts';
import type { SomeValue } from '../../annotator/model.ts';
import { ClassDesc } from '../../annotator/classdef.ts';
import { lowerInstantiate, lowerMethodCall } from './instances.ts';
import { FunctionDesc } from '../../annotator/description.ts';
import { FunctionEmitter } from '../emit/function.ts';
import { convertValue } from '../repr/convert.ts';
import { lowerBuiltin } from './builtins.ts';
import { dispatch } from './pbc.ts';
import { argumentExpr, packExtra } from './arguments.ts';
import { binaryen } from '../wasm/binaryen.ts';
import { CallShape } from '../../frontend/callshape.ts';
import type { Desc } from '../../annotator/description.ts';
import { ClosureSetRepr, FunctionSetRepr } from '../repr/functionset.ts';
import { InstanceRepr } from '../repr/instance.ts';
import { environmentClassdef } from '../../annotator/ops/closures.ts';
import { OBJECT } from '../support/types.ts';
import type { LowerOp } from './lowerop.ts';

export interface CallArgs {
  shape: CallShape | null;
  positional: readonly Hlvalue[];
  keywords: ReadonlyMap<string, Hlvalue>;
  /** Positional then keyword values, in the shape's order. */
  all: readonly Hlvalue[];
  /** The value of `*args`, when the call has one (lower/starcall.ts spreads it). */
  star?: Hlvalue;
}

export function callArgs(hop: LowerOp): CallArgs {
  const [, ...rest] = hop.args;
  if (hop.opname === 'simple_call') return { shape: null, positional: rest, keywords: new Map(), all: rest };
  const shape = (rest[0] as Constant).value as CallShape;
  const values = rest.slice(1);
  const positional = values.slice(0, shape.positional);
  const keywords = new Map(shape.keywords.map((name, i) => [name, values[shape.positional + i]!] as const));
  if (shape.hasStarArgs) {
    const all = values.slice(0, shape.positional + shape.keywords.length);
    return { shape, positional, keywords, all, star: values[all.length]! };
  }
  return { shape, positional, keywords, all: values };
}

export function lowerCall(hop: LowerOp): Expr {
  const callee = hop.annotation(0);
  const call = callArgs(hop);
  if (call.star !== undefined) return lowerStarCall(hop, callee, call, call.star, lowerCallWith);
  return lowerCallWith(hop, callee, call);
}

/** A call of `callee` with these arguments (*args already spread). */
function lowerCallWith(hop: LowerOp, callee: SomeValue, call: CallArgs): Expr {
  if (callee instanceof SomeBuiltin) return lowerBuiltin(hop, callee, call);
  if (callee instanceof SomeMethod) return lowerMethodCall(hop, callee, hop.args[0]!, call);
  if (callee instanceof SomeMethodSet) return lowerMethodSetCall(hop, callee, call);
  if (callee instanceof SomePBC) return lowerPBCCall(hop, callee, call);
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

/** A call through a function value: direct when it names one function, else a dispatch. */
function lowerPBCCall(hop: LowerOp, callee: SomePBC, call: CallArgs): Expr {
  const m = hop.m;
  const descs = [...callee.descs];
  const repr = hop.repr(0);
  const lowerOne = (desc: Desc, environment: (() => Expr) | null): Expr =>
    desc instanceof ClassDesc ? lowerInstantiate(hop, [desc], call) : lowerDirectCall(hop, desc as FunctionDesc, call, environment);
  if (repr.isVoid) return lowerOne(descs[0]!, null);
  if (repr instanceof InstanceRepr) return lowerOne(descs[0]!, () => hop.arg(0));
  if (repr instanceof FunctionSetRepr) {
    return dispatch(hop, hop.arg(0), descs.map((desc) => ({ number: repr.numberOf(desc, hop.ctx), lower: () => lowerOne(desc, null) })));
  }
  if (repr instanceof ClosureSetRepr) {
    const object = hop.temp(hop.wasmType(repr));
    const bookkeeper = hop.ctx.rtyper.annotator.bookkeeper;
    const cases = descs.map((desc) => {
      if (!desc.hasEnvironment) return { number: repr.idOf(desc), lower: () => lowerOne(desc, null) };
      const classdef = environmentClassdef(bookkeeper, (desc as FunctionDesc).func);
      const environment = hop.ctx.rtyper.instanceRepr(classdef);
      return { number: hop.ctx.classes.id(classdef), lower: () => lowerOne(desc, () => m.ref.cast(object.get(), hop.wasmType(environment))) };
    });
    return m.block(null, [object.set(hop.arg(0)), dispatch(hop, hop.model.structGet(OBJECT, object.get(), 'class'), cases)], hop.resultRepr.isVoid ? binaryen.none : hop.wasmType(hop.resultRepr));
  }
  throw new Error(`no call through ${repr.key}`);
}

/** A call of one function; a closure gets `environment` as its hidden first argument. */
function lowerDirectCall(hop: LowerOp, desc: FunctionDesc, call: CallArgs, environment: (() => Expr) | null = null): Expr {
  const ctx = hop.ctx;
  const graph = ctx.rtyper.annotator.callTargets.get(hop.op)?.get(desc);
  if (!graph) throw new Error(`no recorded target for a call to ${desc.displayName}`);
  const withEnvironment = desc.hasEnvironment;
  const shape = call.shape && withEnvironment ? new CallShape(call.shape.positional + 1, call.shape.keywords) : call.shape;
  const given: (Hlvalue | 'environment')[] = withEnvironment ? ['environment', ...call.all] : [...call.all];
  const bound = desc.bind<Hlvalue | 'environment'>(shape, given, (value) => new Constant(value), packExtra);
  const args: Expr[] = [];
  graph.startblock.inputargs.forEach((param, i) => {
    const repr = ctx.rtyper.reprOfValue(param);
    if (repr.isVoid) return;
    const value = bound[i]!;
    if (value === 'environment') {
      if (!environment) throw new Error(`a call of the closure ${desc.displayName} without its environment`);
      args.push(environment());
    } else {
      args.push(argumentExpr(hop, value, repr));
    }
  });
  const result = hop.callGraph(graph, args);
  const returned = ctx.rtyper.reprOfValue(graph.getReturnVar());
  if (returned.isVoid || hop.resultRepr.isVoid) return result;
  return convertValue(ctx, returned, hop.resultRepr, result);
}
