// The builtin exceptions each operation raises by itself, from the annotations of its operands:
// the table behind `wyrm annotate`'s `raises:` (annotator/raises.ts adds what the functions it
// calls let escape, and what `raise` raises).
//
// It mirrors the lowering (backend/lower/*.ts, backend/support/*.ts): an operation is listed as
// raising a class exactly when its lowering has code that raises it for operands of these
// types. Checks that the operands rule out are left out (`x // 2` cannot divide by zero, `x >> 3`
// has no negative shift count, an operation whose result the annotator folded to a constant
// raises nothing). Work done by a call of a function (the program's, or the runtime library's
// in runtime/lib, which implements dicts, sets, slices and most str and list methods) is not
// here: its exceptions are the called graph's. Keep this table in step with the lowering.

import type { Constant, FunctionGraph, Hlvalue, SpaceOperation } from '../frontend/flowmodel.ts';
import { GlobalVariable, PyModule } from '../frontend/program.ts';
import { FORMAT_ERRORS } from '../runtime/hostformat.mjs';
import { formatValue, percentFormat, strFormat, type PyValue } from '../runtime/pyformat.mjs';
import { planFormat, planPercent, planTemplate, type FormatPiece, type FormatPlan, type FormatValueInfo } from './formatplan.ts';
import {
  SomeBool, SomeBuiltin, SomeFloat, SomeInstance, SomeInteger, SomeList, SomeMethod, SomeMethodSet, SomeRange, SomeString, SomeTuple,
  type SomeValue,
} from './model.ts';
import { formatValueInfo, isMappingLike, percentValues } from './ops/formatting.ts';
import type { CallShape } from '../frontend/callshape.ts';

/** What the table needs to know about an operation's surroundings. */
export interface OperationSite {
  graph: FunctionGraph;
  annotation(value: Hlvalue): SomeValue;
}

type Names = readonly string[];
const NONE: Names = [];

/** The builtin exception classes (by name) `op` itself may raise. */
export function implicitRaises(op: SpaceOperation, site: OperationSite): Names {
  const args = op.args.map((a) => site.annotation(a));
  const name = op.opname;
  if (name === 'simple_call' || name === 'call_args') return callRaises(op, args);
  if (name === 'format') return formatOperation(args[0]!, args[1]!);
  const result = site.annotation(op.result);
  const binary = name.replace(/^inplace_/, '');
  // Arithmetic the annotator folded to a number (-1) was computed without raising.
  const folded = (result instanceof SomeInteger || result instanceof SomeFloat) && result.isConstant;
  if (ARITHMETIC.has(binary) && args.length === 2) return folded ? NONE : arithmetic(binary, args[0]!, args[1]!, result);
  switch (name) {
    case 'neg':
      return args[0] instanceof SomeInteger && !(args[0] instanceof SomeBool) && !folded ? ['OverflowError'] : NONE;
    case 'getitem':
      return isIndexed(args[0]!) ? ['IndexError'] : NONE;
    case 'setitem':
    case 'delitem':
      return args[0] instanceof SomeList ? ['IndexError'] : NONE;
    case 'next':
      // An instance's __next__ is a call; a builtin iterator (list, str, range, dict) says it is exhausted.
      return args[0] instanceof SomeInstance ? NONE : ['StopIteration'];
    case 'unpack_check':
      return args[0] instanceof SomeList || args[0] instanceof SomeString || args[0] instanceof SomeRange ? ['ValueError'] : NONE;
    case 'getattr':
    case 'setattr':
      // x.name where x may be None (lower/instances.ts).
      return args[0] instanceof SomeInstance && args[0].canBeNone ? ['AttributeError'] : NONE;
    case 'check_bound':
      return checkBound(op, args[0]!, site.graph);
    case 'getglobal': {
      const variable = args[0]!.constValue;
      return variable instanceof GlobalVariable && variable.mayBeUnset ? ['NameError'] : NONE;
    }
    default:
      return NONE;
  }
}

// ---------------------------------------------------------------------------------------------
// Arithmetic (lower/arithmetic.ts): 64-bit ints raise OverflowError instead of growing

