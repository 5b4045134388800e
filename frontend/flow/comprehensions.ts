// Comprehensions ([...], {...}, {k: v ...}) as the loops they stand for, built from synthetic
// statements: the container starts empty, each `for` clause is a for loop, each `if` clause a
// test, and the innermost body appends (adds, stores) the element. The comprehension's
// variables live in their own scope (hidden locals), so they do not leak or clobber the
// enclosing function's variables, as in Python 3. The first iterable is evaluated in the
// enclosing scope, before the comprehension's variables exist.

import type * as ast from '../ast.ts';
import { Constant, type Hlvalue } from '../flowmodel.ts';
import type { FlowContext } from './context.ts';
import { buildExpr } from './expressions.ts';
import { targetNames } from './scopes.ts';
import { buildStatements } from './statements.ts';

type Comprehension = ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp;

function at<T extends object>(node: ast.Located, fields: T): T & ast.Located {
  return { ...fields, start: node.start, length: node.length };
}

function name(node: ast.Located, id: string, ctx: ast.ExprContext = 'Load'): ast.Name {
  return at(node, { nodeType: 'Name' as const, id, ctx });
}

/** `container.method(args)` as a statement. */
function methodCall(node: ast.Located, container: string, method: string, args: ast.Expr[]): ast.Stmt {
  const func = at(node, { nodeType: 'Attribute' as const, value: name(node, container), attr: method, ctx: 'Load' as const });
  return at(node, { nodeType: 'Expr' as const, value: at(node, { nodeType: 'Call' as const, func, args, keywords: [] }) });
}

/** The statement that adds one element to the container. */
function addElement(expr: Comprehension, container: string): ast.Stmt {
  if (expr.nodeType === 'DictComp') {
    const target = at(expr, { nodeType: 'Subscript' as const, value: name(expr, container), slice: expr.key, ctx: 'Store' as const });
    return at(expr, { nodeType: 'Assign' as const, targets: [target], value: expr.value, type_comment: null });
  }
  return methodCall(expr, container, expr.nodeType === 'SetComp' ? 'add' : 'append', [expr.elt]);
}

/** Wraps `body` in the comprehension's for and if clauses, the first iterating over `first`. */
function clauses(expr: Comprehension, first: string, body: ast.Stmt): ast.Stmt {
  let inner = body;
  for (let i = expr.generators.length - 1; i >= 0; i--) {
    const gen = expr.generators[i]!;
    if (gen.is_async) throw new Error('async comprehension');
    for (let k = gen.ifs.length - 1; k >= 0; k--) {
      inner = at(gen.ifs[k]!, { nodeType: 'If' as const, test: gen.ifs[k]!, body: [inner], orelse: [] });
    }
    const iter = i === 0 ? name(gen.iter, first) : gen.iter;
    inner = at(gen, { nodeType: 'For' as const, target: gen.target, iter, body: [inner], orelse: [], type_comment: null });
  }
  return inner;
}

/**
 * Builds a comprehension and returns the container. A generator expression is built as a
 * list comprehension: the caller allows that only where its consumer reads every item before
 * doing anything else (sum, sorted, str.join...), so evaluating it eagerly changes nothing.
 */
export function buildComprehension(ctx: FlowContext, expr: Comprehension): Hlvalue {
  for (const gen of expr.generators) if (gen.is_async) throw ctx.unsupported('an async comprehension', gen);
  const container = ctx.temporary('comprehension');
  const first = ctx.temporary('iterable');
  const opname = expr.nodeType === 'SetComp' ? 'newset' : expr.nodeType === 'DictComp' ? 'newdict' : 'newlist';
  ctx.builder.assign(first, buildExpr(ctx, expr.generators[0]!.iter));
  ctx.builder.assign(container, ctx.emit(opname, [], expr, 'comprehension'));
  const variables = new Set<string>();
  for (const gen of expr.generators) targetNames(gen.target, variables);
  ctx.pushComprehensionScope(variables);
  buildStatements(ctx, [clauses(expr, first, addElement(expr, container))]);
  ctx.popComprehensionScope();
  const result = ctx.builder.lookup(container)!.value;
  ctx.builder.unassign(container);
  ctx.builder.unassign(first);
  return result;
}

/** The builtins whose generator-expression argument is consumed completely, before they act. */
export const EAGER_CONSUMERS = new Set(['sum', 'min', 'max', 'sorted', 'list', 'tuple', 'set', 'frozenset', 'dict']);

function constant(node: ast.Located, value: boolean): ast.Constant {
  return at(node, { nodeType: 'Constant' as const, value, kind: null });
}

function assignName(node: ast.Located, target: string, value: ast.Expr): ast.Stmt {
  return at(node, { nodeType: 'Assign' as const, targets: [name(node, target, 'Store')], value, type_comment: null });
}

/**
 * `any(genexp)` or `all(genexp)` as a loop that stops at the first item deciding the result,
 * as CPython's lazy generator does: later items are never computed.
 */
export function buildShortCircuitFold(ctx: FlowContext, kind: 'any' | 'all', genexp: ast.GeneratorExp): Hlvalue {
  for (const gen of genexp.generators) if (gen.is_async) throw ctx.unsupported('an async comprehension', gen);
  const decided = kind === 'any';
  const result = ctx.temporary(kind);
  const first = ctx.temporary('iterable');
  ctx.builder.assign(first, buildExpr(ctx, genexp.generators[0]!.iter));
  ctx.builder.assign(result, new Constant(!decided));
  const variables = new Set<string>();
  for (const gen of genexp.generators) targetNames(gen.target, variables);
  ctx.pushComprehensionScope(variables);
  const stop = at(genexp, { nodeType: 'Break' as const });
  const test = decided ? genexp.elt : at(genexp.elt, { nodeType: 'UnaryOp' as const, op: 'Not' as const, operand: genexp.elt });
  let inner: ast.Stmt[] = [at(genexp.elt, { nodeType: 'If' as const, test, body: [assignName(genexp, result, constant(genexp, decided)), stop], orelse: [] })];
  for (let i = genexp.generators.length - 1; i >= 0; i--) {
    const gen = genexp.generators[i]!;
    for (let k = gen.ifs.length - 1; k >= 0; k--) inner = [at(gen.ifs[k]!, { nodeType: 'If' as const, test: gen.ifs[k]!, body: inner, orelse: [] })];
    const iter = i === 0 ? name(gen.iter, first) : gen.iter;
    const loop = at(gen, { nodeType: 'For' as const, target: gen.target, iter, body: inner, orelse: [], type_comment: null });
    // An outer loop stops as soon as an inner one has decided the result.
    const decidedTest = decided ? name(genexp, result) : at(genexp, { nodeType: 'UnaryOp' as const, op: 'Not' as const, operand: name(genexp, result) });
    inner = i === 0 ? [loop] : [loop, at(gen, { nodeType: 'If' as const, test: decidedTest, body: [stop], orelse: [] })];
  }
  buildStatements(ctx, inner);
  ctx.popComprehensionScope();
  const value = ctx.builder.lookup(result)!.value;
  ctx.builder.unassign(result);
  ctx.builder.unassign(first);
  return value;
}
