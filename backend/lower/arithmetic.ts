// Lowering of arithmetic on ints, floats and bools with Python's semantics: 64-bit ints that
// raise OverflowError instead of wrapping, floor division and modulo that round toward
// negative infinity, ZeroDivisionError with CPython's messages, and int/float mixing.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Constant } from '../../frontend/flowmodel.ts';
import { SomeInteger } from '../../annotator/model.ts';
import { BoolRepr, FloatRepr, IntRepr, boolRepr, floatRepr, intRepr } from '../repr/repr.ts';
import { floatFloorDiv, floatMod, floatPow, intPow } from '../support/numbers.ts';
import type { LowerOp, Temp } from './lowerop.ts';
import { HOST } from '../support/support.ts';

const INT64_MIN = -(2n ** 63n);
const OVERFLOW = 'integer result does not fit in 64 bits';

export function isNumeric(hop: LowerOp, i: number): boolean {
  const r = hop.repr(i);
  return r instanceof IntRepr || r instanceof BoolRepr || r instanceof FloatRepr;
}

function baseName(opname: string): string {
  const name = opname.replace(/^inplace_/, '');
  return name === 'and' ? 'and_' : name === 'or' ? 'or_' : name;
}

/** Binary arithmetic on two numbers; null when the operands are not both numbers. */
export function lowerNumericBinary(hop: LowerOp): Expr | null {
  if (!isNumeric(hop, 0) || !isNumeric(hop, 1)) return null;
  const op = baseName(hop.opname);
  if (hop.resultRepr instanceof FloatRepr) return floatBinary(hop, op);
  if (hop.resultRepr instanceof BoolRepr) return boolBinary(hop, op);
  return intBinary(hop, op);
}

function boolBinary(hop: LowerOp, op: string): Expr {
  const m = hop.m;
  const a = hop.argAs(0, boolRepr);
  const b = hop.argAs(1, boolRepr);
  if (op === 'and_') return m.i32.and(a, b);
  if (op === 'or_') return m.i32.or(a, b);
  return m.i32.xor(a, b);
}

const INT64_MAX = (1n << 63n) - 1n;

/** Floor division of BigInts (BigInt's own division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/**
 * The overflow test of `a + c`, `a - c`, `c + b` or `a * c`, `c * b` with a constant int c: the
 * variable operand compared with the bounds it may reach, one unsigned comparison that does not
 * wait for the result ('never' when nothing can overflow); null for other operations.
 */
function overflowOfConstantOperand(hop: LowerOp, op: string, a: () => Expr, b: () => Expr): Expr | 'never' | null {
  if (op !== 'add' && op !== 'sub' && op !== 'mul') return null;
  const constant = (i: number): bigint | null => {
    const v = hop.annotation(i).constValue;
    return typeof v === 'bigint' ? v : null;
  };
  const right = constant(1);
  const left = right === null && op !== 'sub' ? constant(0) : null;
  const c = right ?? left;
  if (c === null) return null;
  const x = right !== null ? a : b;
  // [lo, hi]: the values of the variable operand whose result fits in 64 bits.
  let lo = INT64_MIN;
  let hi = INT64_MAX;
  if (op === 'add') {
    if (c > 0n) hi = INT64_MAX - c;
    else lo = INT64_MIN - c;
  } else if (op === 'sub') {
    if (c > 0n) lo = INT64_MIN + c;
    else hi = INT64_MAX + c;
  } else if (c === 0n) {
    return 'never';
  } else if (c > 0n) {
    lo = -floorDiv(-INT64_MIN, c);
    hi = floorDiv(INT64_MAX, c);
  } else {
    lo = -floorDiv(INT64_MAX, -c);
    hi = floorDiv(INT64_MIN, c);
  }
  // c == -1: -INT64_MIN would not fit, the one operand that overflows.
  if (hi > INT64_MAX) hi = INT64_MAX;
  if (lo === INT64_MIN && hi === INT64_MAX) return 'never';
  const m = hop.m;
  const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);
  return m.i64.gt_u(m.i64.sub(x(), m.i64.const(wrap(lo))), m.i64.const(wrap(hi - lo)));
}

