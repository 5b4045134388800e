// Lowering of classes and instances: instantiation (allocation with each field's default, then
// __init__), attribute reads and writes, method calls (direct or through a class's method
// table), isinstance and except-clause tests on class ids, raise and reraise, and the special
// methods operators call.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import { CallShape } from '../../frontend/callshape.ts';
import { BuiltinExceptionClass } from '../../frontend/program.ts';
import type { ClassDef, ClassDesc } from '../../annotator/classdef.ts';
import { SomeBuiltin, SomeInstance, SomeMethod, SomePBC, SomeTuple, type MethodImplementation } from '../../annotator/model.ts';
import type { Repr } from '../repr/repr.ts';
import { InstanceRepr } from '../repr/instance.ts';
import { strOrNoneRepr } from '../repr/str.ts';
import { OBJECT } from '../support/types.ts';
import { pendingException, raiseInstance } from '../support/exceptions.ts';
import { callMethodExpr } from '../emit/methods.ts';
import { FunctionEmitter } from '../emit/function.ts';
import { exceptionTexts, textsAreFixed, type ExceptionTexts } from './exceptionargs.ts';
import type { CallArgs } from './calls.ts';
import { argumentExpr, packExtra } from './arguments.ts';
import type { LowerOp } from './lowerop.ts';
import { keepsArgs, readArgs, storeArgs } from './argstuple.ts';
import { initReplacesArgs } from '../../annotator/ops/exceptionargs.ts';
import { readGlobalAs } from './variables.ts';
import { callGraphDroppingStatus } from '../emit/graphcall.ts';

/** The value a new instance's field starts with: its class attribute, or zero. */
function fieldDefault(hop: LowerOp, classdef: ClassDef, name: string, repr: Repr): Expr {
  const member = classdef.desc.lookup(name);
  if (member?.kind === 'constant') return repr.constant(member.value, hop.ctx);
  return repr.zero(hop.ctx);
}

/** struct.new of an instance of `classdef`, every field at its default. */
export function allocate(hop: LowerOp, classdef: ClassDef, texts: ExceptionTexts | null = null): Expr {
  const repr = hop.ctx.rtyper.instanceRepr(classdef);
  const values = repr.struct.fields.map((f) => {
    if (f.name === 'class') return hop.m.i32.const(hop.ctx.classes.id(classdef));
    if (f.name === '.message') return texts?.message ?? hop.model.nullOf(strOrNoneRepr.lltype);
    if (f.name === '.args') return texts?.args ?? hop.model.nullOf(strOrNoneRepr.lltype);
    return fieldDefault(hop, classdef, f.name, repr.fieldReprs.get(f.name)!);
  });
  return hop.model.structNew(repr.struct, values);
}

/** C(args...): allocate, then run __init__ (or keep the message of an exception). */
export function lowerInstantiate(hop: LowerOp, descs: readonly ClassDesc[], call: CallArgs): Expr {
  const m = hop.m;
  if (descs.length !== 1) throw new Error('calling one of several classes is not supported yet');
  const desc = descs[0]!;
  const classdef = desc.classdef!;
  const repr = hop.ctx.rtyper.instanceRepr(classdef);
  const init = desc.lookup('__init__');
  // e.args: the constructor's arguments, unless __init__ replaces them (argstuple.ts).
  const keptArgs = desc.isExceptionClass() && !initReplacesArgs(desc);
  if (!init || init.kind !== 'method') {
    const texts = desc.isExceptionClass() ? exceptionTexts(hop, call.positional, desc) : null;
    const made = allocate(hop, classdef, texts);
    if (!keptArgs || !keepsArgs(repr, call.positional.length)) return convert(hop, repr, made);
    const fresh = hop.temp(hop.wasmType(repr));
    return m.block(null, [fresh.set(made), ...storeArgs(hop, repr, () => fresh.get(), call.positional), convert(hop, repr, fresh.get())], hop.wasmType(hop.resultRepr));
  }
  const instance = hop.temp(hop.wasmType(repr));
  const graph = hop.ctx.rtyper.annotator.bookkeeper.getDesc(init.func).graphs[0]!;
  const funcDesc = hop.ctx.rtyper.annotator.bookkeeper.getDesc(init.func);
  const bound = funcDesc.bind<Hlvalue | 'self'>(call.shape ? withSelf(call.shape) : null, ['self', ...call.all], (value) => new Constant(value), packExtra);
  const args: Expr[] = [];
  graph.startblock.inputargs.forEach((param, i) => {
    const paramRepr = hop.ctx.rtyper.reprOfValue(param);
    if (paramRepr.isVoid) return;
    const value = bound[i]!;
    args.push(value === 'self' ? convertRepr(hop, repr, paramRepr, instance.get()) : argumentExpr(hop, value, paramRepr));
  });
  const run = hop.callGraph(graph, args);
  // An exception keeps its constructor's arguments whatever its __init__ does (exceptionargs.ts).
  const texts = desc.isExceptionClass() && textsAreFixed(hop, call.positional) ? exceptionTexts(hop, call.positional, desc) : null;
  return m.block(null, [
    instance.set(allocate(hop, classdef, texts)),
    ...(keptArgs ? storeArgs(hop, repr, () => instance.get(), call.positional) : []),
    binaryen.getExpressionType(run) === binaryen.none ? run : m.drop(run),
    convert(hop, repr, instance.get()),
  ], hop.wasmType(hop.resultRepr));
}

