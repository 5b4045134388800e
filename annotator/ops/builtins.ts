// The annotation rules of builtin functions (print, len, range, abs, min, max, int, float,
// str, bool, repr, math.*, sys.exit, time.*) and of the methods of builtin types (list.append).
// Each rule checks its arguments as CPython would accept them and gives the result's type.

import type { CallShape } from '../../frontend/callshape.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import {
  SomeBool, SomeBuiltin, SomeInstance, SomePBC, SomeConstantObject, SomeFloat, SomeInteger, SomeList, SomeNone, SomeRange,
  SomeString, SomeSuper, SomeTuple, isImpossible, s_ImpossibleValue, type SomeValue,
} from '../model.ts';
import { union, UnionError } from '../union.ts';
import { RuntimeValue, type PyClass } from '../../frontend/program.ts';
import { exceptionArguments, isinstanceRule } from './instances.ts';
import { intrinsicCall, isIntrinsic } from './intrinsics.ts';
import { checkPrintable } from './strings.ts';
import type { OpRequest } from './registry.ts';
import { listLibraryFunction, listMethodCall } from './containers.ts';
import { callLibrary } from './library.ts';
import { stringMethodCall } from './strings.ts';
import { formatBuiltinRule } from './formatting.ts';
import { callPlan, planFor } from './special.ts';
import { consumingRule, lazyRule, minMaxOfIterable, nextRule, sumRule } from './iterbuiltins.ts';
import { dictBuiltinCall } from './dicts.ts';
import { identityIntrinsic } from './instancehash.ts';
import { recordExceptionArgs } from './exceptionargs.ts';

export interface CallArguments {
  shape: CallShape | null;
  positional: readonly SomeValue[];
  keywords: ReadonlyMap<string, SomeValue>;
}

type BuiltinRule = (req: OpRequest, call: CallArguments, self: SomeValue | null) => SomeValue;

function isNumber(s: SomeValue): boolean {
  return s instanceof SomeInteger || s instanceof SomeFloat;
}

function arity(req: OpRequest, name: string, call: CallArguments, min: number, max: number, keywords: readonly string[] = []): void {
  for (const key of call.keywords.keys()) {
    if (!keywords.includes(key)) throw req.error(Diag.BadCall, `${name}() got an unexpected keyword argument '${key}'`);
  }
  const n = call.positional.length;
  if (n < min || n > max) {
    const expected = min === max ? `exactly ${min}` : n < min ? `at least ${min}` : `at most ${max}`;
    throw req.error(Diag.BadCall, `${name}() takes ${expected} argument${(n < min ? min : max) === 1 ? '' : 's'} (${n} given)`);
  }
}

function numberArgument(req: OpRequest, name: string, s: SomeValue): void {
  if (!isNumber(s)) throw req.error(Diag.UnsupportedOperation, `${name}() needs a number, not ${s}`);
}

const floatFunction = (name: string, count = 1): BuiltinRule => (req, call) => {
  arity(req, name, call, count, count);
  call.positional.forEach((s) => numberArgument(req, name, s));
  return new SomeFloat();
};

const intFunction = (name: string): BuiltinRule => (req, call) => {
  arity(req, name, call, 1, 1);
  numberArgument(req, name, call.positional[0]!);
  return new SomeInteger();
};

const predicate = (name: string): BuiltinRule => (req, call) => {
  arity(req, name, call, 1, 1);
  numberArgument(req, name, call.positional[0]!);
  return new SomeBool();
};

function minMax(name: 'min' | 'max'): BuiltinRule {
  return (req, call) => {
    arity(req, name, call, 1, 64, ['key', 'default']);
    if (call.positional.length === 1) return minMaxOfIterable(req, name, call);
    if (call.keywords.size > 0) throw req.error(Diag.UnsupportedOperation, `${name}() of several arguments with key= or default= is not supported yet`);
    const items = call.positional;
    let result: SomeValue = s_ImpossibleValue;
    for (const item of items) {
      if (result instanceof SomeInteger && item instanceof SomeFloat || result instanceof SomeFloat && item instanceof SomeInteger) {
        throw req.error(Diag.TypeConflict, `${name}() of an int and a float returns either one, so its type is unknown; convert with float() first`);
      }
      try {
        result = union(result, item.withoutConstant());
      } catch (error) {
        if (error instanceof UnionError) throw req.error(Diag.TypeConflict, `${name}() arguments have different types (${result} and ${item})`);
        throw error;
      }
    }
    if (!(result instanceof SomeInteger || result instanceof SomeFloat || result instanceof SomeString) || result.canBeNone) {
      throw req.error(Diag.UnsupportedOperation, `${name}() of ${result} is not supported`);
    }
    if (result instanceof SomeBool) return new SomeBool();
    return result;
  };
}

