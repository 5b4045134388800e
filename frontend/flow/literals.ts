// Literal values known when graphs are built: the right-hand sides that make a module name a
// constant. Only forms whose value needs no Python arithmetic are folded here (a literal, or a
// signed numeric literal); anything computed is left to the translated program.

import type * as ast from '../ast.ts';
import { PyBytes, PyComplex, PySurrogateStr, Ellipsis } from '../ast.ts';

export type LiteralResult = { ok: true; value: unknown } | { ok: false };

export function literalValue(expr: ast.Expr): LiteralResult {
  if (expr.nodeType === 'Constant') {
    const v = expr.value;
    if (v instanceof PyBytes || v instanceof PyComplex || v instanceof PySurrogateStr || v === Ellipsis) return { ok: false };
    return { ok: true, value: v };
  }
  if (expr.nodeType === 'UnaryOp' && (expr.op === 'USub' || expr.op === 'UAdd') && expr.operand.nodeType === 'Constant') {
    const v = expr.operand.value;
    if (typeof v === 'bigint') return { ok: true, value: expr.op === 'USub' ? -v : v };
    if (typeof v === 'number') return { ok: true, value: expr.op === 'USub' ? -v : v };
  }
  return { ok: false };
}
