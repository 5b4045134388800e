// Comparisons of tuples, written in wasm per pair of tuple representations: == item by item,
// and < <= > >= as Python orders sequences (the first items that differ decide, then the
// lengths). Items may be ints, bools, floats (compared exactly with ints), strs, None and
// tuples of those. The three-way result is -1, 0 or 1, or 2 when unordered (a NaN).

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder } from '../wasm/fnbuilder.ts';
import { BoolRepr, FloatRepr, IntRepr, VoidRepr, type Repr } from '../repr/repr.ts';
import { StrRepr } from '../repr/str.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { compareIntFloat } from './compare.ts';
import { strCompare, strEquals } from './strings.ts';
import type { Support } from './support.ts';

const i32 = binaryen.i32;

function isIntLike(r: Repr): boolean {
  return r instanceof IntRepr || r instanceof BoolRepr;
}

function asI64(s: Support, r: Repr, e: Expr): Expr {
  return r instanceof BoolRepr ? s.module.i64.extend_u(e) : e;
}

function unsupported(a: Repr, b: Repr): Error {
  return new Error(`comparing tuple items of ${a.key} and ${b.key} is not supported yet`);
}

/** 1 when the items x (of a) and y (of b) are equal; x or y is null for void items. */
function itemEquals(s: Support, a: Repr, b: Repr, x: Expr | null, y: Expr | null): Expr {
  const m = s.module;
  if (a instanceof VoidRepr && b instanceof VoidRepr) return m.i32.const(1);
  if (a instanceof VoidRepr && b instanceof StrRepr) return s.model.isNull(y!);
  if (b instanceof VoidRepr && a instanceof StrRepr) return s.model.isNull(x!);
  if (isIntLike(a) && isIntLike(b)) return m.i64.eq(asI64(s, a, x!), asI64(s, b, y!));
  if (a instanceof FloatRepr && b instanceof FloatRepr) return m.f64.eq(x!, y!);
  if (isIntLike(a) && b instanceof FloatRepr) return m.i32.eqz(m.call(compareIntFloat(s), [asI64(s, a, x!), y!], i32));
  if (a instanceof FloatRepr && isIntLike(b)) return m.i32.eqz(m.call(compareIntFloat(s), [asI64(s, b, y!), x!], i32));
  if (a instanceof StrRepr && b instanceof StrRepr) return m.call(strEquals(s), [x!, y!], i32);
  if (a instanceof TupleRepr && b instanceof TupleRepr) return m.call(tupleEquals(s, a, b), [x!, y!], i32);
  throw unsupported(a, b);
}

/** The three-way comparison of items x (of a) and y (of b). */
function itemCompare(s: Support, a: Repr, b: Repr, x: Expr, y: () => Expr): Expr {
  const m = s.module;
  if (isIntLike(a) && isIntLike(b)) {
    const u = asI64(s, a, x);
    return m.call(int3(s), [u, asI64(s, b, y())], i32);
  }
  if (a instanceof FloatRepr && b instanceof FloatRepr) return m.call(float3(s), [x, y()], i32);
  if (isIntLike(a) && b instanceof FloatRepr) return m.call(compareIntFloat(s), [asI64(s, a, x), y()], i32);
  if (a instanceof FloatRepr && isIntLike(b)) return m.call(swap3(s), [m.call(compareIntFloat(s), [asI64(s, b, y()), x], i32)], i32);
  if (a instanceof StrRepr && b instanceof StrRepr) return m.call(strCompare(s), [x, y()], i32);
  if (a instanceof TupleRepr && b instanceof TupleRepr) return m.call(tupleCompare(s, a, b), [x, y()], i32);
  throw unsupported(a, b);
}

function int3(s: Support): string {
  return s.ensure('cmp3_int', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'cmp3_int', [['a', binaryen.i64], ['b', binaryen.i64]]);
    f.finish(i32, [m.select(m.i64.lt_s(f.get('a'), f.get('b')), m.i32.const(-1), m.i64.gt_s(f.get('a'), f.get('b')))]);
  });
}

function float3(s: Support): string {
  return s.ensure('cmp3_float', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'cmp3_float', [['a', binaryen.f64], ['b', binaryen.f64]]);
    f.finish(i32, [
      m.select(
        m.f64.lt(f.get('a'), f.get('b')),
        m.i32.const(-1),
        m.select(m.f64.gt(f.get('a'), f.get('b')), m.i32.const(1), m.select(m.f64.eq(f.get('a'), f.get('b')), m.i32.const(0), m.i32.const(2))),
      ),
    ]);
  });
}

/** The comparison of b with a from that of a with b (2, unordered, stays 2). */
function swap3(s: Support): string {
  return s.ensure('cmp3_swap', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'cmp3_swap', [['r', i32]]);
    f.finish(i32, [m.select(m.i32.eq(f.get('r'), m.i32.const(2)), m.i32.const(2), m.i32.sub(m.i32.const(0), f.get('r')))]);
  });
}

function field(s: Support, repr: TupleRepr, ref: Expr, i: number): Expr | null {
  return repr.stores(i) ? s.model.structGet(repr.struct, ref, `${i}`) : null;
}

/** tuple_eq<a|b>(x, y): 1 when the tuples have the same length and equal items. */
export function tupleEquals(s: Support, a: TupleRepr, b: TupleRepr): string {
  const name = `tuple_eq<${a.key}|${b.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const f = new FunctionBuilder(m, name, [['x', s.model.valueType(a.lltype)], ['y', s.model.valueType(b.lltype)]]);
    const body: Expr[] = [];
    if (a.items.length !== b.items.length) {
      body.push(m.i32.const(0));
    } else {
      a.items.forEach((item, i) => {
        const equal = itemEquals(s, item, b.items[i]!, field(s, a, f.get('x'), i), field(s, b, f.get('y'), i));
        body.push(m.if(m.i32.eqz(equal), m.return(m.i32.const(0))));
      });
      body.push(m.i32.const(1));
    }
    f.finish(i32, body);
  });
}

/** tuple_cmp<a|b>(x, y): the three-way comparison of two tuples, as Python orders them. */
export function tupleCompare(s: Support, a: TupleRepr, b: TupleRepr): string {
  const name = `tuple_cmp<${a.key}|${b.key}>`;
  return s.ensure(name, () => {
    const m = s.module;
    const f = new FunctionBuilder(m, name, [['x', s.model.valueType(a.lltype)], ['y', s.model.valueType(b.lltype)]]);
    const body: Expr[] = [];
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      const ai = a.items[i]!;
      const bi = b.items[i]!;
      const equal = itemEquals(s, ai, bi, field(s, a, f.get('x'), i), field(s, b, f.get('y'), i));
      if (ai.isVoid || bi.isVoid) {
        body.push(m.if(m.i32.eqz(equal), m.return(m.i32.const(2))));
        continue;
      }
      const compared = itemCompare(s, ai, bi, field(s, a, f.get('x'), i)!, () => field(s, b, f.get('y'), i)!);
      body.push(m.if(m.i32.eqz(equal), m.return(compared)));
    }
    const la = a.items.length;
    const lb = b.items.length;
    body.push(m.i32.const(la < lb ? -1 : la > lb ? 1 : 0));
    f.finish(i32, body);
  });
}
