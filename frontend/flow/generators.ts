// Generator functions, compiled to resumable state as RPython compiles them: no host
// coroutines, only ordinary graphs.
//
// Calling a generator function runs its "wrapper" graph, which makes a generator object (an
// instance of a class Wyrm makes for the function) holding the arguments and a state number,
// and runs none of the body. The body becomes that class's `__next__`, built from the same def:
// it starts by dispatching on the state (0: the beginning, k: just after the k-th yield, -1:
// finished). A `yield` saves every live local in the generator object, sets the state and
// returns the value; the block after it starts by loading them back. While the body runs the
// state is -1, so a generator that raised stays finished, as in CPython. `return` and the end
// of the body raise StopIteration directly, past the body's own except clauses, as a
// generator's return does in CPython.

import type * as ast from '../ast.ts';
import { Constant, Link, type Hlvalue } from '../flowmodel.ts';
import { PyClass, PyFunction } from '../program.ts';
import { BUILTIN_EXCEPTIONS } from '../builtins.ts';
import { C_NONE, type Join } from './builder.ts';
import type { FlowContext } from './context.ts';
import { CLOSURE_PARAM } from './closures.ts';

/** The local holding the generator object in the body graph. */
export const GENERATOR_SELF = '.generator';
/** The generator object's attribute holding its state. */
export const STATE = '.state';

const STOP_ITERATION = BUILTIN_EXCEPTIONS.get('StopIteration')!;

/** An argument of the call, kept in the generator object until the body starts. */
export function argumentAttribute(name: string): string {
  return `.arg ${name}`;
}

/**
 * A new class for the generators of one specialization of `func` (each specialization's
 * generators hold arguments of other types); its `__next__` is the body, built from the same def.
 */
function newGeneratorClass(func: PyFunction): PyClass {
  const node: ast.ClassDef = {
    nodeType: 'ClassDef', name: `<generator ${func.qualname}>`, bases: [], keywords: [], body: [], decorator_list: [],
    type_params: [], start: func.node.start, length: func.node.length,
  };
  const cls = new PyClass(node, func.module, node.name, true);
  cls.generatorOf = func;
  const body = new PyFunction(func.node, func.module, func.qualname, new Map(func.defaults));
  body.parent = func.parent;
  body.hidden = func.hidden;
  body.generatorOf = func;
  body.owner = cls;
  body.kind = 'method';
  cls.methods.set('__next__', body);
  return cls;
}

/**
 * The wrapper graph's code: makes the generator object and keeps the arguments (and the
 * closure's environment) in it. `params` are the function's parameter names, bound in the env.
 */
export function buildGeneratorCall(ctx: FlowContext, func: PyFunction, params: readonly string[]): Hlvalue {
  const node = func.node;
  const generator = ctx.emit('simple_call', [new Constant(newGeneratorClass(func))], node, 'generator');
  for (const name of params) {
    const attribute = name === CLOSURE_PARAM ? CLOSURE_PARAM : argumentAttribute(name);
    ctx.emit('setattr', [generator, new Constant(attribute), ctx.builder.lookup(name)!.value], node);
  }
  ctx.emit('setattr', [generator, new Constant(STATE), new Constant(0n)], node);
  return generator;
}

/** What building a generator's body keeps track of: the point after each yield. */
export class GeneratorBody {
  /** The resume points in order; the first is the start of the body. */
  readonly resumePoints: Join[] = [];
}

/** Ends the current path by raising StopIteration from the generator, past its except clauses. */
export function emitStop(ctx: FlowContext, node: ast.Located | null): void {
  if (!ctx.builder.reachable) return;
  const stop = ctx.emitUnguarded('exc_instance', [new Constant(STOP_ITERATION)], node);
  // No traceback frame: an exhausted generator's StopIteration shows only its caller's line.
  ctx.emitUnguarded('raise', [stop, new Constant('no frame')], node);
  ctx.builder.current!.closeBlock(new Link([C_NONE, stop], ctx.graph.exceptblock, null, null));
  ctx.builder.resume(null);
}