const ARITHMETIC = new Set(['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor']);

function isNumber(s: SomeValue): boolean {
  return s instanceof SomeInteger || s instanceof SomeFloat;
}

/** A constant other than zero (0, 0.0 and False divide by zero). */
function isNonzeroConstant(s: SomeValue): boolean {
  return s.isConstant && s.constValue !== 0n && s.constValue !== 0 && s.constValue !== false;
}

function arithmetic(op: string, a: SomeValue, b: SomeValue, result: SomeValue): Names {
  if (op === 'mod' && a instanceof SomeString) return percentOperation(a, b);
  // [x] * n (support/lists.ts list_repeat); str * n, list += and the operators of instances are calls.
  if (op === 'mul' && (a instanceof SomeList || b instanceof SomeList)) return ['MemoryError'];
  if (!isNumber(a) || !isNumber(b) || result instanceof SomeBool) return NONE;
  const isFloat = result instanceof SomeFloat;
  const zero = isNonzeroConstant(b) ? NONE : ['ZeroDivisionError'];
  const bothBool = a instanceof SomeBool && b instanceof SomeBool;
  const nonnegShift = b instanceof SomeInteger && b.nonneg;
  switch (op) {
    case 'add':
    case 'sub':
    case 'mul':
      return isFloat || bothBool ? NONE : ['OverflowError'];
    case 'truediv':
    case 'mod':
      return zero;
    case 'floordiv': {
      if (isFloat) return zero;
      // INT64_MIN // -1 is the one quotient past 64 bits.
      const mayBeMinusOne = !(b instanceof SomeInteger && b.nonneg) && !(b.isConstant && b.constValue !== -1n);
      return mayBeMinusOne ? [...zero, 'OverflowError'] : zero;
    }
    case 'pow':
      // support/numbers.ts: int_pow overflows; float_pow also has CPython's two domain errors.
      return isFloat ? ['OverflowError', 'ValueError', 'ZeroDivisionError'] : ['OverflowError'];
    case 'lshift':
      return [...(nonnegShift ? NONE : ['ValueError']), ...(a.isConstant && a.constValue === 0n ? NONE : ['OverflowError'])];
    case 'rshift':
      return nonnegShift ? NONE : ['ValueError'];
    default:
      return NONE;
  }
}

/** Containers whose indexing checks the index itself (lower/lists.ts); dicts and instances call. */
function isIndexed(s: SomeValue): boolean {
  return s instanceof SomeList || s instanceof SomeString || s instanceof SomeRange;
}

/** lower/variables.ts: an unbound local (or a module name, or a free variable) read. */
function checkBound(op: SpaceOperation, flag: SomeValue, graph: FunctionGraph): Names {
  if (flag.isConstant && flag.constValue === true) return NONE;
  const free = op.args.length > 2;
  return free || graph.func instanceof PyModule ? ['NameError'] : ['UnboundLocalError'];
}

// ---------------------------------------------------------------------------------------------
// Calls of builtins (lower/builtins.ts); calls of functions are the callees' business

function callRaises(op: SpaceOperation, args: SomeValue[]): Names {
  const callee = args[0]!;
  const shape = op.opname === 'call_args' ? ((op.args[1] as Constant).value as CallShape) : null;
  const values = shape ? args.slice(2) : args.slice(1);
  let positional = shape ? values.slice(0, shape.positional) : values;
  if (shape?.hasStarArgs) {
    // *args (lower/starcall.ts): a tuple's items are positional arguments; a list's length may
    // not fit the callee (TypeError).
    const star = values[shape.positional + shape.keywords.length]!;
    if (star instanceof SomeTuple) positional = [...positional, ...star.items];
    else return ['TypeError', ...(callee instanceof SomeMethod ? missingMethod(callee) : NONE)];
  }
  if (callee instanceof SomeMethod) return missingMethod(callee);
  if (callee instanceof SomeMethodSet) return [...new Set(callee.methods.flatMap(missingMethod))];
  if (!(callee instanceof SomeBuiltin)) return NONE;
  if (callee.name === 'str.format' && callee.self !== null) {
    const keywords = new Map((shape?.keywords ?? []).map((name, i) => [name, values[positional.length + i]!] as const));
    return templateOperation(callee.self, positional, keywords);
  }
  const rule = BUILTINS[callee.name];
  return rule ? rule(positional) : NONE;
}

