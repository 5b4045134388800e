// Lowering of comparisons, identity and truth values. Mixed int/float comparisons are exact (as
// CPython's are, even past 2**53); str comparisons compare code points.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { BoolRepr, FloatRepr, IntRepr, VoidRepr, boolRepr, intRepr } from '../repr/repr.ts';
import { StrRepr } from '../repr/str.ts';
import { compareIntFloat } from '../support/compare.ts';
import { strCompare, strEquals } from '../support/strings.ts';
import { STR, STR_CHARS_REF } from '../support/types.ts';
import { charAt } from '../support/strkinds.ts';
import { lowerTruthOf } from './truth.ts';
import { ListRepr } from '../repr/list.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { tupleCompare, tupleEquals } from '../support/tuplecompare.ts';
import { lowerLibraryCall } from './library.ts';
import { FunctionSetRepr } from '../repr/functionset.ts';
import { InstanceRepr } from '../repr/instance.ts';
import type { LowerOp } from './lowerop.ts';
import { SomeBuiltin } from '../../annotator/model.ts';

const SWAPPED: Record<string, string> = { lt: 'gt', le: 'ge', gt: 'lt', ge: 'le', eq: 'eq', ne: 'ne' };

/**
 * `x == "c"` for a constant of one code point, inline: a scanner's `s[i] == '"'` compares a code
 * point instead of calling str_eq. Null when argument `constant` is not such a constant.
 */
function equalsOneChar(hop: LowerOp, value: number, constant: number): Expr | null {
  const text = hop.constant(constant);
  if (typeof text !== 'string') return null;
  const points = [...text];
  if (points.length !== 1) return null;
  const m = hop.m;
  const model = hop.model;
  const str = hop.temp(hop.wasmType(hop.repr(value)));
  const chars = hop.temp(model.valueType(STR_CHARS_REF));
  const test = m.if(
    m.i32.eq(model.arrayLength(chars.tee(model.structGet(STR, str.get(), 'chars'))), m.i32.const(1)),
    m.i32.eq(charAt(hop.support, () => chars.get(), () => m.i32.const(0)), m.i32.const(points[0]!.codePointAt(0)!)),
    m.i32.const(0),
  );
  const canBeNone = (hop.repr(value) as StrRepr).canBeNone;
  return m.block(null, [str.set(hop.arg(value)), canBeNone ? m.if(model.isNull(str.get()), m.i32.const(0), test) : test], binaryen.i32);
}

/** Compares an i32 three-way result (-1, 0, 1; 2 for unordered) with zero per `op`. */
function threeWay(m: binaryen.Module, op: string, r: Expr): Expr {
  switch (op) {
    case 'eq':
      return m.i32.eqz(r);
    case 'ne':
      return m.i32.ne(r, m.i32.const(0));
    case 'lt':
      return m.i32.eq(r, m.i32.const(-1));
    case 'le':
      return m.i32.le_s(r, m.i32.const(0));
    case 'gt':
      return m.i32.eq(r, m.i32.const(1));
    default: {
      // ge: 0 or 1 (not -1, not unordered); r is used twice, so keep it in a local first.
      return m.i32.le_u(r, m.i32.const(1));
    }
  }
}

function isIntLike(r: unknown): boolean {
  return r instanceof IntRepr || r instanceof BoolRepr;
}

