// Lowering of calls to builtin functions and to the methods of builtin types: print, len, abs,
// min, max, the int/float/bool/str conversions, math, sys.exit, time, and list methods.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { Constant, Variable, type Hlvalue } from '../../frontend/flowmodel.ts';
import { RuntimeValue } from '../../frontend/program.ts';
import { SomeList, SomeNone, type SomeBuiltin } from '../../annotator/model.ts';
import { BoolRepr, FloatRepr, IntRepr, boolRepr, floatRepr, intRepr } from '../repr/repr.ts';
import { StrRepr, strOrNoneRepr, strRepr } from '../repr/str.ts';
import { strCompare } from '../support/strings.ts';
import { ListRepr } from '../repr/list.ts';
import { RangeRepr } from '../repr/iterators.ts';
import { flush, writeStr } from '../support/output.ts';
import { math1, math2 } from '../support/numbers.ts';
import { rangeLength } from '../support/ranges.ts';
import { strToFloat, strToInt } from '../support/parse.ts';
import { exitCode } from '../support/exit.ts';
import { HOST } from '../support/support.ts';
import { OBJECT, STR } from '../support/types.ts';
import { CLASS_NUMBERS } from '../repr/functionset.ts';
import { listMethod } from './lists.ts';
import { lowerDictBuiltin } from './dicts.ts';
import { lowerClassTest } from './instances.ts';
import { lowerIntrinsic } from './intrinsics.ts';
import { lowerLibraryCall, lowerRecordedLibraryCall } from './library.ts';
import { lowerSpecialCall, specialPlanOf } from './special.ts';
import { listLibraryFunction } from '../../annotator/ops/containers.ts';
import { convertValue } from '../repr/convert.ts';
import { textOf, writeValue } from './strings.ts';
import { lowerTruthOf } from './truth.ts';
import { exceptionTexts } from './exceptionargs.ts';
import { floatToInt } from './conversions.ts';
import { lowerRange } from './iteration.ts';
import type { CallArgs } from './calls.ts';
import { lowerInput } from './input.ts';
import { storeArgs } from './argstuple.ts';
import { InstanceRepr } from '../repr/instance.ts';
import type { LowerOp } from './lowerop.ts';
import { lowerStripConstant } from './strstrip.ts';
import { lowerFormatBuiltin, lowerStrFormat } from './formatting.ts';
import { SplitIterRepr } from '../repr/iterators.ts';
import { lowerSplitIter } from './strsplit.ts';

type BuiltinLowering = (hop: LowerOp, call: CallArgs) => Expr;

function lowerPrint(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const support = hop.support;
  const file = call.keywords.get('file');
  const fileName = file ? ((hop.fn.annotation(file).constValue as RuntimeValue).name) : 'sys.stdout';
  const fd = fileName === 'sys.stderr' ? 2 : 1;
  const statements: Expr[] = [];
  const separator = (name: 'sep' | 'end', fallback: string): ((hopValue: LowerOp) => Expr) => {
    const given = call.keywords.get(name);
    return () => {
      if (!given) return m.call(writeStr(support), [m.i32.const(fd), support.str(fallback)], binaryen.none);
      const annotation = hop.fn.annotation(given);
      if (annotation.isConstant) {
        const text = annotation.constValue === null ? fallback : (annotation.constValue as string);
        return m.call(writeStr(support), [m.i32.const(fd), support.str(text)], binaryen.none);
      }
      const value = hop.valueAs(given, strOrNoneRepr);
      const t = hop.temp(hop.model.valueType(strOrNoneRepr.lltype));
      return m.call(writeStr(support), [m.i32.const(fd), m.if(hop.model.isNull(t.tee(value)), support.str(fallback), t.get())], binaryen.none);
    };
  };
  const sep = separator('sep', ' ');
  const end = separator('end', '\n');
  call.positional.forEach((value, i) => {
    if (i > 0) statements.push(sep(hop));
    statements.push(writeValue(hop, m.i32.const(fd), value));
  });
  if (call.star !== undefined) statements.push(printItems(hop, call.star, fd, call.positional.length > 0, () => sep(hop)));
  statements.push(end(hop));
  const flushAsked = call.keywords.get('flush');
  if (fd === 2 || (flushAsked && hop.fn.annotation(flushAsked).constValue !== false)) statements.push(m.call(flush(support), [], binaryen.none));
  return m.block(null, statements);
}

