// Entry points of the flow-graph builder: one graph per Python function, and one for the
// module's top-level code (`<module>`, the program of a script). Each graph is checked against
// the flow model's invariants before it leaves the frontend.

import { Block, FunctionGraph, Link, Variable } from '../flowmodel.ts';
import { checkGraph } from '../checkgraph.ts';
import type { PyFunction, PyModule } from '../program.ts';
import { C_NONE, C_TRUE, type Env } from './builder.ts';
import { FlowContext } from './context.ts';
import { buildExpr } from './expressions.ts';
import { analyzeFunction } from './scopes.ts';
import { buildStatements } from './statements.ts';
import { simplifyGraph } from './simplify.ts';

/** The parameters of a function in the order its graph's start block receives them. */
export function parameterNames(func: PyFunction): string[] {
  const args = func.node.args;
  return [...args.posonlyargs, ...args.args, ...args.kwonlyargs].map((a) => a.arg);
}

export function buildFunctionGraph(func: PyFunction): FunctionGraph {
  const node = func.node;
  const scope = analyzeFunction(node);
  const params = parameterNames(func).map((name) => new Variable(name));
  const graph = new FunctionGraph(func.qualname, new Block(params), func.span);
  graph.func = func;
  const env: Env = new Map(params.map((v) => [v.nameHint, { value: v, defined: C_TRUE }]));
  const ctx = new FlowContext(func.module, func, graph, env, scope.locals, scope.declaredGlobal);
  if (node.args.vararg) throw ctx.unsupported('a *args parameter', node.args.vararg);
  if (node.args.kwarg) throw ctx.unsupported('a **kwargs parameter', node.args.kwarg);
  if (scope.isGenerator) throw ctx.unsupported('a generator (a function using yield)', node);
  if (scope.declaredNonlocal.size > 0) throw ctx.unsupported('a nonlocal declaration', node);
  if (node.nodeType === 'Lambda') {
    const value = buildExpr(ctx, node.body);
    finish(ctx, value, node.body);
  } else {
    buildStatements(ctx, node.body);
    finish(ctx, C_NONE, null);
  }
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
