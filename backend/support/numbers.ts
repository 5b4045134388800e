// Number support written in wasm: int ** int with overflow checks, and float //, % and ** with
// CPython's results (floor rounding, signs of zero, errors where CPython raises). The exact
// fmod and pow come from the host, whose Math library computes them as C does.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { FunctionBuilder, whileLoop } from '../wasm/fnbuilder.ts';
import { pendingException, raiseException } from './exceptions.ts';
import { EXCEPTION, EXCEPTION_OR_NONE } from './types.ts';
import { HOST, type Support } from './support.ts';

const i32 = binaryen.i32;
const i64 = binaryen.i64;
const f64 = binaryen.f64;

/** Host math functions of one and two arguments, by index (runtime/host.mjs has the same lists). */
export const MATH1 = ['sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'exp', 'log', 'log2', 'log10', 'expm1', 'log1p'];
export const MATH2 = ['fmod', 'pow', 'atan2', 'hypot'];

export function math1(s: Support, name: string, x: Expr): Expr {
  return s.hostCall(HOST.mathUnary, [s.module.i32.const(MATH1.indexOf(name)), x]);
}

export function math2(s: Support, name: string, x: Expr, y: Expr): Expr {
  return s.hostCall(HOST.mathBinary, [s.module.i32.const(MATH2.indexOf(name)), x, y]);
}

function raiseIn(s: Support, className: string, message: string, site: Expr): Expr {
  return s.module.call(raiseException(s), [s.module.i32.const(s.classId(className)), s.str(message), site], binaryen.none);
}

/** int_mul_overflows(a, b): 1 when a * b does not fit in 64 bits. */
export function intMulOverflows(s: Support): string {
  return s.ensure('int_mul_overflows', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'int_mul_overflows', [['a', i64], ['b', i64]]);
    f.finish(i32, [
      m.if(
        m.i64.eq(f.get('a'), m.i64.const(-1n)),
        m.i64.eq(f.get('b'), m.i64.const(-(2n ** 63n))),
        m.if(m.i64.eqz(f.get('a')), m.i32.const(0), m.i64.ne(m.i64.div_s(m.i64.mul(f.get('a'), f.get('b')), f.get('a')), f.get('b'))),
      ),
    ]);
  });
}

/** int_pow(a, b, site): a ** b for b >= 0, raising OverflowError past 64 bits. */
export function intPow(s: Support): string {
  return s.ensure('int_pow', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'int_pow', [['a', i64], ['b', i64], ['site', i32]]);
    f.local('result', i64);
    const overflows = (x: Expr, y: Expr): Expr => m.call(intMulOverflows(s), [x, y], i32);
    const fail = (): Expr => m.block(null, [raiseIn(s, 'OverflowError', 'integer result does not fit in 64 bits', f.get('site')), m.return(m.i64.const(0n))]);
    f.finish(i64, [
      f.set('result', m.i64.const(1n)),
      whileLoop(m, 'bits', m.i64.gt_s(f.get('b'), m.i64.const(0n)), [
        m.if(
          m.i32.wrap(m.i64.and(f.get('b'), m.i64.const(1n))),
          m.block(null, [m.if(overflows(f.get('result'), f.get('a')), fail()), f.set('result', m.i64.mul(f.get('result'), f.get('a')))]),
        ),
        f.set('b', m.i64.shr_s(f.get('b'), m.i64.const(1n))),
        m.if(
          m.i64.gt_s(f.get('b'), m.i64.const(0n)),
          m.block(null, [m.if(overflows(f.get('a'), f.get('a')), fail()), f.set('a', m.i64.mul(f.get('a'), f.get('a')))]),
        ),
      ]),
      f.get('result'),
    ]);
  });
}

/**
 * float_divmod(x, y, want_div): CPython's float floor division and modulo (y != 0): the
 * remainder takes the divisor's sign and the quotient is rounded so that div * y + mod == x.
 */
