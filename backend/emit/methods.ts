// Method calls at run time. A call that can reach one implementation is a direct call; a call
// that may reach several (an overridden method called through a base class) goes through a
// table with one entry per class of the receiver's subtree, indexed by the receiver's class id:
// each entry is a small thunk that casts `self` to its implementation's class and converts the
// result to the family's common representation. Thunks return the raised status after the value,
// as translated functions do (graphcall.ts), so that the caller can test it.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { ClassDef } from '../../annotator/classdef.ts';
import type { MethodImplementation, SomeValue } from '../../annotator/model.ts';
import { s_ImpossibleValue } from '../../annotator/model.ts';
import { union } from '../../annotator/union.ts';
import type { FunctionGraph } from '../../frontend/flowmodel.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { convertValue } from '../repr/convert.ts';
import type { Repr } from '../repr/repr.ts';
import { OBJECT } from '../support/types.ts';
import { raiseException } from '../support/exceptions.ts';
import { FunctionEmitter } from './function.ts';
import type { ModuleContext } from './modulecontext.ts';
import { droppingStatus, graphResultType, graphValueType, withStatusType } from './graphcall.ts';

/** The graph of a method implementation (methods have one graph each). */
export function implementationGraph(ctx: ModuleContext, impl: MethodImplementation): FunctionGraph {
  const graph = ctx.rtyper.annotator.bookkeeper.getDesc(impl.func).graphs[0];
  if (!graph) throw new Error(`method ${impl.func.qualname} was never annotated`);
  return graph;
}

/** The representation a family of implementations returns (the union of their results). */
export function familyResult(ctx: ModuleContext, impls: readonly MethodImplementation[]): Repr {
  let result: SomeValue = s_ImpossibleValue;
  for (const impl of impls) result = union(result, ctx.rtyper.annotator.annotation(implementationGraph(ctx, impl).getReturnVar()));
  return ctx.rtyper.reprOf(result);
}

/** The implementation instances of `classdef` reach for `name`, among `impls`. */
function reachedBy(classdef: ClassDef, name: string, impls: readonly MethodImplementation[]): MethodImplementation | null {
  const member = classdef.desc.lookup(name);
  if (!member || member.kind !== 'method') return null;
  return impls.find((impl) => impl.func === member.func) ?? null;
}

/** A local for temporaries, as LowerOp.temp gives one. */
export interface TempLocal {
  get(): Expr;
  set(value: Expr): Expr;
}

/**
 * Calls method `name` on `self` (of representation `selfRepr`, an instance of `receiver`) with
 * already converted `args` (excluding self); returns the call, of representation `resultRepr`.
 * `keepStatus` takes the call's (value, status) result and keeps its status (LowerOp's);
 * without it the status is dropped and the caller tests the exception global.
 */
export function callMethodExpr(
  ctx: ModuleContext,
  receiver: ClassDef,
  name: string,
  impls: readonly MethodImplementation[],
  self: Expr,
  selfRepr: Repr,
  args: Expr[],
  resultRepr: Repr,
  depth: Expr,
  temp: (type: binaryen.Type) => TempLocal,
  keepStatus: ((call: Expr, valueType: binaryen.Type) => Expr) | null = null,
): Expr {
  const m = ctx.module;
  if (impls.length === 1) {
    const graph = implementationGraph(ctx, impls[0]!);
    const params = FunctionEmitter.params(ctx, graph);
    const selfParam = graph.startblock.inputargs[0]!;
    const callArgs = params[0] === selfParam ? [convertValue(ctx, selfRepr, ctx.rtyper.reprOfValue(selfParam), self), ...args] : args;
    const direct = m.call(ctx.functionName(graph), [depth, ...callArgs], graphResultType(ctx, graph));
    const call = keepStatus ? keepStatus(direct, graphValueType(ctx, graph)) : droppingStatus(m, direct, graphValueType(ctx, graph));
    const returned = ctx.rtyper.reprOfValue(graph.getReturnVar());
    return returned.isVoid || resultRepr.isVoid ? call : convertValue(ctx, returned, resultRepr, call);
  }
  const table = methodTable(ctx, receiver, name, impls, selfRepr, (c) => reachedBy(c, name, impls));
  const receiverLocal = temp(table.params[0]!);
  const index = m.i32.sub(ctx.model.structGet(OBJECT, receiverLocal.get(), 'class'), m.i32.const(ctx.classes.id(receiver)));
  const tableCall = m.call_indirect(table.name, index, [receiverLocal.get(), ...args, depth], binaryen.createType(table.params), table.resultType);
  const call = keepStatus ? keepStatus(tableCall, table.valueType) : droppingStatus(m, tableCall, table.valueType);
  const value = table.result.isVoid || resultRepr.isVoid ? call : convertValue(ctx, table.result, resultRepr, call);
  return m.block(null, [receiverLocal.set(self), value], binaryen.getExpressionType(value));
}

export interface MethodTable {
  name: string;
  params: binaryen.Type[];
  result: Repr;
  /** The wasm type of the family's value (none when void). */
  valueType: binaryen.Type;
  /** What a thunk returns: the value, then the raised status (graphcall.ts). */
  resultType: binaryen.Type;
}

const tables = new WeakMap<ModuleContext, Map<string, MethodTable>>();

/**
 * The dispatch table of `name` for receivers of `receiver`'s subtree, built once: `choose`
 * gives the implementation each class reaches (null: the class has none, and `fallback`, given
 * the value's type, names its thunk, which returns the value and then a status like the others).
 */