/** print(..., *xs) of a list: each item, after a separator unless it is the first value. */
function printItems(hop: LowerOp, list: Hlvalue, fd: number, afterOthers: boolean, sep: () => Expr): Expr {
  const m = hop.m;
  const model = hop.model;
  const repr = hop.fn.reprOf(list) as ListRepr;
  const item = new Variable('item');
  item.annotation = (hop.fn.annotation(list) as SomeList).listdef.item.value.withoutConstant();
  const xs = hop.temp(hop.wasmType(repr));
  const i = hop.temp(binaryen.i32);
  const label = `print_items${hop.fn.nextLabel()}`;
  const length = model.structGet(repr.struct, xs.get(), 'length');
  const read = repr.item.isVoid ? m.nop() : hop.fn.setLocal(item, model.arrayGet(repr.items, model.structGet(repr.struct, xs.get(), 'items'), i.get()));
  const separator = afterOthers ? sep() : m.if(m.i32.ne(i.get(), m.i32.const(0)), sep());
  return m.block(null, [
    xs.set(hop.valueAs(list, repr)),
    i.set(m.i32.const(0)),
    m.block(`${label}:done`, [
      m.loop(`${label}:next`, m.block(null, [
        m.br(`${label}:done`, m.i32.ge_u(i.get(), length)),
        separator,
        read,
        writeValue(hop, m.i32.const(fd), item),
        i.set(m.i32.add(i.get(), m.i32.const(1))),
        m.br(`${label}:next`),
      ])),
    ]),
  ]);
}

function lowerLen(hop: LowerOp, call: CallArgs): Expr {
  if (hop.resultAnnotation.isConstant) return hop.m.i64.const(hop.resultAnnotation.constValue as bigint);
  const special = specialPlanOf(hop, 'len', [call.positional[0]!]);
  if (special) return lowerSpecialCall(hop, special, [call.positional[0]!]);
  const m = hop.m;
  const value = call.positional[0]!;
  const repr = hop.fn.reprOf(value);
  const model = hop.model;
  if (repr instanceof StrRepr) return m.i64.extend_u(model.arrayLength(model.structGet(STR, hop.valueAs(value, repr), 'chars')));
  if (repr instanceof ListRepr) return m.i64.extend_u(model.structGet(repr.struct, hop.valueAs(value, repr), 'length'));
  if (repr instanceof RangeRepr) return m.call(rangeLength(hop.support), [hop.valueAs(value, repr)], binaryen.i64);
  throw new Error(`no len() for ${repr.key}`);
}

function lowerAbs(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const value = call.positional[0]!;
  const special = specialPlanOf(hop, 'abs', [value]);
  if (special) return lowerSpecialCall(hop, special, [value]);
  const repr = hop.fn.reprOf(value);
  if (repr instanceof FloatRepr) return m.f64.abs(hop.valueAs(value, repr));
  const t = hop.temp(binaryen.i64);
  return m.block(null, [
    t.set(hop.valueAs(value, intRepr)),
    m.if(m.i64.eq(t.get(), m.i64.const(-(2n ** 63n))), hop.raise('OverflowError', 'integer result does not fit in 64 bits')),
    m.select(m.i64.lt_s(t.get(), m.i64.const(0n)), m.i64.sub(m.i64.const(0n), t.get()), t.get()),
  ], binaryen.i64);
}

/** min()/max() of several arguments: the first smallest (largest) one, as CPython picks it. */
function lowerMinMax(isMax: boolean): BuiltinLowering {
  return (hop, call) => {
    const m = hop.m;
    const result = hop.resultRepr;
    const type = hop.wasmType(result);
    const best = hop.temp(type);
    const item = hop.temp(type);
    const better = (a: Expr, b: Expr): Expr => {
      if (result instanceof FloatRepr) return isMax ? m.f64.gt(a, b) : m.f64.lt(a, b);
      if (result instanceof BoolRepr) return isMax ? m.i32.gt_u(a, b) : m.i32.lt_u(a, b);
      if (result instanceof IntRepr) return isMax ? m.i64.gt_s(a, b) : m.i64.lt_s(a, b);
      if (result instanceof StrRepr) {
        const order = m.call(strCompare(hop.support), [a, b], binaryen.i32);
        return isMax ? m.i32.gt_s(order, m.i32.const(0)) : m.i32.lt_s(order, m.i32.const(0));
      }
      throw new Error(`no min/max on ${result.key}`);
    };
    const statements: Expr[] = [best.set(hop.valueAs(call.positional[0]!, result))];
    for (const value of call.positional.slice(1)) {
      statements.push(item.set(hop.valueAs(value, result)));
      statements.push(m.if(better(item.get(), best.get()), best.set(item.get())));
    }
    statements.push(best.get());
    return m.block(null, statements, type);
  };
}