/**
 * A method call that dispatches on the receiver's class (emit/methods.ts): a class of the
 * receiver's subtree that reaches none of the implementations raises AttributeError.
 */
function missingMethod(method: SomeMethod): Names {
  const self = method.self;
  if (!(self instanceof SomeInstance) || method.implementations.length < 2) return NONE;
  for (const classdef of self.classdef.descendants()) {
    const member = classdef.desc.lookup(method.name);
    if (!member || member.kind !== 'method' || !method.implementations.some((impl) => impl.func === member.func)) return ['AttributeError'];
  }
  return NONE;
}

type BuiltinRule = (positional: readonly SomeValue[]) => Names;

const always = (...names: string[]): BuiltinRule => () => names;
/** math functions checked for CPython's domain (ValueError) and range (OverflowError) errors. */
const DOMAIN = always('ValueError');
const DOMAIN_AND_RANGE = always('OverflowError', 'ValueError');
/** A float truncated to an int (lower/conversions.ts): NaN, infinities, past 64 bits. */
const toInt: BuiltinRule = ([x]) => (x instanceof SomeFloat ? ['OverflowError', 'ValueError'] : NONE);

const BUILTINS: Record<string, BuiltinRule> = {
  abs: ([x]) => (x instanceof SomeInteger && !(x instanceof SomeBool) && !x.nonneg ? ['OverflowError'] : NONE),
  int: ([x]) => (x instanceof SomeFloat || x instanceof SomeString ? ['OverflowError', 'ValueError'] : NONE),
  float: ([x]) => (x instanceof SomeString ? ['ValueError'] : NONE),
  range: (args) => (args.length === 3 && !isNonzeroConstant(args[2]!) ? ['ValueError'] : NONE),
  format: ([value, spec]) => formatOperation(value!, spec ?? new SomeString({ constant: '' })),
  'list.pop': always('IndexError'),
  'sys.exit': always('SystemExit'),
  input: always('EOFError'),
  'math.sqrt': DOMAIN,
  'math.floor': toInt,
  'math.ceil': toInt,
  'math.trunc': toInt,
  'math.sin': DOMAIN,
  'math.cos': DOMAIN,
  'math.tan': DOMAIN,
  'math.asin': DOMAIN,
  'math.acos': DOMAIN,
  'math.atan': DOMAIN,
  'math.log': DOMAIN,
  'math.log2': DOMAIN,
  'math.log10': DOMAIN,
  'math.sinh': DOMAIN_AND_RANGE,
  'math.cosh': DOMAIN_AND_RANGE,
  'math.tanh': DOMAIN_AND_RANGE,
  'math.exp': DOMAIN_AND_RANGE,
  // As CPython raises them (their lowering is not written yet).
  'math.pow': DOMAIN_AND_RANGE,
  'math.fmod': DOMAIN,
  'math.isqrt': DOMAIN,
  'math.factorial': DOMAIN_AND_RANGE,
  'math.comb': DOMAIN_AND_RANGE,
  'math.perm': DOMAIN_AND_RANGE,
  'math.gcd': always('OverflowError'),
  'math.lcm': always('OverflowError'),
};

// ---------------------------------------------------------------------------------------------
// Formatting (lower/formatting.ts): a constant format is planned; the host runs the others

/** support/format.ts FIELD_MAX and runtime/hostformat.mjs FLOAT_TEXT_MAX: past them, MemoryError. */
const FIELD_MAX = 1 << 27;
const FLOAT_TEXT_MAX = 1 << 26;

/** Whatever the host's formatter may raise (a format or spec known only at run time). */
const HOST_ERRORS: Names = FORMAT_ERRORS;

