// Lowering of module variables (wasm globals, with a definedness flag when a function may read
// one before module code assigns it), of the definedness check of locals, of attribute reads
// (sys.argv; bound methods, whose run-time value is their object) and of tuple unpacking checks.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import { GlobalVariable, PyModule, BuiltinModule, RuntimeValue } from '../../frontend/program.ts';
import { SomeBuiltin, SomeInstance, SomePBC } from '../../annotator/model.ts';
import { lowerRecordedLibraryCall } from './library.ts';
import type { ClassDesc } from '../../annotator/classdef.ts';
import { FunctionSetRepr } from '../repr/functionset.ts';
import { ListRepr } from '../repr/list.ts';
import { StrRepr } from '../repr/str.ts';
import { RangeRepr } from '../repr/iterators.ts';
import { rangeLength } from '../support/ranges.ts';
import { argvList } from '../support/argv.ts';
import { STR, STR_REF as STR_TYPE } from '../support/types.ts';
import { strConcat } from '../support/strings.ts';
import { intToStr } from '../support/output.ts';
import type { LowerOp } from './lowerop.ts';
import { assignedClassAttribute } from '../../annotator/ops/variables.ts';
import { convertValue } from '../repr/convert.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import type { Repr } from '../repr/repr.ts';

/** The wasm global of a module variable (made on first use), with its repr and is-set flag. */
export function moduleGlobal(ctx: ModuleContext, variable: GlobalVariable): { name: string; flag: string | null; type: binaryen.Type; repr: Repr } {
  const cell = ctx.rtyper.annotator.bookkeeper.globalCell(variable);
  const repr = ctx.rtyper.reprOf(cell.value);
  const type = ctx.model.valueType(repr.lltype);
  const name = `global:${variable.name}`;
  ctx.support.ensure(name, () => {
    if (!repr.isVoid) ctx.module.addGlobal(name, type, true, repr.zero(ctx));
    if (variable.mayBeUnset) ctx.module.addGlobal(`${name}?`, binaryen.i32, true, ctx.module.i32.const(0));
  });
  return { name, flag: variable.mayBeUnset ? `${name}?` : null, type, repr };
}

/** A hidden module global (an assigned class attribute), read as the operation's result. */
export function readGlobalAs(hop: LowerOp, variable: GlobalVariable): Expr {
  const g = moduleGlobal(hop.ctx, variable);
  if (hop.resultRepr.isVoid) return hop.m.nop();
  if (g.repr.isVoid) return hop.resultRepr.constant(hop.resultAnnotation.constValue, hop.ctx);
  return convertValue(hop.ctx, g.repr, hop.resultRepr, hop.m.global.get(g.name, g.type));
}

/** `C.name = value` of a class attribute the program assigns: its hidden global. */
export function lowerClassSetattr(hop: LowerOp): Expr | null {
  const variable = assignedClassAttribute(hop.annotation(0), hop.constant(1) as string, true);
  if (!variable) return null;
  const g = moduleGlobal(hop.ctx, variable);
  return g.repr.isVoid ? hop.m.nop() : hop.m.global.set(g.name, hop.argAs(2, g.repr));
}

export function lowerGetGlobal(hop: LowerOp): Expr {
  const m = hop.m;
  const variable = hop.constant(0) as GlobalVariable;
  const g = moduleGlobal(hop.ctx, variable);
  const read = hop.resultRepr.isVoid ? m.nop() : m.global.get(g.name, g.type);
  if (g.flag === null) return read;
  const check = m.if(m.i32.eqz(m.global.get(g.flag, binaryen.i32)), hop.raise('NameError', `name '${variable.name}' is not defined`));
  return hop.resultRepr.isVoid ? check : m.block(null, [check, read], g.type);
}

export function lowerSetGlobal(hop: LowerOp): Expr {
  const m = hop.m;
  const variable = hop.constant(0) as GlobalVariable;
  const g = moduleGlobal(hop.ctx, variable);
  const cell = hop.ctx.rtyper.annotator.bookkeeper.globalCell(variable);
  const repr = hop.ctx.rtyper.reprOf(cell.value);
  const statements: Expr[] = [];
  if (!repr.isVoid) statements.push(m.global.set(g.name, hop.argAs(1, repr)));
  if (g.flag !== null) statements.push(m.global.set(g.flag, m.i32.const(1)));
  return statements.length === 1 ? statements[0]! : m.block(null, statements);
}