export function lowerComparison(hop: LowerOp): Expr | null {
  const m = hop.m;
  const op = hop.opname;
  const result = hop.resultAnnotation;
  if (result.isConstant) return m.i32.const(result.constValue ? 1 : 0);
  const [ra, rb] = [hop.repr(0), hop.repr(1)];
  if (ra instanceof BoolRepr && rb instanceof BoolRepr) {
    const ops = { lt: m.i32.lt_u, le: m.i32.le_u, gt: m.i32.gt_u, ge: m.i32.ge_u, eq: m.i32.eq, ne: m.i32.ne } as const;
    return ops[op as keyof typeof ops].call(m.i32, hop.arg(0), hop.arg(1));
  }
  if (isIntLike(ra) && isIntLike(rb)) {
    const ops = { lt: m.i64.lt_s, le: m.i64.le_s, gt: m.i64.gt_s, ge: m.i64.ge_s, eq: m.i64.eq, ne: m.i64.ne } as const;
    return ops[op as keyof typeof ops].call(m.i64, hop.argAs(0, intRepr), hop.argAs(1, intRepr));
  }
  if (ra instanceof FloatRepr && rb instanceof FloatRepr) {
    const ops = { lt: m.f64.lt, le: m.f64.le, gt: m.f64.gt, ge: m.f64.ge, eq: m.f64.eq, ne: m.f64.ne } as const;
    return ops[op as keyof typeof ops].call(m.f64, hop.arg(0), hop.arg(1));
  }
  if (isIntLike(ra) && rb instanceof FloatRepr) {
    return threeWay(m, op, m.call(compareIntFloat(hop.support), [hop.argAs(0, intRepr), hop.arg(1)], binaryen.i32));
  }
  if (ra instanceof FloatRepr && isIntLike(rb)) {
    return threeWay(m, SWAPPED[op]!, m.call(compareIntFloat(hop.support), [hop.argAs(1, intRepr), hop.arg(0)], binaryen.i32));
  }
  if (ra instanceof StrRepr && rb instanceof StrRepr) {
    if (op === 'eq' || op === 'ne') {
      const equal = equalsOneChar(hop, 0, 1) ?? equalsOneChar(hop, 1, 0) ?? m.call(strEquals(hop.support), [hop.arg(0), hop.arg(1)], binaryen.i32);
      return op === 'eq' ? equal : m.i32.eqz(equal);
    }
    return threeWay(m, op, m.call(strCompare(hop.support), [hop.arg(0), hop.arg(1)], binaryen.i32));
  }
  if (ra instanceof ListRepr && rb instanceof ListRepr) {
    if (op === 'eq' || op === 'ne') {
      const equal = lowerLibraryCall(hop, 'list_eq', [hop.args[0]!, hop.args[1]!]);
      return op === 'eq' ? equal : m.i32.eqz(equal);
    }
    return threeWay(m, op, m.i32.wrap(lowerLibraryCall(hop, 'list_compare', [hop.args[0]!, hop.args[1]!], new Map(), intRepr)));
  }
  if (ra instanceof TupleRepr && rb instanceof TupleRepr) {
    if (op === 'eq' || op === 'ne') {
      const equal = m.call(tupleEquals(hop.support, ra, rb), [hop.arg(0), hop.arg(1)], binaryen.i32);
      return op === 'eq' ? equal : m.i32.eqz(equal);
    }
    return threeWay(m, op, m.call(tupleCompare(hop.support, ra, rb), [hop.arg(0), hop.arg(1)], binaryen.i32));
  }
  if ((op === 'eq' || op === 'ne') && ra instanceof InstanceRepr && rb instanceof InstanceRepr) {
    // Instances without __eq__: identity.
    const same = hop.model.refEq(hop.arg(0), hop.arg(1));
    return op === 'eq' ? same : m.i32.eqz(same);
  }
  if ((op === 'eq' || op === 'ne') && (ra instanceof FunctionSetRepr || rb instanceof FunctionSetRepr)) {
    const equal = sameFunction(hop);
    return op === 'eq' ? equal : m.i32.eqz(equal);
  }
  if ((op === 'eq' || op === 'ne') && (ra instanceof VoidRepr || rb instanceof VoidRepr)) {
    // x == None for an `X or None`: None equals only None.
    const other = ra instanceof VoidRepr ? 1 : 0;
    const isNone = hop.model.isNull(hop.arg(other));
    return op === 'eq' ? isNone : m.i32.eqz(isNone);
  }
  return null;
}

export function lowerIs(hop: LowerOp): Expr {
  const m = hop.m;
  const result = hop.resultAnnotation;
  if (result.isConstant) return m.i32.const(result.constValue ? 1 : 0);
  const [ra, rb] = [hop.repr(0), hop.repr(1)];
  if (ra instanceof FunctionSetRepr || rb instanceof FunctionSetRepr) return sameFunction(hop);
  // A number is never the same object as a value of another type (`[1.0] is 1`, `1 is 1.0`,
  // `n is None`, `n is int`).
  const isNumber = (r: typeof ra): boolean => isIntLike(r) || r instanceof FloatRepr;
  if ((isNumber(ra) && !isNumber(rb)) || (isNumber(rb) && !isNumber(ra))) return m.i32.const(0);
  // Two values known from their annotations (`int is float`): the same constant or not.
  if (ra instanceof VoidRepr && rb instanceof VoidRepr) return m.i32.const(hop.annotation(0).constValue === hop.annotation(1).constValue ? 1 : 0);
  if (ra instanceof VoidRepr) return hop.model.isNull(hop.arg(1));
  if (rb instanceof VoidRepr) return hop.model.isNull(hop.arg(0));
  if (isIntLike(ra) && isIntLike(rb)) return m.i64.eq(hop.argAs(0, intRepr), hop.argAs(1, intRepr));
  if (ra instanceof FloatRepr && rb instanceof FloatRepr) return m.i64.eq(m.i64.reinterpret(hop.arg(0)), m.i64.reinterpret(hop.arg(1)));
  if (isNumber(ra) || isNumber(rb)) return m.i32.const(0);
  return hop.model.refEq(hop.arg(0), hop.arg(1));
}

/** The truth value of the operation's argument, as an i32. */
export function lowerTruth(hop: LowerOp): Expr {
  const result = hop.resultAnnotation;
  if (result.isConstant) return hop.m.i32.const(result.constValue ? 1 : 0);
  return lowerTruthOf(hop, hop.args[0]!);
}

export function lowerNot(hop: LowerOp): Expr {
  return hop.m.i32.eqz(hop.argAs(0, boolRepr));
}

/** Whether two values naming functions or classes (or None) name the same one. */
function sameFunction(hop: LowerOp): Expr {
  // A builtin (`exc_type is chr`) is none of the program's functions or classes, nor None.
  if (hop.annotation(0) instanceof SomeBuiltin || hop.annotation(1) instanceof SomeBuiltin) return hop.m.i32.const(0);
  const functions = hop.ctx.rtyper.functionSetRepr;
  return hop.m.i32.eq(hop.argAs(0, functions), hop.argAs(1, functions));
}
