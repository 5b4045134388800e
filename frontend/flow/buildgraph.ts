// Entry points of the flow-graph builder: one graph per Python function, and one for the
// module's top-level code (`<module>`, the program of a script). Each graph is checked against
// the flow model's invariants before it leaves the frontend.

import { Block, Constant, FunctionGraph, Link, Variable } from '../flowmodel.ts';
import { CELLS_LOCAL, CLOSURE_PARAM, closureInfo } from './closures.ts';
import { checkGraph } from '../checkgraph.ts';
import type { PyFunction, PyModule } from '../program.ts';
import { C_NONE, C_TRUE, type Env } from './builder.ts';
import { FlowContext } from './context.ts';
import { buildExpr } from './expressions.ts';
import { analyzeFunction, type FunctionScope } from './scopes.ts';
import { GENERATOR_SELF, GeneratorBody, buildDispatch, buildGeneratorCall, emitStop, startBody } from './generators.ts';
import type * as ast from '../ast.ts';
import { buildStatements } from './statements.ts';
import { declareParameters, declareReturn } from './declarations.ts';
import { simplifyGraph } from './simplify.ts';
import { Diag } from '../../diagnostics/catalog.ts';

/** The parameters of a function in the order its graph's start block receives them. */
export function parameterNames(func: PyFunction): string[] {
  const args = func.node.args;
  const declared = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs].map((a) => a.arg);
  return hasClosureParameter(func) ? [CLOSURE_PARAM, ...declared] : declared;
}

/** Whether the function is a closure's: its closure's environment comes first, hidden. */
export function hasClosureParameter(func: PyFunction): boolean {
  return func.parent !== null && func.generatorOf === null && closureInfo(func).closureClass !== null;
}

/** Checks the parameters and declarations Wyrm cannot translate yet. */
function checkSignature(ctx: FlowContext, func: PyFunction, scope: FunctionScope): void {
  const node = func.node;
  if (node.args.kwarg) throw ctx.unsupported('a **kwargs parameter', node.args.kwarg);
  for (const name of scope.declaredNonlocal) {
    if (ctx.closure?.free.get(name)?.kind !== 'cell') throw ctx.error(Diag.SyntaxError, `no binding for nonlocal '${name}' found`, node);
  }
}

/** Makes the cells this function shares with nested functions; parameters begin in them. */
function makeCells(ctx: FlowContext, params: readonly string[], node: ast.Located): void {
  const cellsClass = ctx.captured?.cellsClass;
  if (!cellsClass) return;
  const cells = ctx.emit('simple_call', [new Constant(cellsClass)], node, 'cells');
  ctx.builder.assign(CELLS_LOCAL, cells);
  for (const name of params) {
    if (ctx.captured!.cells.has(name)) ctx.storeName(name, ctx.builder.lookup(name)!.value, node);
  }
}

export function buildFunctionGraph(func: PyFunction): FunctionGraph {
  if (func.generatorOf) return buildGeneratorBodyGraph(func, func.generatorOf);
  const node = func.node;
  const scope = analyzeFunction(node);
  const paramNames = parameterNames(func);
  const params = paramNames.map((name) => new Variable(name));
  const graph = new FunctionGraph(func.qualname, new Block(params), func.span);
  graph.func = func;
  const env: Env = new Map(params.map((v) => [v.nameHint, { value: v, defined: C_TRUE }]));
  const ctx = new FlowContext(func.module, func, graph, env, scope.locals, scope.declaredGlobal);
  checkSignature(ctx, func, scope);
  if (scope.isGenerator) {
    // Calling a generator function only makes the generator; its body is the generator's.
    finish(ctx, buildGeneratorCall(ctx, func, paramNames), null);
    simplifyGraph(graph);
    checkGraph(graph);
    return graph;
  }
  makeCells(ctx, paramNames, node);
  declareParameters(ctx, paramNames);
  if (node.nodeType === 'Lambda') {
    const value = buildExpr(ctx, node.body);
    finish(ctx, value, node.body);
  } else {
    buildStatements(ctx, node.body);
    // Falling off the end returns None, which a declared return type must admit.
    finish(ctx, ctx.builder.reachable ? declareReturn(ctx, C_NONE, null) : C_NONE, null);
  }
  simplifyGraph(graph);
  checkGraph(graph);
  return graph;
}

/** The body of generator function `func`: its generators' `__next__` (generators.ts). */
function buildGeneratorBodyGraph(body: PyFunction, func: PyFunction): FunctionGraph {
  const node = func.node as ast.FunctionDef;
  const scope = analyzeFunction(node);
  const self = new Variable(GENERATOR_SELF);
  const graph = new FunctionGraph(func.qualname, new Block([self]), func.span);
  graph.func = body;
  const env: Env = new Map([[GENERATOR_SELF, { value: self, defined: C_TRUE }]]);
  const ctx = new FlowContext(func.module, body, graph, env, scope.locals, scope.declaredGlobal);
  checkSignature(ctx, func, scope);
  const generator = new GeneratorBody();
  ctx.generator = generator;
  const entry = ctx.builder.snapshot()!;
  const paramNames = parameterNames(func);
  startBody(ctx, generator, paramNames);
  makeCells(ctx, paramNames, node);
  declareParameters(ctx, paramNames);
  buildStatements(ctx, node.body);
  emitStop(ctx, null);
  buildDispatch(ctx, generator, entry);
  simplifyGraph(graph);
  checkGraph(graph);
  return graph;
}

export function buildModuleGraph(module: PyModule): FunctionGraph {
  const graph = new FunctionGraph('<module>', new Block([]), { start: 0, length: 0 });
  graph.func = module;
  const locals = new Set<string>();
  for (const [name, binding] of module.bindings) if (binding.kind === 'modulelocal') locals.add(name);
  const ctx = new FlowContext(module, null, graph, new Map(), locals, new Set());
  buildStatements(ctx, module.ast.body);
  finish(ctx, C_NONE, null);
  simplifyGraph(graph);
  checkGraph(graph);
  return graph;
}

function finish(ctx: FlowContext, value: typeof C_NONE | ReturnType<typeof buildExpr>, node: { start: number; length: number } | null): void {
  const block = ctx.builder.current;
  if (!block) return;
  const span = node ? { start: node.start, length: node.length } : null;
  block.closeBlock(new Link([ctx.builder.resolve(value)], ctx.graph.returnblock, null, span));
  ctx.builder.resume(null);
}
