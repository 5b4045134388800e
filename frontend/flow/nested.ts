// Building the value of a nested `def` or `lambda` in the enclosing function's graph: a constant
// for a function that uses no enclosing variable, else a new instance of its closure class
// holding copies of the variables it uses and references to the cells it shares (closures.ts).

import type * as ast from '../ast.ts';
import { Constant, type Hlvalue } from '../flowmodel.ts';
import type { PyFunction } from '../program.ts';
import { literalValue } from './literals.ts';
import { boundFlag, closureFields, closureInfo, scopeOf } from './closures.ts';
import type { FlowContext } from './context.ts';

/** Checks what Wyrm cannot do with a nested function yet, before any code is built for it. */
function checkSupported(ctx: FlowContext, func: PyFunction, node: ast.FunctionDef | ast.Lambda): void {
  if (node.nodeType === 'FunctionDef' && node.decorator_list.length > 0) {
    throw ctx.unsupported('a decorator on a nested function', node.decorator_list[0]!);
  }
  for (const value of [...node.args.defaults, ...node.args.kw_defaults]) {
    if (value && !literalValue(value).ok && !(value.nodeType === 'Name' && ctx.module.bindings.get(value.id)?.kind === 'constant')) {
      throw ctx.unsupported('a default value computed at run time in a nested function', value, 'use a literal or a module constant');
    }
  }
  void func;
}

/** The value a nested def or lambda evaluates to, made where it is defined. */
export function buildFunctionValue(ctx: FlowContext, node: ast.FunctionDef | ast.Lambda): Hlvalue {
  const func = ctx.module.functions.get(node);
  if (!func) throw new Error('a nested function the module scan did not see');
  checkSupported(ctx, func, node);
  // A comprehension's variables live in a scope of their own in Python, which a function made
  // inside the comprehension closes over; Wyrm's comprehensions have no such scope.
  for (const name of scopeOf(func).freeReads) {
    if (ctx.envName(name) !== name) {
      throw ctx.unsupported(`a function made in a comprehension that uses its variable '${name}'`, node, 'make it in a loop, or pass the value as an argument');
    }
  }
  const info = closureInfo(func);
  if (info.closureClass === null) return new Constant(func);
  const values = closureFields(func).map((field): Hlvalue => {
    if (field.from.kind === 'copy') return ctx.loadName(field.from.name, node);
    return ctx.cellsOf(field.from.owner, node);
  });
  // Whether each shared variable of this function is bound when the closure is made: what the
  // closure's reads of it check.
  for (const [name, free] of info.free) {
    if (free.kind === 'cell' && free.owner === ctx.scopeFunc) {
      const binding = ctx.builder.lookup(name);
      ctx.emit('setattr', [ctx.cellsOf(ctx.scopeFunc!, node), new Constant(boundFlag(name)), binding ? binding.defined : new Constant(false)], node);
    }
  }
  return ctx.emit('newclosure', [new Constant(func), ...values], node, func.name);
}