function withSelf(shape: CallShape): CallShape {
  return new CallShape(shape.positional + 1, shape.keywords);
}

function convert(hop: LowerOp, from: Repr, value: Expr): Expr {
  return convertRepr(hop, from, hop.resultRepr, value);
}

function convertRepr(hop: LowerOp, from: Repr, to: Repr, value: Expr): Expr {
  if (from === to || to.isVoid) return value;
  if (from instanceof InstanceRepr && to instanceof InstanceRepr) {
    if (from.struct === to.struct || from.classdef.isSubclassOf(to.classdef)) return value;
    return hop.m.ref.cast(value, hop.model.valueType(to.lltype));
  }
  return value;
}

/** A method call on a receiver: a value of the graph, or code with its representation. */
export function lowerMethodCall(hop: LowerOp, method: SomeMethod, selfValue: Hlvalue | { expr: Expr; repr: Repr }, call: CallArgs, resultRepr: Repr = hop.resultRepr): Expr {
  const selfRepr = 'expr' in selfValue ? selfValue.repr : hop.fn.reprOf(selfValue);
  const receiver = method.self instanceof SomeInstance ? method.self.classdef : null;
  const impl = method.implementations[0]!;
  const graph = hop.ctx.rtyper.annotator.bookkeeper.getDesc(impl.func).graphs[0]!;
  const funcDesc = hop.ctx.rtyper.annotator.bookkeeper.getDesc(impl.func);
  const bound = funcDesc.bind<Hlvalue | 'self'>(call.shape ? withSelf(call.shape) : null, ['self', ...call.all], (value) => new Constant(value), packExtra);
  const args: Expr[] = [];
  graph.startblock.inputargs.forEach((param, i) => {
    if (i === 0) return;
    const paramRepr = hop.ctx.rtyper.reprOfValue(param);
    if (!paramRepr.isVoid) args.push(argumentExpr(hop, bound[i], paramRepr));
  });
  const self = selfRepr.isVoid ? hop.m.nop() : 'expr' in selfValue ? selfValue.expr : hop.valueAs(selfValue, selfRepr);
  if (receiver === null) {
    hop.callsUserCode();
    // A classmethod: its first parameter is the class it was read from, known statically (a
    // number when several classes call it).
    const clsRepr = hop.ctx.rtyper.reprOfValue(graph.startblock.inputargs[0]!);
    const cls = (method.self as SomePBC).constValue;
    if (!clsRepr.isVoid) args.unshift(clsRepr.constant(cls, hop.ctx));
    const call = callGraphDroppingStatus(hop.ctx, graph, args, hop.fn.depth());
    const returned = hop.ctx.rtyper.reprOfValue(graph.getReturnVar());
    return returned.isVoid || resultRepr.isVoid ? call : convertRepr(hop, returned, resultRepr, call);
  }
  // A direct call (one implementation) or through the method table: the caller tests the
  // callee's raised status, as after a function call.
  return callMethodExpr(hop.ctx, receiver, method.name, method.implementations, self, selfRepr, args, resultRepr, hop.fn.depth(), (type) => hop.temp(type), (call, type) => hop.keepStatus(call, type));
}