function rangeRule(req: OpRequest, call: CallArguments): SomeValue {
  arity(req, 'range', call, 1, 3);
  for (const s of call.positional) {
    if (!(s instanceof SomeInteger)) throw req.error(Diag.UnsupportedOperation, `range() needs int arguments, not ${s}`);
  }
  const args = call.positional as SomeInteger[];
  const start = args.length === 1 ? null : args[0]!;
  const stop = args.length === 1 ? args[0]! : args[1]!;
  const stepArg = args[2];
  if (stepArg && stepArg.isConstant && stepArg.constValue === 0n) throw req.error(Diag.BadCall, 'range() arg 3 must not be zero');
  const step = stepArg === undefined ? 1n : stepArg.isConstant ? (stepArg.constValue as bigint) : null;
  const startNonneg = start === null || start.nonneg;
  const nonneg = step !== null && ((step > 0n && startNonneg) || (step < 0n && stop.isConstant && (stop.constValue as bigint) >= -1n));
  return new SomeRange(nonneg, step);
}

function printRule(req: OpRequest, call: CallArguments): SomeValue {
  for (const [key, value] of call.keywords) {
    if (key === 'sep' || key === 'end') {
      if (!(value instanceof SomeString || value instanceof SomeNone)) throw req.error(Diag.BadCall, `print() ${key} must be None or a string, not ${value}`);
    } else if (key === 'file') {
      const target = value.constValue;
      if (!(value instanceof SomeConstantObject && target instanceof RuntimeValue && (target.name === 'sys.stdout' || target.name === 'sys.stderr'))) {
        throw req.error(Diag.UnsupportedOperation, 'print(file=...) supports only sys.stdout and sys.stderr');
      }
    } else if (key !== 'flush') {
      throw req.error(Diag.BadCall, `print() got an unexpected keyword argument '${key}'`);
    }
  }
  call.positional.forEach((s) => checkPrintable(req, s));
  return new SomeNone();
}

function conversion(name: string, result: () => SomeValue, accepts: (s: SomeValue) => boolean): BuiltinRule {
  return (req, call) => {
    arity(req, name, call, 0, 1);
    const arg = call.positional[0];
    if (arg !== undefined && !accepts(arg)) throw req.error(Diag.UnsupportedOperation, `${name}() of ${arg} is not supported`);
    return result();
  };
}

function intToText(name: 'hex' | 'oct' | 'bin'): BuiltinRule {
  return (req, call) => {
    arity(req, name, call, 1, 1);
    if (!(call.positional[0] instanceof SomeInteger)) throw req.error(Diag.UnsupportedOperation, `${name}() needs an int, not ${call.positional[0]}`);
    return callLibrary(req, `builtin_${name}`, call.positional, new Map(), name);
  };
}

/** math.NAME of ints: a function of runtime/lib/numbers.py (perm(n) is perm(n, n)). */
function integerFunction(name: string, least: number, most: number): BuiltinRule {
  return (req, call) => {
    arity(req, name, call, least, most);
    for (const s of call.positional) {
      if (!(s instanceof SomeInteger)) throw req.error(Diag.UnsupportedOperation, `math.${name}() needs int arguments, not ${s}`);
    }
    const args = name === 'perm' && call.positional.length === 1 ? [call.positional[0]!, call.positional[0]!] : call.positional;
    return callLibrary(req, `math_${name}`, args, new Map(), name);
  };
}

/** sys.stdin.NAME(): a function of runtime/lib/stdin.py (no size or hint arguments). */
function stdinMethod(name: 'readline' | 'read' | 'readlines'): BuiltinRule {
  return (req, call) => {
    arity(req, name, call, 0, 0);
    return callLibrary(req, `stdin_${name}`, [], new Map(), `sys.stdin.${name}`);
  };
}