function intBinary(hop: LowerOp, op: string): Expr {
  const m = hop.m;
  const a = hop.temp(binaryen.i64);
  const b = hop.temp(binaryen.i64);
  const r = hop.temp(binaryen.i64);
  const setup = [a.set(hop.argAs(0, intRepr)), b.set(hop.argAs(1, intRepr))];
  const zero = m.i64.const(0n);
  const value = (code: Expr[], result: Expr): Expr => m.block(null, [...setup, ...code, result], binaryen.i64);
  // What the annotator knows of the operands: non-negative, or a constant divisor.
  const nonneg = (i: number): boolean => {
    const s = hop.annotation(i);
    return s instanceof SomeInteger && s.nonneg;
  };
  const positiveConstant = (i: number): boolean => {
    const v = hop.annotation(i).constValue;
    return typeof v === 'bigint' && v > 0n;
  };
  if (op === 'add' && nonneg(0) && nonneg(1)) {
    // Two non-negative ints overflow exactly when the sum wraps below zero.
    return value([r.set(m.i64.add(a.get(), b.get())), m.if(m.i64.lt_s(r.get(), zero), hop.raise('OverflowError', OVERFLOW))], r.get());
  }
  const constantCheck = overflowOfConstantOperand(hop, op, a.get, b.get);
  if (constantCheck !== null) {
    const result = op === 'add' ? m.i64.add(a.get(), b.get()) : op === 'sub' ? m.i64.sub(a.get(), b.get()) : m.i64.mul(a.get(), b.get());
    return value(constantCheck === 'never' ? [] : [m.if(constantCheck, hop.raise('OverflowError', OVERFLOW))], result);
  }
  const divisor = hop.annotation(1).constValue;
  if ((op === 'floordiv' || op === 'mod') && typeof divisor === 'bigint' && divisor > 0n && (divisor & (divisor - 1n)) === 0n) {
    // By a power of two 2**k, Python's floor division is an arithmetic shift by k and its
    // modulo the low k bits, whatever the sign of the dividend (-7 // 4 == -2, -7 % 4 == 1).
    const shift = BigInt(divisor.toString(2).length - 1);
    return value([], op === 'floordiv' ? m.i64.shr_s(a.get(), m.i64.const(shift)) : m.i64.and(a.get(), m.i64.const(divisor - 1n)));
  }
  if ((op === 'floordiv' || op === 'mod') && nonneg(0) && positiveConstant(1)) {
    // A non-negative int by a positive constant: C's division is Python's, nothing can fail.
    return value([], op === 'floordiv' ? m.i64.div_s(a.get(), b.get()) : m.i64.rem_s(a.get(), b.get()));
  }
  switch (op) {
    case 'add':
      return value(
        [
          r.set(m.i64.add(a.get(), b.get())),
          m.if(m.i64.lt_s(m.i64.and(m.i64.xor(a.get(), r.get()), m.i64.xor(b.get(), r.get())), zero), hop.raise('OverflowError', OVERFLOW)),
        ],
        r.get(),
      );
    case 'sub':
      return value(
        [
          r.set(m.i64.sub(a.get(), b.get())),
          m.if(m.i64.lt_s(m.i64.and(m.i64.xor(a.get(), b.get()), m.i64.xor(a.get(), r.get())), zero), hop.raise('OverflowError', OVERFLOW)),
        ],
        r.get(),
      );
    case 'mul': {
      const bothSmall = m.i64.eqz(
        m.i64.shr_u(m.i64.or(m.i64.add(a.get(), m.i64.const(0x80000000n)), m.i64.add(b.get(), m.i64.const(0x80000000n))), m.i64.const(32n)),
      );
      const overflowed = m.if(
        m.i64.eq(a.get(), m.i64.const(-1n)),
        m.i64.eq(b.get(), m.i64.const(INT64_MIN)),
        m.if(m.i64.eqz(a.get()), m.i32.const(0), m.i64.ne(m.i64.div_s(r.get(), a.get()), b.get())),
      );
      return value([r.set(m.i64.mul(a.get(), b.get())), m.if(m.i32.eqz(bothSmall), m.if(overflowed, hop.raise('OverflowError', OVERFLOW)))], r.get());
    }
    case 'floordiv':
      return value(
        [
          m.if(m.i64.eqz(b.get()), hop.raise('ZeroDivisionError', 'integer division or modulo by zero')),
          m.if(m.i32.and(m.i64.eq(a.get(), m.i64.const(INT64_MIN)), m.i64.eq(b.get(), m.i64.const(-1n))), hop.raise('OverflowError', OVERFLOW)),
          r.set(m.i64.div_s(a.get(), b.get())),
          m.if(
            m.i32.and(m.i64.ne(m.i64.rem_s(a.get(), b.get()), zero), m.i64.lt_s(m.i64.xor(a.get(), b.get()), zero)),
            r.set(m.i64.sub(r.get(), m.i64.const(1n))),
          ),
        ],
        r.get(),
      );
    case 'mod':
      return value(
        [
          m.if(m.i64.eqz(b.get()), hop.raise('ZeroDivisionError', 'integer modulo by zero')),
          r.set(m.i64.rem_s(a.get(), b.get())),
          m.if(m.i32.and(m.i64.ne(r.get(), zero), m.i64.lt_s(m.i64.xor(r.get(), b.get()), zero)), r.set(m.i64.add(r.get(), b.get()))),
        ],
        r.get(),
      );
    case 'pow':
      return value([], hop.callSupportMayRaise(intPow(hop.support), [a.get(), b.get(), m.i32.const(hop.site)], binaryen.i64));
    case 'lshift':
      return value(
        [
          m.if(m.i64.lt_s(b.get(), zero), hop.raise('ValueError', 'negative shift count')),
          m.if(
            m.i64.ge_s(b.get(), m.i64.const(64n)),
            m.if(m.i64.ne(a.get(), zero), hop.raise('OverflowError', OVERFLOW)),
            m.block(null, [
              r.set(m.i64.shl(a.get(), b.get())),
              m.if(m.i64.ne(m.i64.shr_s(r.get(), b.get()), a.get()), hop.raise('OverflowError', OVERFLOW)),
            ]),
          ),
        ],
        r.get(),
      );
    case 'rshift':
      return value(
        [
          m.if(m.i64.lt_s(b.get(), zero), hop.raise('ValueError', 'negative shift count')),
          r.set(m.i64.shr_s(a.get(), m.select(m.i64.gt_s(b.get(), m.i64.const(63n)), m.i64.const(63n), b.get()))),
        ],
        r.get(),
      );
    case 'and_':
      return value([], m.i64.and(a.get(), b.get()));
    case 'or_':
      return value([], m.i64.or(a.get(), b.get()));
    case 'xor':
      return value([], m.i64.xor(a.get(), b.get()));
    default:
      throw new Error(`no int lowering for ${op}`);
  }
}

