// Assignment and deletion targets. The parser reads a target as an ordinary expression, then
// this file turns it into a Store or Del target in place, rejecting what CPython rejects at
// parse time (`f() = 1`, `del 1`, `for x + 1 in y`) with CPython's messages.

import type * as A from '../ast.ts';
import { Ellipsis } from '../ast.ts';
import type { Parser } from './state.ts';

/** Where the target appears; decides the wording of the error. */
export type TargetUse = 'assign' | 'for' | 'with' | 'del';

/** CPython's name for a kind of expression in error messages (_PyPegen_get_expr_name). */
export function expressionName(e: A.Expr): string {
  switch (e.nodeType) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp':
    case 'BinOp':
    case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield':
    case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr':
    case 'FormattedValue': return 'f-string expression';
    case 'Constant':
      if (e.value === null) return 'None';
      if (e.value === true) return 'True';
      if (e.value === false) return 'False';
      if (e.value === Ellipsis) return 'ellipsis';
      return 'literal';
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

/** The first sub-expression that cannot be a target, or null when `e` is a valid target. */
function invalidTarget(e: A.Expr, use: TargetUse): A.Expr | null {
  switch (e.nodeType) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      return null;
    case 'Starred':
      return use === 'del' ? e : invalidTarget(e.value, use);
    case 'Tuple':
    case 'List':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, use);
        if (bad !== null) return bad;
      }
      return null;
    case 'Compare':
      // `for x in y in z`: CPython blames the left operand of the `in` comparison.
      if (use === 'for' && e.ops[0] === 'In') return invalidTarget(e.left, use);
      return e;
    default:
      return e;
  }
}

function applyContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.nodeType) {
    case 'Name':
    case 'Attribute':
    case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      applyContext(e.value, ctx);
      return;
    case 'Tuple':
    case 'List':
      e.ctx = ctx;
      for (const elt of e.elts) applyContext(elt, ctx);
      return;
  }
}

/**
 * Makes `e` a Store or Del target, or throws CPython's error for it.
 * `chained` is true for `a = b = c` style statements and multiple-target forms, where CPython
 * leaves out the "Maybe you meant '=='" hint.
 */
export function setContext(p: Parser, e: A.Expr, ctx: 'Store' | 'Del', use: TargetUse, chained = false): void {
  const bad = invalidTarget(e, use);
  if (bad !== null) {
    const name = expressionName(bad);
    let message: string;
    if (use === 'del') message = `cannot delete ${name}`;
    else if (use === 'assign' && !chained && bad === e && hintsComparison(e)) {
      message = `cannot assign to ${name} here. Maybe you meant '==' instead of '='?`;
    } else message = `cannot assign to ${name}`;
    p.fail(message, bad.start, bad.length);
  }
  applyContext(e, ctx);
}

function hintsComparison(e: A.Expr): boolean {
  if (e.nodeType === 'Constant') return e.value !== null && e.value !== true && e.value !== false;
  return e.nodeType !== 'GeneratorExp' && e.nodeType !== 'Yield' && e.nodeType !== 'YieldFrom';
}