const BUILTINS: Record<string, BuiltinRule> = {
  print: printRule,
  sorted: (req, call) => {
    arity(req, 'sorted', call, 1, 1, ['key', 'reverse']);
    return callLibrary(req, listLibraryFunction('sorted', call.keywords), call.positional, call.keywords, 'sorted');
  },
  ord: (req, call) => {
    arity(req, 'ord', call, 1, 1);
    if (!(call.positional[0] instanceof SomeString)) throw req.error(Diag.UnsupportedOperation, `ord() expected string of length 1, but ${call.positional[0]} found`);
    return callLibrary(req, 'builtin_ord', call.positional, new Map(), 'ord');
  },
  chr: (req, call) => {
    arity(req, 'chr', call, 1, 1);
    if (!(call.positional[0] instanceof SomeInteger)) throw req.error(Diag.UnsupportedOperation, `chr() needs an int, not ${call.positional[0]}`);
    return callLibrary(req, 'builtin_chr', call.positional, new Map(), 'chr');
  },
  divmod: (req, call) => {
    arity(req, 'divmod', call, 2, 2);
    call.positional.forEach((s) => numberArgument(req, 'divmod', s));
    return callLibrary(req, 'builtin_divmod', call.positional, new Map(), 'divmod');
  },
  pow: (req, call) => {
    arity(req, 'pow', call, 2, 3);
    if (call.positional.length === 3) {
      if (!call.positional.every((s) => s instanceof SomeInteger)) throw req.error(Diag.UnsupportedOperation, 'pow() 3rd argument not allowed unless all arguments are integers');
      return callLibrary(req, 'builtin_pow_mod', call.positional, new Map(), 'pow');
    }
    return callLibrary(req, 'builtin_pow', call.positional, new Map(), 'pow');
  },
  round: (req, call) => {
    arity(req, 'round', call, 1, 2, ['ndigits']);
    const x = call.positional[0]!;
    const ndigits = call.positional[1] ?? call.keywords.get('ndigits');
    if (ndigits !== undefined && call.positional.length + call.keywords.size > 2) throw req.error(Diag.BadCall, "round() got multiple values for argument 'ndigits'");
    if (ndigits !== undefined && !(ndigits instanceof SomeNone)) {
      // round(x, n): an int for an int, a float correctly rounded to n decimal places for a float.
      if (!(ndigits instanceof SomeInteger)) throw req.error(Diag.UnsupportedOperation, `round()'s ndigits must be an int, not ${ndigits}`);
      if (x instanceof SomeInteger) return callLibrary(req, 'builtin_round_int_digits', call.positional, call.keywords, 'round');
      if (x instanceof SomeFloat) return callLibrary(req, 'builtin_round_float_digits', call.positional, call.keywords, 'round');
      throw req.error(Diag.UnsupportedOperation, `round() of ${x} is not supported`);
    }
    if (x instanceof SomeInteger) return callLibrary(req, 'builtin_round_int', [x], new Map(), 'round');
    if (x instanceof SomeFloat) return callLibrary(req, 'builtin_round_float', [x], new Map(), 'round');
    throw req.error(Diag.UnsupportedOperation, `round() of ${x} is not supported`);
  },
  input: (req, call) => {
    arity(req, 'input', call, 0, 1);
    const prompt = call.positional[0];
    if (prompt && !(prompt instanceof SomeString && !prompt.canBeNone)) throw req.error(Diag.UnsupportedOperation, `input() of ${prompt}: give the prompt as a str`);
    return new SomeString();
  },
  hex: intToText('hex'),
  oct: intToText('oct'),
  bin: intToText('bin'),
  type: (req, call) => {
    arity(req, 'type', call, 1, 1);
    const s = call.positional[0]!;
    if (!(s instanceof SomeInstance) || s.canBeNone) throw req.error(Diag.UnsupportedOperation, `type() of ${s} is not supported (type() of an instance is)`);
    s.classdef.subclassReaders.add(req.position);
    return new SomePBC(s.classdef.descendants().map((d) => d.desc));
  },
  isinstance: (req, call) => {
    arity(req, 'isinstance', call, 2, 2);
    return isinstanceRule(req, call);
  },
  super: (req, call) => {
    const [cls, self] = call.positional;
    if (!cls || !self || !cls.isConstant) throw req.error(Diag.Unsupported, 'super() is supported only without arguments, inside a method');
    return new SomeSuper(req.annotator.bookkeeper.getClassDesc(cls.constValue as PyClass), self);
  },
  range: rangeRule,
  len: (req, call) => {
    arity(req, 'len', call, 1, 1);
    const s = call.positional[0]!;
    const special = planFor(req, 'len', [s]);
    if (special) {
      const result = callPlan(req, special, [s]);
      // CPython raises TypeError when __len__ returns anything but an int.
      if (!(result instanceof SomeInteger) && !isImpossible(result)) throw req.error(Diag.TypeConflict, `__len__ returned ${result}, not an int`);
      return result;
    }
    if (s instanceof SomeTuple && !s.canBeNone) return new SomeInteger({ constant: BigInt(s.items.length) });
    if (s instanceof SomeString || s instanceof SomeList || s instanceof SomeTuple || s instanceof SomeRange) {
      if (s.canBeNone) throw req.error(Diag.UnsupportedOperation, `len() of a value that may be None (${s})`);
      return new SomeInteger({ nonneg: true });
    }
    throw req.error(Diag.UnsupportedOperation, `object of type ${s} has no len()`);
  },
  abs: (req, call) => {
    arity(req, 'abs', call, 1, 1);
    const s = call.positional[0]!;
    const special = planFor(req, 'abs', [s]);
    if (special) return callPlan(req, special, [s]);
    if (s instanceof SomeInteger) return new SomeInteger({ nonneg: true });
    if (s instanceof SomeFloat) return new SomeFloat();
    throw req.error(Diag.UnsupportedOperation, `bad operand type for abs(): ${s}`);
  },
  min: minMax('min'),
  max: minMax('max'),
  sum: sumRule,
  any: consumingRule('any'),
  all: consumingRule('all'),
  list: consumingRule('list'),
  next: nextRule,
  enumerate: lazyRule('enumerate'),
  zip: lazyRule('zip'),
  reversed: lazyRule('reversed'),
  map: lazyRule('map'),
  filter: lazyRule('filter'),
  iter: (req) => {
    throw req.error(Diag.UnsupportedOperation, 'iter() with a sentinel is not supported');
  },
  int: conversion('int', () => new SomeInteger(), (s) => isNumber(s) || s instanceof SomeString),
  float: conversion('float', () => new SomeFloat(), (s) => isNumber(s) || s instanceof SomeString),
  bool: (req, call) => {
    arity(req, 'bool', call, 0, 1);
    const s = call.positional[0];
    const special = s ? planFor(req, 'bool', [s]) : null;
    if (special) return callPlan(req, special, [s!]);
    return new SomeBool();
  },
  str: (req, call) => {
    arity(req, 'str', call, 0, 1);
    if (call.positional[0]) checkPrintable(req, call.positional[0]);
    return new SomeString();
  },
  repr: (req, call) => {
    arity(req, 'repr', call, 1, 1);
    checkPrintable(req, call.positional[0]!, true);
    return new SomeString();
  },
  format: formatBuiltinRule,
  'math.sqrt': floatFunction('sqrt'),
  'math.sin': floatFunction('sin'),
  'math.cos': floatFunction('cos'),
  'math.tan': floatFunction('tan'),
  'math.asin': floatFunction('asin'),
  'math.acos': floatFunction('acos'),
  'math.atan': floatFunction('atan'),
  'math.sinh': floatFunction('sinh'),
  'math.cosh': floatFunction('cosh'),
  'math.tanh': floatFunction('tanh'),
  'math.atan2': floatFunction('atan2', 2),
  'math.exp': floatFunction('exp'),
  'math.log2': floatFunction('log2'),
  'math.log10': floatFunction('log10'),
  'math.fabs': floatFunction('fabs'),
  'math.pow': floatFunction('pow', 2),
  'math.hypot': floatFunction('hypot', 2),
  'math.copysign': floatFunction('copysign', 2),
  'math.fmod': floatFunction('fmod', 2),
  'math.degrees': floatFunction('degrees'),
  'math.radians': floatFunction('radians'),
  'math.log': (req, call) => {
    arity(req, 'log', call, 1, 2);
    call.positional.forEach((s) => numberArgument(req, 'log', s));
    return new SomeFloat();
  },
  'math.floor': intFunction('floor'),
  'math.ceil': intFunction('ceil'),
  'math.trunc': intFunction('trunc'),
  'math.isnan': predicate('isnan'),
  'math.isinf': predicate('isinf'),
  'math.isfinite': predicate('isfinite'),
  'math.gcd': integerFunction('gcd', 0, 64),
  'math.lcm': integerFunction('lcm', 0, 64),
  'math.isqrt': integerFunction('isqrt', 1, 1),
  'math.factorial': integerFunction('factorial', 1, 1),
  'math.comb': integerFunction('comb', 2, 2),
  'math.perm': integerFunction('perm', 1, 2),
  'sys.exit': (req, call) => {
    arity(req, 'exit', call, 0, 1);
    const code = call.positional[0];
    if (code && !(code instanceof SomeInteger || code instanceof SomeNone || code instanceof SomeString)) {
      throw req.error(Diag.UnsupportedOperation, `sys.exit() of ${code}`);
    }
    return s_ImpossibleValue;
  },
  'sys.stdin.readline': stdinMethod('readline'),
  'sys.stdin.read': stdinMethod('read'),
  'sys.stdin.readlines': stdinMethod('readlines'),
  'time.time': (req, call) => {
    arity(req, 'time', call, 0, 0);
    return new SomeFloat();
  },
  'time.perf_counter': (req, call) => {
    arity(req, 'perf_counter', call, 0, 0);
    return new SomeFloat();
  },
  'time.monotonic': (req, call) => {
    arity(req, 'monotonic', call, 0, 0);
    return new SomeFloat();
  },
};