/** An int operand as a float, exactly as Python's int-to-float conversion rounds. */
export function asFloat(hop: LowerOp, i: number): Expr {
  const repr = hop.repr(i);
  if (repr instanceof FloatRepr) return hop.arg(i);
  if (repr.isVoid || hop.args[i] instanceof Constant) return hop.argAs(i, floatRepr);
  return hop.m.f64.convert_s.i64(hop.argAs(i, intRepr));
}

function floatBinary(hop: LowerOp, op: string): Expr {
  const m = hop.m;
  if (op === 'truediv' && !(hop.repr(0) instanceof FloatRepr) && !(hop.repr(1) instanceof FloatRepr)) {
    const a = hop.temp(binaryen.i64);
    const b = hop.temp(binaryen.i64);
    // Both within 2**53: converting is exact, and one float division rounds correctly.
    const small = (x: Temp): Expr => m.i64.le_u(m.i64.add(x.get(), m.i64.const(2n ** 53n)), m.i64.const(2n ** 54n));
    return m.block(null, [
      a.set(hop.argAs(0, intRepr)),
      b.set(hop.argAs(1, intRepr)),
      m.if(m.i64.eqz(b.get()), hop.raise('ZeroDivisionError', 'division by zero')),
      m.if(
        m.i32.and(small(a), small(b)),
        m.f64.div(m.f64.convert_s.i64(a.get()), m.f64.convert_s.i64(b.get())),
        hop.support.hostCall(HOST.intTrueDivide, [a.get(), b.get()]),
      ),
    ], binaryen.f64);
  }
  const a = hop.temp(binaryen.f64);
  const b = hop.temp(binaryen.f64);
  const setup = [a.set(asFloat(hop, 0)), b.set(asFloat(hop, 1))];
  const value = (code: Expr[], result: Expr): Expr => m.block(null, [...setup, ...code, result], binaryen.f64);
  const zeroDivisor = m.f64.eq(b.get(), m.f64.const(0));
  switch (op) {
    case 'add':
      return value([], m.f64.add(a.get(), b.get()));
    case 'sub':
      return value([], m.f64.sub(a.get(), b.get()));
    case 'mul':
      return value([], m.f64.mul(a.get(), b.get()));
    case 'truediv':
      return value([m.if(zeroDivisor, hop.raise('ZeroDivisionError', 'float division by zero'))], m.f64.div(a.get(), b.get()));
    case 'floordiv':
      return value([m.if(zeroDivisor, hop.raise('ZeroDivisionError', 'float floor division by zero'))], m.call(floatFloorDiv(hop.support), [a.get(), b.get()], binaryen.f64));
    case 'mod':
      return value([m.if(zeroDivisor, hop.raise('ZeroDivisionError', 'float modulo'))], m.call(floatMod(hop.support), [a.get(), b.get()], binaryen.f64));
    case 'pow':
      return value([], hop.callSupportMayRaise(floatPow(hop.support), [a.get(), b.get(), m.i32.const(hop.site)], binaryen.f64));
    default:
      throw new Error(`no float lowering for ${op}`);
  }
}

/** Unary -, + and ~ on numbers. */
export function lowerNumericUnary(hop: LowerOp): Expr | null {
  if (!isNumeric(hop, 0)) return null;
  const m = hop.m;
  if (hop.repr(0) instanceof FloatRepr) {
    return hop.opname === 'neg' ? m.f64.neg(hop.arg(0)) : hop.arg(0);
  }
  const a = hop.argAs(0, intRepr);
  if (hop.opname === 'pos') return a;
  if (hop.opname === 'invert') return m.i64.xor(a, m.i64.const(-1n));
  const t = hop.temp(binaryen.i64);
  return m.block(null, [
    t.set(a),
    m.if(m.i64.eq(t.get(), m.i64.const(INT64_MIN)), hop.raise('OverflowError', OVERFLOW)),
    m.i64.sub(m.i64.const(0n), t.get()),
  ], binaryen.i64);
}
