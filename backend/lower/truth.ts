// The truth value of a value of any representation, as bool() and `if` test it: zero, empty
// and None are false.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import { BoolRepr, FloatRepr, IntRepr } from '../repr/repr.ts';
import { StrRepr } from '../repr/str.ts';
import { ListRepr } from '../repr/list.ts';
import { RangeRepr } from '../repr/iterators.ts';
import { DictRepr, DictViewRepr } from '../repr/dict.ts';
import { dictTruth } from './dicts.ts';
import { rangeLength } from '../support/ranges.ts';
import { STR } from '../support/types.ts';
import { FunctionSetRepr } from '../repr/functionset.ts';
import { lowerSpecialCall, specialPlanOf } from './special.ts';
import type { LowerOp } from './lowerop.ts';

/** Python's truth of a constant (JavaScript's differs for NaN, which is true in Python). */
function constantTruth(v: unknown): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'bigint') return v !== 0n;
  if (Array.isArray(v)) return v.length > 0;
  return v !== null && v !== undefined && v !== false;
}

export function lowerTruthOf(hop: LowerOp, value: Hlvalue): Expr {
  const m = hop.m;
  const model = hop.model;
  const annotation = hop.fn.annotation(value);
  if (annotation.isConstant) return m.i32.const(constantTruth(annotation.constValue) ? 1 : 0);
  const repr = hop.fn.reprOf(value);
  if (repr.isVoid) return m.i32.const(constantTruth(annotation.constValue) ? 1 : 0);
  const special = specialPlanOf(hop, 'bool', [value]);
  if (special) return lowerSpecialCall(hop, special, [value]);
  const v = hop.valueAs(value, repr);
  if (repr instanceof BoolRepr) return v;
  if (repr instanceof IntRepr) return m.i64.ne(v, m.i64.const(0n));
  if (repr instanceof FunctionSetRepr) return m.i32.ne(v, m.i32.const(0));
  if (repr instanceof FloatRepr) return m.f64.ne(v, m.f64.const(0));
  if (repr instanceof RangeRepr) return m.i64.ne(m.call(rangeLength(hop.support), [v], binaryen.i64), m.i64.const(0n));
  if (repr instanceof DictRepr || repr instanceof DictViewRepr) return dictTruth(hop, repr, v)!;
  const t = hop.temp(model.valueType(repr.lltype));
  const nonEmpty = (length: Expr): Expr => m.if(model.isNull(t.tee(v)), m.i32.const(0), m.i32.ne(length, m.i32.const(0)));
  if (repr instanceof StrRepr) return nonEmpty(model.arrayLength(model.structGet(STR, t.get(), 'chars')));
  if (repr instanceof ListRepr) return nonEmpty(model.structGet(repr.struct, t.get(), 'length'));
  return m.i32.eqz(model.isNull(v));
}
