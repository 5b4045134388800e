// Defaults that are not constants (`def f(x, memo={})`, `def g(y=[0] * 3)`): Python evaluates
// them once, when the def statement runs, and every call that leaves the argument out gets that
// same object. The module's code evaluates each one where the def (or, for a method, its class
// statement) stands and stores it in a hidden module global; calls read the global
// (annotator/description.ts, the ComputedDefault in program.ts).

import type * as ast from '../ast.ts';
import { Constant } from '../flowmodel.ts';
import { ComputedDefault, GlobalVariable, type PyFunction } from '../program.ts';
import { literalValue } from './literals.ts';
import { spanOf, type FlowContext } from './context.ts';
import { buildExpr } from './expressions.ts';

/** Whether a default needs no evaluation: a literal, or the name of a module constant. */
export function isConstantDefault(func: PyFunction, expr: ast.Expr): boolean {
  if (literalValue(expr).ok) return true;
  return expr.nodeType === 'Name' && func.module.bindings.get(expr.id)?.kind === 'constant';
}

/** Each parameter's default expression, with the parameter's name. */
function defaultsOf(node: ast.FunctionDef): [string, ast.Expr][] {
  const args = node.args;
  const positional = [...args.posonlyargs, ...args.args];
  const first = positional.length - args.defaults.length;
  const pairs: [string, ast.Expr][] = args.defaults.map((expr, i) => [positional[first + i]!.arg, expr]);
  args.kw_defaults.forEach((expr, i) => {
    if (expr) pairs.push([args.kwonlyargs[i]!.arg, expr]);
  });
  return pairs;
}

/** Evaluates `func`'s defaults that are not constants into their hidden globals, here. */
export function storeComputedDefaults(ctx: FlowContext, func: PyFunction, node: ast.FunctionDef): void {
  for (const [name, expr] of defaultsOf(node)) {
    if (isConstantDefault(func, expr)) continue;
    const variable = new GlobalVariable(func.module, `${func.qualname}() default of ${name}`, spanOf(expr), false);
    func.computedDefaults.set(name, new ComputedDefault(variable));
    ctx.emit('setglobal', [new Constant(variable), buildExpr(ctx, expr)], expr);
  }
}
