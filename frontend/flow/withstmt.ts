// The with statement, built as the try statement it stands for (PEP 343):
//
//     mgr = EXPR; value = mgr.__enter__(); exited = False
//     try:
//         TARGET = value; BODY
//     except BaseException as exc:
//         exited = True
//         if not mgr.__exit__(type(exc), exc, None): raise
//     finally:
//         if not exited: mgr.__exit__(None, None, None)
//
// so that return, break and continue inside the body also run __exit__. The traceback argument
// is None: Wyrm has no traceback objects. Several items nest, the first outermost.

import type * as ast from '../ast.ts';
import { lookupBuiltin } from '../builtins.ts';
import type { FlowContext } from './context.ts';
import { buildStatements } from './statements.ts';

type At = { start: number; length: number };

function name(at: At, id: string, ctx: ast.ExprContext = 'Load'): ast.Name {
  return { nodeType: 'Name', id, ctx, ...at };
}

function constant(at: At, value: ast.Constant['value']): ast.Constant {
  return { nodeType: 'Constant', value, kind: null, ...at };
}

function call(at: At, func: ast.Expr, args: ast.Expr[]): ast.Call {
  return { nodeType: 'Call', func, args, keywords: [], ...at };
}

function method(at: At, object: string, attr: string, args: ast.Expr[]): ast.Call {
  return call(at, { nodeType: 'Attribute', value: name(at, object), attr, ctx: 'Load', ...at }, args);
}

function assign(at: At, target: ast.Expr, value: ast.Expr): ast.Assign {
  return { nodeType: 'Assign', targets: [target], value, type_comment: null, ...at };
}

/** The statements a with statement with `items` around `body` stands for. */
function desugar(ctx: FlowContext, items: readonly ast.Withitem[], body: ast.Stmt[], at: At): ast.Stmt[] {
  const [item, ...rest] = items;
  if (!item) return body;
  const inner = desugar(ctx, rest, body, at);
  const manager = ctx.temporary('manager');
  const exited = ctx.temporary('exited');
  const exc = ctx.temporary('exc');
  const itemAt = { start: item.start, length: item.length };
  const entered = method(itemAt, manager, '__enter__', []);
  // type() as a constant, so that a variable named `type` cannot shadow it here.
  const typeOf = constant(at, lookupBuiltin('type') as unknown as ast.Constant['value']);
  const raiseAgain: ast.Raise = { nodeType: 'Raise', exc: null, cause: null, ...at };
  const notSuppressed: ast.UnaryOp = {
    nodeType: 'UnaryOp', op: 'Not', ...at,
    operand: method(itemAt, manager, '__exit__', [call(at, typeOf, [name(at, exc)]), name(at, exc), constant(at, null)]),
  };
  const handler: ast.ExceptHandler = {
    nodeType: 'ExceptHandler', type: name(at, 'BaseException'), name: exc, ...at,
    body: [assign(at, name(at, exited, 'Store'), constant(at, true)), { nodeType: 'If', test: notSuppressed, body: [raiseAgain], orelse: [], ...at }],
  };
  const exitNormally: ast.If = {
    nodeType: 'If', ...at, orelse: [],
    test: { nodeType: 'UnaryOp', op: 'Not', operand: name(at, exited), ...at },
    body: [{ nodeType: 'Expr', value: method(itemAt, manager, '__exit__', [constant(at, null), constant(at, null), constant(at, null)]), ...at }],
  };
  const tryBody = item.optional_vars ? [assign(itemAt, item.optional_vars, entered), ...inner] : [{ nodeType: 'Expr' as const, value: entered, ...itemAt }, ...inner];
  return [
    assign(itemAt, name(itemAt, manager, 'Store'), item.context_expr),
    assign(at, name(at, exited, 'Store'), constant(at, false)),
    { nodeType: 'Try', body: tryBody, handlers: [handler], orelse: [], finalbody: [exitNormally], ...at },
  ];
}

export function buildWith(ctx: FlowContext, stmt: ast.With): void {
  buildStatements(ctx, desugar(ctx, stmt.items, stmt.body, { start: stmt.start, length: stmt.length }));
}