function lowerInt(hop: LowerOp, call: CallArgs): Expr {
  const value = call.positional[0];
  if (!value) return hop.m.i64.const(0n);
  const repr = hop.fn.reprOf(value);
  if (repr instanceof FloatRepr) return floatToInt(hop, hop.valueAs(value, repr));
  if (repr instanceof IntRepr || repr instanceof BoolRepr) return hop.valueAs(value, intRepr);
  if (repr instanceof StrRepr) return hop.callSupportMayRaise(strToInt(hop.support), [hop.valueAs(value, repr), hop.m.i32.const(hop.site)], binaryen.i64);
  throw new Error(`no int() of ${repr.key}`);
}

function lowerFloat(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const value = call.positional[0];
  if (!value) return m.f64.const(0);
  const repr = hop.fn.reprOf(value);
  if (repr instanceof FloatRepr) return hop.valueAs(value, repr);
  if (repr instanceof BoolRepr) return m.f64.convert_u.i32(hop.valueAs(value, boolRepr));
  if (repr instanceof IntRepr) return m.f64.convert_s.i64(hop.valueAs(value, intRepr));
  if (repr instanceof StrRepr) return hop.callSupportMayRaise(strToFloat(hop.support), [hop.valueAs(value, repr), m.i32.const(hop.site)], binaryen.f64);
  throw new Error(`no float() of ${repr.key}`);
}

function argAsFloat(hop: LowerOp, value: Hlvalue): Expr {
  const repr = hop.fn.reprOf(value);
  if (repr instanceof FloatRepr) return hop.valueAs(value, repr);
  if (value instanceof Constant) return hop.valueAs(value, floatRepr);
  if (repr instanceof BoolRepr) return hop.m.f64.convert_u.i32(hop.valueAs(value, boolRepr));
  return hop.m.f64.convert_s.i64(hop.valueAs(value, intRepr));
}

/** A math function computed by the host, with CPython's domain and range errors. */
function checkedMath(name: string, rangeError: 'overflow' | 'domain'): BuiltinLowering {
  return (hop, call) => {
    const m = hop.m;
    const x = hop.temp(binaryen.f64);
    const r = hop.temp(binaryen.f64);
    const isNan = (e: () => Expr): Expr => m.f64.ne(e(), e());
    const isInf = (e: () => Expr): Expr => m.f64.eq(m.f64.abs(e()), m.f64.const(Infinity));
    return m.block(null, [
      x.set(argAsFloat(hop, call.positional[0]!)),
      r.set(math1(hop.support, name, x.get())),
      m.if(m.i32.and(isNan(r.get), m.i32.eqz(isNan(x.get))), hop.raise('ValueError', 'math domain error')),
      m.if(
        m.i32.and(isInf(r.get), m.i32.eqz(isInf(x.get))),
        rangeError === 'overflow' ? hop.raise('OverflowError', 'math range error') : hop.raise('ValueError', 'math domain error'),
      ),
      r.get(),
    ], binaryen.f64);
  };
}

function lowerSqrt(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const x = hop.temp(binaryen.f64);
  return m.block(null, [
    x.set(argAsFloat(hop, call.positional[0]!)),
    m.if(m.f64.lt(x.get(), m.f64.const(0)), hop.raise('ValueError', 'math domain error')),
    m.f64.sqrt(x.get()),
  ], binaryen.f64);
}

function lowerRounding(kind: 'floor' | 'ceil' | 'trunc'): BuiltinLowering {
  return (hop, call) => {
    const m = hop.m;
    const value = call.positional[0]!;
    const repr = hop.fn.reprOf(value);
    if (!(repr instanceof FloatRepr)) return hop.valueAs(value, intRepr);
    const x = hop.valueAs(value, repr);
    return floatToInt(hop, kind === 'floor' ? m.f64.floor(x) : kind === 'ceil' ? m.f64.ceil(x) : m.f64.trunc(x));
  };
}