function pyValue(s: SomeValue): PyValue | null {
  if (!s.isConstant) return null;
  const value = s.constValue;
  switch (formatValueInfo(s).kind) {
    case 'int': return { type: 'int', value: value as bigint };
    case 'bool': return { type: 'bool', value: value as boolean };
    case 'float': return { type: 'float', value: value as number };
    case 'str': case 'optstr': return value === null ? { type: 'none' } : { type: 'str', value: value as string };
    case 'none': return { type: 'none' };
    default: return null;
  }
}

/** True when every value is a constant and formatting them now succeeds (the lowering folds it). */
function folds(values: readonly SomeValue[], make: (values: PyValue[]) => string): boolean {
  const constants = values.map(pyValue);
  if (constants.some((v) => v === null)) return false;
  try {
    make(constants as PyValue[]);
    return true;
  } catch {
    return false;
  }
}

function planRaises(plan: FormatPlan, infos: readonly FormatValueInfo[]): Names {
  // An error plan is refused at translation time; the host runs a 'runtime' plan.
  if (plan.kind === 'error') return NONE;
  if (plan.kind === 'runtime') return HOST_ERRORS;
  return plan.pieces.flatMap((piece) => pieceRaises(piece, infos));
}

function pieceRaises(piece: FormatPiece, infos: readonly FormatValueInfo[]): Names {
  if (piece.kind === 'text') return NONE;
  const info = infos[piece.value]!;
  const names: string[] = [];
  let kind = info.kind;
  if (piece.conversion === 'trunc') {
    if (kind === 'float') names.push('ValueError');
    if (kind === 'float' || kind === 'int') names.push('OverflowError');
    kind = 'int';
  } else if (piece.conversion === 'char') {
    names.push(kind === 'int' || kind === 'bool' ? 'OverflowError' : 'TypeError');
    kind = 'str';
  } else if (piece.conversion === 'str' || piece.conversion === 'repr') {
    if (kind !== 'str' || piece.conversion === 'repr') kind = 'str';
  }
  const spec = piece.spec;
  if (spec === null) return [...names, ...HOST_ERRORS];
  if (spec.path === 'str' && kind === 'optstr') names.push('TypeError');
  if (spec.path !== 'text' && (spec.width > FIELD_MAX || (spec.path === 'float' && spec.precision > FLOAT_TEXT_MAX))) names.push('MemoryError');
  return names;
}

/** format(value, spec), the `format` operation of an f-string field. */
function formatOperation(value: SomeValue, spec: SomeValue): Names {
  if (!spec.isConstant) return HOST_ERRORS;
  const text = spec.constValue as string;
  if (folds([value], ([v]) => formatValue(v!, text))) return NONE;
  const info = formatValueInfo(value);
  return planRaises(planFormat(text, info), [info]);
}

/** `format % values`. */
function percentOperation(format: SomeValue, right: SomeValue): Names {
  if (!format.isConstant) return HOST_ERRORS;
  const text = format.constValue as string;
  const values = percentValues(right);
  if (folds(values, (v) => percentFormat(text, v))) return NONE;
  const infos = values.map(formatValueInfo);
  const mapping = !(right instanceof SomeTuple) && isMappingLike(right);
  return planRaises(planPercent(text, infos, mapping), infos);
}

/** template.format(positional..., name=value...). */
function templateOperation(template: SomeValue, positional: readonly SomeValue[], keywords: ReadonlyMap<string, SomeValue>): Names {
  if (!template.isConstant) return HOST_ERRORS;
  const text = template.constValue as string;
  const names = [...keywords.keys()];
  const all = [...positional, ...keywords.values()];
  const folded = folds(all, (v) => strFormat(text, v.slice(0, positional.length), Object.fromEntries(names.map((name, i) => [name, v[positional.length + i]!]))));
  if (folded) return NONE;
  const infos = all.map(formatValueInfo);
  const named = new Map(names.map((name, i) => [name, infos[positional.length + i]!]));
  return planRaises(planTemplate(text, infos.slice(0, positional.length), named), infos);
}
