// A generator expression that is not consumed at once is a generator function of its own, as
// in CPython: `(elt for x in it if c)` is `def <genexpr>(.0): for x in .0: if c: yield elt`,
// called with the first iterable (evaluated where the expression is). The module scan makes its
// PyFunction (so its scope and closures are analyzed like any nested function's) and the graph
// builder calls it; both get the same synthetic def from here.

import type * as ast from '../ast.ts';

/** The parameter receiving the first iterable; no Python name starts with a dot. */
export const GENEXPR_ITERABLE = '.0';

const defs = new WeakMap<ast.GeneratorExp, ast.FunctionDef>();

export function generatorExpressionDef(expr: ast.GeneratorExp): ast.FunctionDef {
  let def = defs.get(expr);
  if (def) return def;
  const at = { start: expr.start, length: expr.length };
  const name = (id: string, ctx: ast.ExprContext = 'Load'): ast.Name => ({ nodeType: 'Name', id, ctx, ...at });
  let body: ast.Stmt[] = [{ nodeType: 'Expr', ...at, value: { nodeType: 'Yield', ...at, value: expr.elt } }];
  for (let i = expr.generators.length - 1; i >= 0; i--) {
    const gen = expr.generators[i]!;
    for (let k = gen.ifs.length - 1; k >= 0; k--) body = [{ nodeType: 'If', ...at, test: gen.ifs[k]!, body, orelse: [] }];
    const iter = i === 0 ? name(GENEXPR_ITERABLE) : gen.iter;
    body = [{ nodeType: 'For', ...at, target: gen.target, iter, body, orelse: [], type_comment: null }];
  }
  const parameter: ast.Arg = { nodeType: 'arg', arg: GENEXPR_ITERABLE, annotation: null, type_comment: null, ...at };
  def = {
    nodeType: 'FunctionDef', name: '<genexpr>', ...at, body, decorator_list: [], returns: null, type_comment: null, type_params: [],
    args: { nodeType: 'arguments', posonlyargs: [parameter], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [], ...at },
  };
  defs.set(expr, def);
  return def;
}