/** obj.attr on an instance. */
/** `x.name` of an instance that may be None: CPython's AttributeError when it is, before `access`. */
function checkedNotNone(hop: LowerOp, access: Expr): Expr {
  if (!hop.annotation(0).canBeNone) return access;
  const m = hop.m;
  const name = hop.constant(1) as string;
  const check = m.if(m.ref.is_null(hop.arg(0)), hop.raise('AttributeError', `'NoneType' object has no attribute '${name}'`));
  const type = binaryen.getExpressionType(access);
  return m.block(null, [check, access], type);
}

export function lowerInstanceGetattr(hop: LowerOp): Expr {
  return checkedNotNone(hop, instanceGetattrValue(hop));
}

export function lowerInstanceSetattr(hop: LowerOp): Expr {
  return checkedNotNone(hop, instanceSetattrValue(hop));
}

function instanceGetattrValue(hop: LowerOp): Expr {
  const m = hop.m;
  const assigned = (hop.annotation(0) as SomeInstance).classdef.desc.lookup(hop.constant(1) as string);
  if (assigned?.kind === 'variable') return readGlobalAs(hop, assigned.variable);
  const result = hop.resultAnnotation;
  const name = hop.constant(1) as string;
  const instance = hop.annotation(0) as SomeInstance;
  const objRepr = hop.repr(0) as InstanceRepr;
  if (result instanceof SomeMethod) return hop.resultRepr.isVoid ? m.nop() : hop.arg(0);
  const member = instance.classdef.desc.lookup(name);
  if (member?.kind === 'property') {
    const impl: MethodImplementation = { func: member.getter!, owner: member.owner };
    hop.callsUserCode();
    return callMethodExpr(hop.ctx, instance.classdef, name, [impl], hop.arg(0), objRepr, [], hop.resultRepr, hop.fn.depth(), (type) => hop.temp(type));
  }
  if (hop.resultRepr.isVoid) return m.nop();
  if (result.isConstant && !objRepr.fieldReprs.has(name)) return hop.resultRepr.constant(result.constValue, hop.ctx);
  const fieldRepr = objRepr.fieldReprs.get(name);
  if (!fieldRepr) return classAttribute(hop, instance.classdef, name);
  const args = name === 'args' && instance.classdef.desc.isExceptionClass() ? readArgs(hop, instance.classdef, objRepr, hop.arg(0), fieldRepr) : null;
  if (args !== null) return convertValueRepr(hop, fieldRepr, args);
  const value = hop.model.structGet(objRepr.struct, hop.arg(0), name);
  return convertValueRepr(hop, fieldRepr, value);
}

function convertValueRepr(hop: LowerOp, from: Repr, value: Expr): Expr {
  if (from === hop.resultRepr) return value;
  return convertRepr(hop, from, hop.resultRepr, value);
}

/** A class attribute that subclasses override: a table of the values indexed by class id. */
function classAttribute(hop: LowerOp, classdef: ClassDef, name: string): Expr {
  const m = hop.m;
  const repr = hop.resultRepr;
  const classes = classdef.descendants().sort((a, b) => hop.ctx.classes.id(a) - hop.ctx.classes.id(b));
  const t = hop.temp(binaryen.i32);
  let expr: Expr = repr.zero(hop.ctx);
  for (const c of classes.reverse()) {
    const member = c.desc.lookup(name);
    if (member?.kind !== 'constant') continue;
    expr = m.if(m.i32.eq(t.get(), m.i32.const(hop.ctx.classes.id(c))), repr.constant(member.value, hop.ctx), expr);
  }
  return m.block(null, [t.set(hop.model.structGet(OBJECT, hop.arg(0), 'class')), expr], hop.wasmType(repr));
}

