// The operations that read a char variable (emit/charvars.ts) as its code point: comparisons
// with another char or a one-character constant, `ch in "..."` with a constant, `ord(ch)`, the
// truth value and the class predicates (`ch.isdigit()`). Every other operation reads the
// variable as a str (FunctionEmitter.valueOf).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Constant, type Hlvalue } from '../../frontend/flowmodel.ts';
import { oneCodePoint, usesCharInPlace } from '../emit/charvars.ts';
import type { SomeBuiltin } from '../../annotator/model.ts';
import { HOST } from '../support/support.ts';
import { strFromChar } from '../support/chars.ts';
import type { LowerOp } from './lowerop.ts';

/**
 * The last value of an operation that makes a character (`s[i]`, a str iterator's item): the
 * code point itself into a char variable, else the str of it, with the block type that goes with it.
 */
export function characterResult(hop: LowerOp, codePoint: Expr): { value: Expr; type: binaryen.Type } {
  if (hop.fn.isChar(hop.op.result)) return { value: codePoint, type: binaryen.i32 };
  const type = hop.wasmType(hop.resultRepr);
  return { value: hop.m.call(strFromChar(hop.support), [codePoint], type), type };
}

/** The distinct code points of a constant str, for the tests below. */
export function codePointsOf(text: string): number[] {
  return [...new Set([...text].map((ch) => ch.codePointAt(0)!))];
}

/** Whether the code point `c` reads is one of `points` (at least one), inline. */
export function isOneOf(hop: LowerOp, c: () => Expr, points: readonly number[]): Expr {
  return points.map((p) => hop.m.i32.eq(c(), hop.m.i32.const(p))).reduce((x, y) => hop.m.i32.or(x, y));
}

/** The code point of a char variable or of a one-character constant. */
function codePointOf(hop: LowerOp, value: Hlvalue): Expr {
  if (value instanceof Constant) return hop.m.i32.const(oneCodePoint(value.value)!);
  return hop.fn.charValueOf(value);
}

// The class bits of runtime/lib/strcase.py (and of the host's char_info(2, c)).
const ALPHA = 1;
const DIGIT = 2;
const DECIMAL = 4;
const NUMERIC = 8;
const SPACE = 16;
const CLASS_OF_PREDICATE: Record<string, number> = {
  isalpha: ALPHA, isdigit: DIGIT, isdecimal: DECIMAL, isnumeric: NUMERIC, isspace: SPACE, isalnum: ALPHA | DIGIT | DECIMAL | NUMERIC,
};

/**
 * Whether code point `c` has one of the classes `bits`: ASCII answered inline as the library's
 * _classes() answers it, the rest by the host's Unicode tables.
 */
function hasClass(hop: LowerOp, c: Expr, bits: number): Expr {
  const m = hop.m;
  const cp = hop.temp(binaryen.i32);
  const within = (low: number, count: number): Expr => m.i32.lt_u(m.i32.sub(cp.get(), m.i32.const(low)), m.i32.const(count));
  const ascii: Expr[] = [];
  if (bits & ALPHA) ascii.push(m.i32.lt_u(m.i32.sub(m.i32.or(cp.get(), m.i32.const(32)), m.i32.const(97)), m.i32.const(26)));
  if (bits & (DIGIT | DECIMAL | NUMERIC)) ascii.push(within(48, 10));
  if (bits & SPACE) ascii.push(m.i32.or(m.i32.eq(cp.get(), m.i32.const(32)), m.i32.or(within(9, 5), within(28, 4))));
  const unicode = m.i32.ne(m.i32.and(hop.support.hostCall(HOST.charInfo, [m.i32.const(2), cp.get()]), m.i32.const(bits)), m.i32.const(0));
  return m.block(null, [cp.set(c), m.if(m.i32.lt_u(cp.get(), m.i32.const(128)), ascii.reduce((a, b) => m.i32.or(a, b)), unicode)], binaryen.i32);
}

/** The operation's code when it reads a char variable in place; null otherwise. */
export function lowerCharUse(hop: LowerOp): Expr | null {
  const fn = hop.fn;
  if (hop.opname === 'getattr' && fn.isChar(hop.op.result)) return fn.charValueOf(hop.args[0]!);
  if (hop.opname === 'simple_call' && fn.isChar(hop.args[0]!)) {
    // ch.isdigit() and the other predicates of charvars.ts's CHAR_PREDICATES.
    const method = (hop.annotation(0) as SomeBuiltin).name.replace(/^str\./, '');
    return hasClass(hop, fn.charValueOf(hop.args[0]!), CLASS_OF_PREDICATE[method]!);
  }
  const annotator = hop.ctx.rtyper.annotator;
  if (!hop.args.some((a, k) => fn.isChar(a) && usesCharInPlace(annotator, hop.op, k, (v) => fn.isChar(v)))) return null;
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
      const points = codePointsOf((hop.args[0] as Constant).value as string);
      if (points.length === 0) return m.i32.const(0);
      const c = hop.temp(binaryen.i32);
      return m.block(null, [c.set(codePointOf(hop, hop.args[1]!)), isOneOf(hop, c.get, points)], binaryen.i32);
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