/** `test` gets a builder of fresh reads of the argument (an expression can appear only once). */
function floatPredicate(test: (m: binaryen.Module, x: () => Expr) => Expr): BuiltinLowering {
  return (hop, call) => {
    const x = hop.temp(binaryen.f64);
    return hop.m.block(null, [x.set(argAsFloat(hop, call.positional[0]!)), test(hop.m, x.get)], binaryen.i32);
  };
}

function lowerHostMath2(name: string): BuiltinLowering {
  return (hop, call) => math2(hop.support, name, argAsFloat(hop, call.positional[0]!), argAsFloat(hop, call.positional[1]!));
}

/**
 * math.pow and math.fmod with CPython's errors: a NaN from arguments that are not NaN is a
 * domain error (ValueError: pow(-8, 1/3), fmod(inf, 1), fmod(1, 0)); an infinity from finite
 * arguments is 0 ** -y (ValueError) or an overflow (OverflowError).
 */
function lowerCheckedMath2(name: 'pow' | 'fmod'): BuiltinLowering {
  return (hop, call) => {
    const m = hop.m;
    const x = hop.temp(binaryen.f64);
    const y = hop.temp(binaryen.f64);
    const r = hop.temp(binaryen.f64);
    const isNan = (e: () => Expr): Expr => m.f64.ne(e(), e());
    const isFinite = (e: () => Expr): Expr => m.f64.eq(m.f64.sub(e(), e()), m.f64.const(0));
    const steps: Expr[] = [
      x.set(argAsFloat(hop, call.positional[0]!)),
      y.set(argAsFloat(hop, call.positional[1]!)),
      r.set(math2(hop.support, name, x.get(), y.get())),
      m.if(m.i32.and(isNan(r.get), m.i32.and(m.i32.eqz(isNan(x.get)), m.i32.eqz(isNan(y.get)))), hop.raise('ValueError', 'math domain error')),
    ];
    if (name === 'pow') {
      steps.push(m.if(
        m.i32.and(m.i32.eqz(isFinite(r.get)), m.i32.and(m.i32.eqz(isNan(r.get)), m.i32.and(isFinite(x.get), isFinite(y.get)))),
        m.if(m.f64.eq(x.get(), m.f64.const(0)), hop.raise('ValueError', 'math domain error'), hop.raise('OverflowError', 'math range error')),
      ));
    }
    return m.block(null, [...steps, r.get()], binaryen.f64);
  };
}

function lowerLog(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const single = checkedMath('log', 'domain');
  if (call.positional.length === 1) return single(hop, call);
  const num = hop.temp(binaryen.f64);
  return m.block(null, [
    num.set(single(hop, { ...call, positional: [call.positional[0]!] })),
    m.f64.div(num.get(), single(hop, { ...call, positional: [call.positional[1]!] })),
  ], binaryen.f64);
}

function lowerExit(hop: LowerOp, call: CallArgs): Expr {
  const m = hop.m;
  const code = call.positional[0];
  const codeGlobal = exitCode(hop.support);
  let status: Expr = m.i32.const(0);
  let messageExpr: Expr | null = null;
  if (code) {
    const repr = hop.fn.reprOf(code);
    if (repr instanceof IntRepr || repr instanceof BoolRepr) status = m.i32.wrap(hop.valueAs(code, intRepr));
    else if (repr instanceof StrRepr) {
      status = m.i32.const(1);
      messageExpr = hop.valueAs(code, strRepr);
    }
  }
  const raise = messageExpr === null ? hop.raise('SystemExit', null) : hop.raiseWith('SystemExit', messageExpr);
  return m.block(null, [m.global.set(codeGlobal, status), raise]);
}

/** math's integer functions: the runtime library's (annotator/ops/builtins.ts chose which). */
function lowerIntegerFunction(hop: LowerOp, call: CallArgs): Expr {
  return lowerRecordedLibraryCall(hop, call.positional, call.keywords);
}

function lowerTime(hop: LowerOp): Expr {
  const which = hop.annotation(0).constValue as { name: string } | string;
  const name = typeof which === 'string' ? which : which.name;
  return hop.support.hostCall(HOST.time, [hop.m.i32.const(name === 'time.time' ? 0 : 1)]);
}

