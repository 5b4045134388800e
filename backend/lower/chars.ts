// The operations that read a char variable (emit/charvars.ts) as its code point: comparisons
// with another char or a one-character constant, `ch in "..."` with a constant, `ord(ch)` and
// the truth value. Every other operation reads the variable as a str (FunctionEmitter.valueOf).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import { oneCodePoint, usesCharInPlace } from '../emit/charvars.ts';
import type { LowerOp } from './lowerop.ts';

/** The code point of a char variable or of a one-character constant. */
function codePointOf(hop: LowerOp, value: Hlvalue): Expr {
  if (value instanceof Constant) return hop.m.i32.const(oneCodePoint(value.value)!);
  return hop.fn.charValueOf(value);
}

/** The operation's code when it reads a char variable in place; null otherwise. */
export function lowerCharUse(hop: LowerOp): Expr | null {
  const fn = hop.fn;
  const annotator = hop.ctx.rtyper.annotator;
  const i = hop.args.findIndex((a, k) => fn.isChar(a) && usesCharInPlace(annotator, hop.op, k, (v) => fn.isChar(v)));
  if (i < 0) return null;
  const m = hop.m;
  switch (hop.opname) {
    case 'eq':
    case 'ne':
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge': {
      // Strs of one code point compare as their code points.
      const a = codePointOf(hop, hop.args[0]!);
      const b = codePointOf(hop, hop.args[1]!);
      const compare = { eq: m.i32.eq, ne: m.i32.ne, lt: m.i32.lt_u, le: m.i32.le_u, gt: m.i32.gt_u, ge: m.i32.ge_u }[hop.opname]!;
      return compare(a, b);
    }
    case 'contains': {
      const text = (hop.args[0] as Constant).value as string;
      const points = [...new Set([...text].map((ch) => ch.codePointAt(0)!))];
      if (points.length === 0) return m.i32.const(0);
      const c = hop.temp(binaryen.i32);
      const tests = points.map((p) => m.i32.eq(c.get(), m.i32.const(p)));
      return m.block(null, [c.set(codePointOf(hop, hop.args[1]!)), tests.reduce((x, y) => m.i32.or(x, y))], binaryen.i32);
    }
    case 'simple_call':
      // ord() of one character: its code point, never the TypeError of a longer str.
      return m.i64.extend_u(codePointOf(hop, hop.args[1]!));
    case 'bool':
      // A str of one character is true.
      return m.i32.const(1);
    default:
      return null;
  }
}