/** Builtins that need a Python interpreter at run time, and why. */
const NEVER_TRANSLATABLE: Record<string, string> = {
  eval: 'Wyrm compiles the whole program ahead of time, so there is no interpreter to run new code',
  exec: 'Wyrm compiles the whole program ahead of time, so there is no interpreter to run new code',
  compile: 'Wyrm compiles the whole program ahead of time, so there is no interpreter to run new code',
  globals: 'variables are not kept in dictionaries after translation',
  locals: 'variables are not kept in dictionaries after translation',
  vars: 'variables are not kept in dictionaries after translation',
  __import__: 'modules are resolved when translating; use an import statement',
  breakpoint: 'there is no debugger in translated programs',
};

export function builtinCall(req: OpRequest, callee: SomeBuiltin, call: CallArguments): SomeValue {
  if (callee.name === 'BaseException.__init__') {
    exceptionArguments(req, call);
    if (callee.self instanceof SomeInstance) recordExceptionArgs(req, callee.self.classdef, call.positional);
    return new SomeNone();
  }
  if (callee.name === 'object.__init__') {
    if (call.positional.length > 0) throw req.error(Diag.BadCall, 'object.__init__() takes exactly one argument (the instance to initialize)');
    return new SomeNone();
  }
  const ofDicts = dictBuiltinCall(req, callee, call);
  if (ofDicts !== null) return ofDicts;
  if (callee.self !== null) {
    if (callee.name.startsWith('list.')) return listMethodCall(req, callee, call);
    if (callee.name.startsWith('str.')) return stringMethodCall(req, callee, call);
  }
  if (isIntrinsic(callee.name)) return intrinsicCall(req, callee.name, call);
  const ofIdentity = identityIntrinsic(req, callee.name, call);
  if (ofIdentity !== null) return ofIdentity;
  const rule = BUILTINS[callee.name];
  if (!rule) {
    const never = NEVER_TRANSLATABLE[callee.name];
    if (never) throw req.error(Diag.UnsupportedBuiltin, `${callee.name}() cannot be translated: ${never}`);
    throw req.error(Diag.UnsupportedBuiltin, `the builtin ${callee.name}() is not supported yet`);
  }
  return rule(req, call, callee.self);
}

export function arityCheck(req: OpRequest, name: string, call: CallArguments, min: number, max: number, keywords: readonly string[] = []): void {
  arity(req, name, call, min, max, keywords);
}