/** BaseException.__init__(self, *args) through super(): sets the message str() shows. */
function lowerExceptionInit(hop: LowerOp, call: CallArgs): Expr {
  const self = hop.args[0]!;
  const selfRepr = hop.fn.reprOf(self);
  const exception = hop.ctx.rtyper.instanceRepr(hop.ctx.classes.builtin('BaseException'));
  const target = hop.temp(hop.wasmType(exception));
  const texts = exceptionTexts(hop, call.positional, hop.ctx.classes.builtin('BaseException').desc);
  return hop.m.block(null, [
    target.set(convertValue(hop.ctx, selfRepr, exception, hop.valueAs(self, selfRepr))),
    hop.model.structSet(exception.struct, target.get(), '.message', texts.message),
    hop.model.structSet(exception.struct, target.get(), '.args', texts.args),
    // e.args, where the program reads it (argstuple.ts).
    ...(selfRepr instanceof InstanceRepr ? storeArgs(hop, selfRepr, () => hop.valueAs(self, selfRepr), call.positional) : []),
  ]);
}

const BUILTINS: Record<string, BuiltinLowering> = {
  print: lowerPrint,
  sorted: (hop, call) => lowerLibraryCall(hop, listLibraryFunction('sorted', call.keywords), call.positional, call.keywords),
  // A class's number is its class id above CLASS_NUMBERS (repr/functionset.ts).
  type: (hop, call) => {
    if (hop.resultRepr.isVoid) return hop.m.nop();
    const value = hop.valueAs(call.positional[0]!, hop.fn.reprOf(call.positional[0]!));
    return hop.m.i32.add(hop.model.structGet(OBJECT, value, 'class'), hop.m.i32.const(CLASS_NUMBERS));
  },
  isinstance: (hop, call) => lowerClassTest(hop, call.positional[0]!, hop.fn.annotation(call.positional[1]!)),
  super: (hop, call) => (hop.resultRepr.isVoid ? hop.m.nop() : hop.valueAs(call.positional[1]!, hop.resultRepr)),
  len: lowerLen,
  abs: lowerAbs,
  min: (hop, call) => (call.positional.length === 1 ? lowerRecordedLibraryCall(hop, call.positional, call.keywords) : lowerMinMax(false)(hop, call)),
  max: (hop, call) => (call.positional.length === 1 ? lowerRecordedLibraryCall(hop, call.positional, call.keywords) : lowerMinMax(true)(hop, call)),
  sum: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  any: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  all: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  list: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  next: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  enumerate: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  // round(x) and round(x, None) call the library's one-argument variant.
  round: (hop, call) => {
    const withDigits = (hop.ctx.rtyper.annotator.callTargets.get(hop.op)?.keys().next().value?.func.name ?? '').endsWith('_digits');
    return withDigits ? lowerRecordedLibraryCall(hop, call.positional, call.keywords) : lowerRecordedLibraryCall(hop, call.positional.slice(0, 1), new Map());
  },
  ...Object.fromEntries(['ord', 'chr', 'divmod', 'pow', 'hex', 'oct', 'bin'].map((name) => [name, (hop: LowerOp, call: CallArgs) => lowerRecordedLibraryCall(hop, call.positional, call.keywords)])),
  zip: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  reversed: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  map: (hop, call) => lowerRecordedLibraryCall(hop, call.positional, call.keywords),
  // filter(None, xs) calls builtin_filter_none(xs).
  filter: (hop, call) => lowerRecordedLibraryCall(hop, hop.fn.annotation(call.positional[0]!) instanceof SomeNone ? call.positional.slice(1) : call.positional, call.keywords),
  int: lowerInt,
  float: lowerFloat,
  bool: (hop, call) => (call.positional[0] ? lowerTruthOf(hop, call.positional[0]) : hop.m.i32.const(0)),
  str: (hop, call) => (call.positional[0] ? textOf(hop, call.positional[0], hop.fn.reprOf(call.positional[0]), false) : hop.support.str('')),
  repr: (hop, call) => textOf(hop, call.positional[0]!, hop.fn.reprOf(call.positional[0]!), true, true),
  format: lowerFormatBuiltin,
  range: lowerRange,
  'math.sqrt': lowerSqrt,
  'math.gcd': lowerIntegerFunction,
  'math.lcm': lowerIntegerFunction,
  'math.isqrt': lowerIntegerFunction,
  'math.factorial': lowerIntegerFunction,
  'math.comb': lowerIntegerFunction,
  'math.perm': (hop, call) => (call.positional.length === 1 ? lowerLibraryCall(hop, 'math_perm', [call.positional[0]!, call.positional[0]!]) : lowerIntegerFunction(hop, call)),
  'math.floor': lowerRounding('floor'),
  'math.ceil': lowerRounding('ceil'),
  'math.trunc': lowerRounding('trunc'),
  'math.fabs': (hop, call) => hop.m.f64.abs(argAsFloat(hop, call.positional[0]!)),
  'math.isnan': floatPredicate((m, x) => m.f64.ne(x(), x())),
  'math.isinf': floatPredicate((m, x) => m.f64.eq(m.f64.abs(x()), m.f64.const(Infinity))),
  'math.isfinite': floatPredicate((m, x) => m.f64.lt(m.f64.abs(x()), m.f64.const(Infinity))),
  'math.copysign': (hop, call) => hop.m.f64.copysign(argAsFloat(hop, call.positional[0]!), argAsFloat(hop, call.positional[1]!)),
  'math.degrees': (hop, call) => hop.m.f64.mul(argAsFloat(hop, call.positional[0]!), hop.m.f64.const(180 / Math.PI)),
  'math.radians': (hop, call) => hop.m.f64.mul(argAsFloat(hop, call.positional[0]!), hop.m.f64.const(Math.PI / 180)),
  'math.sin': checkedMath('sin', 'domain'),
  'math.cos': checkedMath('cos', 'domain'),
  'math.tan': checkedMath('tan', 'domain'),
  'math.asin': checkedMath('asin', 'domain'),
  'math.acos': checkedMath('acos', 'domain'),
  'math.atan': checkedMath('atan', 'domain'),
  'math.sinh': checkedMath('sinh', 'overflow'),
  'math.cosh': checkedMath('cosh', 'overflow'),
  'math.tanh': checkedMath('tanh', 'overflow'),
  'math.exp': checkedMath('exp', 'overflow'),
  'math.log': lowerLog,
  'math.log2': checkedMath('log2', 'domain'),
  'math.log10': checkedMath('log10', 'domain'),
  'math.atan2': lowerHostMath2('atan2'),
  'math.pow': lowerCheckedMath2('pow'),
  'math.fmod': lowerCheckedMath2('fmod'),
  'math.hypot': lowerHostMath2('hypot'),
  'sys.exit': lowerExit,
  input: lowerInput,
  'sys.stdin.readline': (hop) => lowerLibraryCall(hop, 'stdin_readline', []),
  'sys.stdin.read': (hop) => lowerLibraryCall(hop, 'stdin_read', []),
  'sys.stdin.readlines': (hop) => lowerLibraryCall(hop, 'stdin_readlines', []),
  'time.time': (hop) => lowerTime(hop),
  'time.perf_counter': (hop) => lowerTime(hop),
  'time.monotonic': (hop) => lowerTime(hop),
};