/** Starts a resume point (the body's start, or just after a yield) and registers it. */
function startResumePoint(ctx: FlowContext, body: GeneratorBody): number {
  const join = ctx.builder.resumePoint([GENERATOR_SELF]);
  body.resumePoints.push(join);
  return body.resumePoints.length - 1;
}

/** The body's start: the arguments come out of the generator object. */
export function startBody(ctx: FlowContext, body: GeneratorBody, params: readonly string[]): void {
  startResumePoint(ctx, body);
  const self = ctx.builder.lookup(GENERATOR_SELF)!.value;
  for (const name of params) {
    const attribute = name === CLOSURE_PARAM ? CLOSURE_PARAM : argumentAttribute(name);
    ctx.builder.assign(name, ctx.emit('getattr', [self, new Constant(attribute)], null, name));
  }
}

/** `yield value`: saves the live locals, sets the state, returns the value; then resumes. */
export function buildYield(ctx: FlowContext, body: GeneratorBody, value: Hlvalue, node: ast.Located): Hlvalue {
  if (ctx.finallyBodies.length > 0) {
    throw ctx.unsupported('a yield inside a try with a finally clause', node, 'CPython runs the finally clause when an unfinished generator is discarded, which Wyrm cannot do');
  }
  const builder = ctx.builder;
  const self = builder.lookup(GENERATOR_SELF)!.value;
  const index = body.resumePoints.length;
  const saved: { name: string; value: Hlvalue; defined: Hlvalue }[] = [];
  for (const [name, binding] of builder.env) {
    if (name === GENERATOR_SELF) continue;
    saved.push({ name, value: binding.value, defined: binding.defined });
  }
  const key = (name: string): string => `.y${index} ${name}`;
  for (const { name, value: v, defined } of saved) {
    if (!(v instanceof Constant)) ctx.emitUnguarded('setattr', [self, new Constant(key(name)), v], node);
    if (!(defined instanceof Constant)) ctx.emitUnguarded('setattr', [self, new Constant(`${key(name)}?`), defined], node);
  }
  ctx.emitUnguarded('setattr', [self, new Constant(STATE), new Constant(BigInt(index))], node);
  builder.current!.closeBlock(new Link([builder.resolve(value)], ctx.graph.returnblock, null, { start: node.start, length: node.length }));
  builder.resume(null);

  startResumePoint(ctx, body);
  const resumed = builder.lookup(GENERATOR_SELF)!.value;
  ctx.emitUnguarded('setattr', [resumed, new Constant(STATE), new Constant(-1n)], node);
  for (const { name, value: v, defined } of saved) {
    const loaded = v instanceof Constant ? v : ctx.emitUnguarded('getattr', [resumed, new Constant(key(name))], node, name);
    const flag = defined instanceof Constant ? defined : ctx.emitUnguarded('getattr', [resumed, new Constant(`${key(name)}?`)], node, `${name}?`);
    builder.env.set(name, { value: builder.resolve(loaded), defined: builder.resolve(flag), span: null });
  }
  // The value of the yield expression: what send() would pass; Wyrm has no send().
  return C_NONE;
}

/**
 * The entry of the body graph (built last, when every resume point is known): reads the state,
 * marks the generator running, and jumps to the resume point the state names.
 */
export function buildDispatch(ctx: FlowContext, body: GeneratorBody, entry: NonNullable<ReturnType<FlowContext['builder']['snapshot']>>): void {
  const builder = ctx.builder;
  builder.resume(entry);
  const self = builder.lookup(GENERATOR_SELF)!.value;
  const stateName = '.state';
  builder.assign(stateName, ctx.emitUnguarded('getattr', [self, new Constant(STATE)], null, 'state'));
  ctx.emitUnguarded('setattr', [self, new Constant(STATE), new Constant(-1n)], null);
  body.resumePoints.forEach((join, index) => {
    const state = builder.lookup(stateName)!.value;
    const here = ctx.emitUnguarded('eq', [state, new Constant(BigInt(index))], null, 'resumes');
    const { ifFalse, ifTrue } = builder.branch(here, null);
    builder.resume(ifTrue);
    builder.jump(join, null);
    builder.resume(ifFalse);
  });
  // State -1: finished (or running: a generator cannot resume itself).
  emitStop(ctx, null);
}