/** obj.attr = value on an instance. */
function instanceSetattrValue(hop: LowerOp): Expr {
  const m = hop.m;
  const name = hop.constant(1) as string;
  const instance = hop.annotation(0) as SomeInstance;
  const objRepr = hop.repr(0) as InstanceRepr;
  const member = instance.classdef.desc.lookup(name);
  if (member?.kind === 'property') {
    const impl: MethodImplementation = { func: member.setter!, owner: member.owner };
    const graph = hop.ctx.rtyper.annotator.bookkeeper.getDesc(impl.func).graphs[0]!;
    const valueRepr = hop.ctx.rtyper.reprOfValue(graph.startblock.inputargs[1]!);
    hop.callsUserCode();
    const call = callMethodExpr(hop.ctx, instance.classdef, name, [impl], hop.arg(0), objRepr, valueRepr.isVoid ? [] : [hop.argAs(2, valueRepr)], hop.resultRepr, hop.fn.depth(), (type) => hop.temp(type));
    return binaryen.getExpressionType(call) === binaryen.none ? call : m.drop(call);
  }
  const fieldRepr = objRepr.fieldReprs.get(name);
  if (!fieldRepr) return m.nop();
  return hop.model.structSet(objRepr.struct, hop.arg(0), name, hop.argAs(2, fieldRepr));
}

/** A class-id range test: is the instance's class `classdef` or one of its subclasses? */
function classTest(hop: LowerOp, classId: Expr, classdef: ClassDef): Expr {
  const m = hop.m;
  const first = hop.ctx.classes.id(classdef);
  const last = hop.ctx.classes.last(classdef);
  return m.i32.le_u(m.i32.sub(classId, m.i32.const(first)), m.i32.const(last - first));
}

function classesOf(value: unknown): ClassDesc[] {
  if (value instanceof SomeTuple) return value.items.flatMap(classesOf);
  if (value instanceof SomePBC) return [...value.descs] as ClassDesc[];
  return [];
}

/** isinstance(x, C) or an except clause: x's class id in the subtree of one of the classes. */
export function lowerClassTest(hop: LowerOp, subject: Hlvalue, classes: unknown): Expr {
  const m = hop.m;
  const result = hop.resultAnnotation;
  if (result.isConstant) return m.i32.const(result.constValue ? 1 : 0);
  const repr = hop.fn.reprOf(subject);
  // isinstance(x, str) of a str that may be None (the annotator decided every other case).
  const builtinTypes = classes instanceof SomeBuiltin || (classes instanceof SomeTuple && classes.items.every((c) => c instanceof SomeBuiltin));
  if (builtinTypes) return m.i32.eqz(hop.model.isNull(hop.valueAs(subject, repr)));
  if (!(repr instanceof InstanceRepr)) return m.i32.const(0);
  const obj = hop.temp(hop.wasmType(repr));
  const id = hop.temp(binaryen.i32);
  const descs = classesOf(classes);
  let test: Expr = m.i32.const(0);
  for (const desc of descs) test = m.i32.or(test, classTest(hop, id.get(), desc.classdef!));
  return m.block(null, [
    obj.set(hop.valueAs(subject, repr)),
    m.if(hop.model.isNull(obj.get()), m.i32.const(0), m.block(null, [id.set(hop.model.structGet(OBJECT, obj.get(), 'class')), test], binaryen.i32)),
  ], binaryen.i32);
}

export function lowerExcMatch(hop: LowerOp): Expr {
  return lowerClassTest(hop, hop.args[0]!, hop.annotation(1));
}

export function lowerExcInstance(hop: LowerOp): Expr {
  const value = hop.annotation(0);
  if (value instanceof SomeInstance) return convert(hop, hop.repr(0), hop.arg(0));
  const descs = [...(value as SomePBC).descs] as ClassDesc[];
  return lowerInstantiate(hop, descs, { shape: null, positional: [], keywords: new Map(), all: [] });
}

/** raise e: e becomes the pending exception, with a fresh traceback starting here. */
export function lowerRaise(hop: LowerOp): Expr {
  const m = hop.m;
  // A second argument asks for no traceback frame (a generator's StopIteration).
  const site = hop.args.length > 1 ? -1 : hop.site;
  return m.block(null, [
    m.call(raiseInstance(hop.support), [hop.argAs(0, exceptionRepr(hop)), m.i32.const(site)], binaryen.none),
    hop.leaveRaised(),
  ]);
}

/** raise again an exception caught in this function, keeping its traceback. */
export function lowerReraise(hop: LowerOp): Expr {
  const m = hop.m;
  const exc = pendingException(hop.support);
  return m.block(null, [m.global.set(exc, hop.argAs(0, exceptionRepr(hop))), hop.leaveRaised()]);
}

function exceptionRepr(hop: LowerOp): Repr {
  return hop.ctx.rtyper.instanceRepr(hop.ctx.classes.builtin('BaseException'));
}