export function lowerBuiltin(hop: LowerOp, callee: SomeBuiltin, call: CallArgs): Expr {
  if (callee.name === 'BaseException.__init__') return lowerExceptionInit(hop, call);
  if (callee.name === 'object.__init__') return hop.m.nop();
  const ofDicts = lowerDictBuiltin(hop, callee, call);
  if (ofDicts !== null) return ofDicts;
  if (callee.name.startsWith('__wyrm__.')) return lowerIntrinsic(hop, callee.name, call);
  if (callee.name === 'str.format' && callee.self !== null) return lowerStrFormat(hop, callee, call);
  if (callee.self !== null && callee.name.startsWith('str.')) {
    if (hop.resultRepr instanceof SplitIterRepr) return lowerSplitIter(hop, hop.resultRepr, hop.args[0]!, call);
    const inlineStrip = lowerStripConstant(hop, callee, call);
    if (inlineStrip !== null) return inlineStrip;
    // The library function the annotator chose (str_join_iterable for a generator's items...).
    return lowerRecordedLibraryCall(hop, [hop.args[0]!, ...call.positional], call.keywords);
  }
  if (callee.self !== null) return listMethod(hop, callee, call);
  const rule = BUILTINS[callee.name];
  if (!rule) throw new Error(`no lowering for builtin ${callee.name}`);
  return rule(hop, call);
}