function floatDivmod(s: Support): string {
  return s.ensure('float_divmod', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'float_divmod', [['x', f64], ['y', f64], ['want_div', i32]]);
    f.local('mod', f64);
    f.local('div', f64);
    f.local('floordiv', f64);
    const zero = m.f64.const(0);
    f.finish(f64, [
      f.set('mod', math2(s, 'fmod', f.get('x'), f.get('y'))),
      f.set('div', m.f64.div(m.f64.sub(f.get('x'), f.get('mod')), f.get('y'))),
      m.if(
        m.f64.ne(f.get('mod'), zero),
        m.if(
          m.i32.ne(m.f64.lt(f.get('y'), zero), m.f64.lt(f.get('mod'), zero)),
          m.block(null, [f.set('mod', m.f64.add(f.get('mod'), f.get('y'))), f.set('div', m.f64.sub(f.get('div'), m.f64.const(1)))]),
        ),
        f.set('mod', m.f64.copysign(zero, f.get('y'))),
      ),
      m.if(m.i32.eqz(f.get('want_div')), m.return(f.get('mod'))),
      m.if(
        m.f64.ne(f.get('div'), zero),
        m.block(null, [
          f.set('floordiv', m.f64.floor(f.get('div'))),
          m.if(m.f64.gt(m.f64.sub(f.get('div'), f.get('floordiv')), m.f64.const(0.5)), f.set('floordiv', m.f64.add(f.get('floordiv'), m.f64.const(1)))),
        ]),
        f.set('floordiv', m.f64.copysign(zero, m.f64.div(f.get('x'), f.get('y')))),
      ),
      f.get('floordiv'),
    ]);
  });
}

export function floatFloorDiv(s: Support): string {
  return s.ensure('float_floordiv', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'float_floordiv', [['x', f64], ['y', f64]]);
    f.finish(f64, [m.call(floatDivmod(s), [f.get('x'), f.get('y'), m.i32.const(1)], f64)]);
  });
}

export function floatMod(s: Support): string {
  return s.ensure('float_mod', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'float_mod', [['x', f64], ['y', f64]]);
    f.finish(f64, [m.call(floatDivmod(s), [f.get('x'), f.get('y'), m.i32.const(0)], f64)]);
  });
}

/** `x()` builds a fresh read (a binaryen expression can appear only once in a tree). */
function isNan(m: binaryen.Module, x: () => Expr): Expr {
  return m.f64.ne(x(), x());
}

function isInf(m: binaryen.Module, x: Expr): Expr {
  return m.f64.eq(m.f64.abs(x), m.f64.const(Infinity));
}

/** float_pow(x, y, site): x ** y as CPython's float_pow computes it. */
export function floatPow(s: Support): string {
  return s.ensure('float_pow', () => {
    const m = s.module;
    const f = new FunctionBuilder(m, 'float_pow', [['x', f64], ['y', f64], ['site', i32]]);
    f.local('r', f64);
    const x = (): Expr => f.get('x');
    const y = (): Expr => f.get('y');
    const fail = (cls: string, msg: string): Expr => m.block(null, [raiseIn(s, cls, msg, f.get('site')), m.return(m.f64.const(0))]);
    f.finish(f64, [
      m.if(m.f64.eq(y(), m.f64.const(0)), m.return(m.f64.const(1))),
      m.if(isNan(m, x), m.return(x())),
      m.if(isNan(m, y), m.return(m.select(m.f64.eq(x(), m.f64.const(1)), m.f64.const(1), y()))),
      m.if(
        isInf(m, y()),
        m.block(null, [
          m.if(m.f64.eq(m.f64.abs(x()), m.f64.const(1)), m.return(m.f64.const(1))),
          m.return(m.select(m.i32.eq(m.f64.gt(y(), m.f64.const(0)), m.f64.gt(m.f64.abs(x()), m.f64.const(1))), m.f64.const(Infinity), m.f64.const(0))),
        ]),
      ),
      m.if(m.i32.and(m.f64.eq(x(), m.f64.const(0)), m.f64.lt(y(), m.f64.const(0))), fail('ZeroDivisionError', '0.0 cannot be raised to a negative power')),
      m.if(
        m.i32.and(m.i32.and(m.f64.lt(x(), m.f64.const(0)), m.f64.ne(y(), m.f64.floor(y()))), m.i32.eqz(isInf(m, x()))),
        fail('ValueError', 'a negative number raised to a fractional power is a complex number, which Wyrm does not support'),
      ),
      f.set('r', math2(s, 'pow', x(), y())),
      m.if(
        m.i32.and(isInf(m, f.get('r')), m.i32.eqz(isInf(m, x()))),
        // CPython's error comes from errno: its arguments are (34, 'Numerical result out of range').
        m.block(null, [
          raiseIn(s, 'OverflowError', "(34, 'Numerical result out of range')", f.get('site')),
          s.model.structSet(EXCEPTION, m.global.get(pendingException(s), s.model.valueType(EXCEPTION_OR_NONE)), '.args', s.str("(34, 'Numerical result out of range')")),
          m.return(m.f64.const(0)),
        ]),
      ),
      f.get('r'),
    ]);
  });
}