export function methodTable(
  ctx: ModuleContext,
  receiver: ClassDef,
  name: string,
  impls: readonly MethodImplementation[],
  selfRepr: Repr,
  choose: (classdef: ClassDef) => MethodImplementation | null,
  fallback: ((classdef: ClassDef, params: binaryen.Type[], valueType: binaryen.Type) => string) | null = null,
): MethodTable {
  let known = tables.get(ctx);
  if (!known) tables.set(ctx, (known = new Map()));
  const key = `${ctx.classes.id(receiver)}:${name}`;
  const existing = known.get(key);
  if (existing) return existing;
  const m = ctx.module;
  const family = familyResult(ctx, impls);
  const valueType = family.isVoid ? binaryen.none : ctx.model.valueType(family.lltype);
  const resultType = withStatusType(valueType);
  const sample = implementationGraph(ctx, impls[0]!);
  const argReprs = FunctionEmitter.params(ctx, sample).slice(1).map((v) => ctx.rtyper.reprOfValue(v));
  const selfType = ctx.model.valueType(selfRepr.lltype);
  // The thunks take the caller's depth (support/recursion.ts) last, the receiver staying first
  // for the dispatch; they pass it first to the translated function.
  const params = [selfType, ...argReprs.map((r) => ctx.model.valueType(r.lltype)), binaryen.i32];
  const thunks: string[] = [];
  for (const classdef of receiver.descendants().sort((a, b) => ctx.classes.id(a) - ctx.classes.id(b))) {
    const impl = choose(classdef);
    const missing = (): string => (fallback ? fallback(classdef, params, valueType) : missingThunk(ctx, classdef, name, params, valueType));
    thunks[ctx.classes.id(classdef) - ctx.classes.id(receiver)] = impl ? thunk(ctx, impl, selfRepr, params, family, valueType) : missing();
  }
  const tableName = `methods:${key}`;
  m.addTable(tableName, thunks.length, thunks.length);
  m.addActiveElementSegment(tableName, `${tableName}:elements`, thunks, m.i32.const(0));
  const table: MethodTable = { name: tableName, params, result: family, valueType, resultType };
  known.set(key, table);
  return table;
}

function thunk(ctx: ModuleContext, impl: MethodImplementation, selfRepr: Repr, params: binaryen.Type[], family: Repr, valueType: binaryen.Type): string {
  const graph = implementationGraph(ctx, impl);
  const name = `thunk:${ctx.functionName(graph)}:${selfRepr.key}`;
  return ctx.support.ensure(name, () => {
    const m = ctx.module;
    const f = new FunctionBuilder(m, name, params.map((type, i) => [`p${i}`, type] as [string, binaryen.Type]));
    const selfParam = graph.startblock.inputargs[0]!;
    const implParams = FunctionEmitter.params(ctx, graph);
    const args: Expr[] = [];
    if (implParams[0] === selfParam) args.push(convertValue(ctx, selfRepr, ctx.rtyper.reprOfValue(selfParam), f.get('p0')));
    implParams.slice(implParams[0] === selfParam ? 1 : 0).forEach((_, i) => args.push(f.get(`p${i + 1}`)));
    const resultType = withStatusType(valueType);
    const call = m.call(ctx.functionName(graph), [f.get(`p${params.length - 1}`), ...args], graphResultType(ctx, graph));
    const returned = ctx.rtyper.reprOfValue(graph.getReturnVar());
    if (returned === family || (returned.isVoid && family.isVoid)) {
      // The implementation's own result is the thunk's.
      f.finish(resultType, [call]);
      return;
    }
    f.local('result', graphResultType(ctx, graph));
    const result = { get: (): Expr => f.get('result'), set: (v: Expr): Expr => f.set('result', v) };
    const status = (): Expr => (returned.isVoid ? result.get() : m.tuple.extract(result.get(), 1));
    let value: Expr;
    if (family.isVoid) value = m.nop();
    // An implementation that never returns a value (it only raises) in a family that does.
    else if (returned.isVoid) value = zeroOf(m, valueType);
    else value = convertValue(ctx, returned, family, m.tuple.extract(result.get(), 0));
    f.finish(resultType, [result.set(call), family.isVoid ? status() : m.tuple.make([value, status()])]);
  });
}

function missingThunk(ctx: ModuleContext, classdef: ClassDef, name: string, params: binaryen.Type[], valueType: binaryen.Type): string {
  const fname = `missing:${ctx.classes.id(classdef)}:${name}`;
  return ctx.support.ensure(fname, () => {
    const m = ctx.module;
    const f = new FunctionBuilder(m, fname, params.map((type, i) => [`p${i}`, type] as [string, binaryen.Type]));
    const message = ctx.support.str(`'${classdef.desc.name}' object has no attribute '${name}'`);
    const raise = m.call(raiseException(ctx.support), [m.i32.const(ctx.classId('AttributeError')), message, m.i32.const(-1)], binaryen.none);
    const raised = valueType === binaryen.none ? m.i32.const(1) : m.tuple.make([zeroOf(m, valueType), m.i32.const(1)]);
    f.finish(withStatusType(valueType), [raise, raised]);
  });
}

function zeroOf(m: binaryen.Module, type: binaryen.Type): Expr {
  if (type === binaryen.i32) return m.i32.const(0);
  if (type === binaryen.i64) return m.i64.const(0n);
  if (type === binaryen.f64) return m.f64.const(0);
  return m.ref.null(type);
}