export function lowerCheckBound(hop: LowerOp): Expr {
  const m = hop.m;
  const name = hop.constant(1) as string;
  const atModuleLevel = hop.fn.graph.func instanceof PyModule;
  // A third argument marks a variable of an enclosing function read from a nested one.
  const free = hop.args.length > 2;
  const raise = free
    ? hop.raise('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`)
    : atModuleLevel
      ? hop.raise('NameError', `name '${name}' is not defined`)
      : hop.raise('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
  const flag = hop.annotation(0);
  if (flag.isConstant) return flag.constValue ? m.nop() : raise;
  return m.if(m.i32.eqz(hop.arg(0)), raise);
}

export function lowerGetAttr(hop: LowerOp): Expr {
  const obj = hop.annotation(0);
  if (obj.isConstant && obj.constValue instanceof BuiltinModule) {
    const member = obj.constValue.members.get(hop.constant(1) as string);
    if (member instanceof RuntimeValue && member.name === 'sys.argv') return hop.m.global.get(argvList(hop.support, hop.resultRepr as ListRepr), hop.wasmType(hop.resultRepr));
    if (hop.resultRepr.isVoid) return hop.m.nop();
  }
  if (hop.resultAnnotation instanceof SomeBuiltin) return hop.resultRepr.isVoid ? hop.m.nop() : hop.arg(0);
  // A class's method or constant read through the class: known from its annotation.
  if (hop.resultRepr.isVoid) return hop.m.nop();
  const assigned = assignedClassAttribute(obj, hop.constant(1) as string);
  if (assigned) return readGlobalAs(hop, assigned);
  if (hop.resultAnnotation.isConstant) return hop.resultRepr.constant(hop.resultAnnotation.constValue, hop.ctx);
  if (obj instanceof SomePBC && hop.repr(0) instanceof FunctionSetRepr) return lowerClassName(hop, obj, hop.repr(0) as FunctionSetRepr);
  throw new Error(`no lowering for attribute ${String(hop.constant(1))} of ${obj}`);
}

/** type(x).__name__ for a value that is one of several classes: a test of its number per class. */
function lowerClassName(hop: LowerOp, classes: SomePBC, repr: FunctionSetRepr): Expr {
  const m = hop.m;
  const number = hop.temp(binaryen.i32);
  let chain: Expr = m.unreachable();
  for (const desc of [...classes.descs].reverse()) {
    const text = hop.support.str((desc as ClassDesc).name);
    chain = m.if(m.i32.eq(number.get(), m.i32.const(repr.numberOf(desc, hop.ctx))), text, chain);
  }
  return m.block(null, [number.set(hop.arg(0)), chain], hop.wasmType(hop.resultRepr));
}

/**
 * unpack_check(seq, n): the check that a list, str or range has n items, then the sequence
 * itself; a tuple was checked when translating; an iterable object gives the list of its items
 * (the runtime library's builtin_unpack, which raises CPython's ValueErrors).
 */
export function lowerUnpackCheck(hop: LowerOp): Expr {
  const m = hop.m;
  const model = hop.model;
  if (hop.annotation(0) instanceof SomeInstance) return lowerRecordedLibraryCall(hop, [hop.args[0]!, hop.args[1]!], new Map());
  const repr = hop.repr(0);
  const expected = Number(hop.constant(1) as bigint);
  const result = (check: Expr[]): Expr => {
    if (hop.resultRepr.isVoid) return check.length === 0 ? m.nop() : m.block(null, check);
    return m.block(null, [...check, hop.argAs(0, hop.resultRepr)], hop.wasmType(hop.resultRepr));
  };
  let length: Expr;
  if (repr instanceof ListRepr) length = model.structGet(repr.struct, hop.arg(0), 'length');
  else if (repr instanceof StrRepr) length = model.arrayLength(model.structGet(STR, hop.arg(0), 'chars'));
  // A range's length fits in i32 whenever it equals the small expected count; larger ones clamp.
  else if (repr instanceof RangeRepr) length = clampedLength(hop, m.call(rangeLength(hop.support), [hop.arg(0)], binaryen.i64));
  else return result([]);
  const n = hop.temp(binaryen.i32);
  return result([
    n.set(length),
    m.if(m.i32.gt_u(n.get(), m.i32.const(expected)), hop.raise('ValueError', `too many values to unpack (expected ${expected})`)),
    m.if(m.i32.lt_u(n.get(), m.i32.const(expected)), hop.raiseWith('ValueError', notEnough(hop, expected, n.get()))),
  ]);
}

/** An i64 length as an i32, clamped to 2**31 - 1 (only its comparison with a small count matters). */
function clampedLength(hop: LowerOp, length: Expr): Expr {
  const m = hop.m;
  const n = hop.temp(binaryen.i64);
  return m.block(null, [
    n.set(length),
    m.if(m.i64.gt_s(n.get(), m.i64.const(0x7fffffffn)), m.i32.const(0x7fffffff), m.i32.wrap(n.get())),
  ], binaryen.i32);
}

/** "not enough values to unpack (expected 3, got N)" with N known only at run time. */
function notEnough(hop: LowerOp, expected: number, got: Expr): Expr {
  const m = hop.m;
  const strType = hop.model.valueType(STR_TYPE);
  const concat = (a: Expr, b: Expr): Expr => m.call(strConcat(hop.support), [a, b], strType);
  const count = m.call(intToStr(hop.support), [m.i64.extend_u(got)], strType);
  return concat(concat(hop.support.str(`not enough values to unpack (expected ${expected}, got `), count), hop.support.str(')'));
}

