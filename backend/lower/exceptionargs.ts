// The arguments of an exception, as the text its str() and repr() show. Wyrm keeps no args
// tuple: an exception holds its str() (`.message`) and, when the arguments are not exactly one
// str, the repr of its arguments (`.args`: `(5)`, `('a', 1)`), from which repr() is made
// (support/instancetext.ts). CPython's BaseException.__new__ keeps the constructor's positional
// arguments even when a class's own __init__ never calls super().__init__(), so an instance of
// such a class gets the same texts when it is made, before its __init__ runs.

import { type Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import { BuiltinExceptionClass } from '../../frontend/program.ts';
import type { ClassDesc } from '../../annotator/classdef.ts';
import { SomeBool, SomeFloat, SomeInteger, SomeNone, SomeString } from '../../annotator/model.ts';
import { strOrNoneRepr, strRepr } from '../repr/str.ts';
import { joinStrs } from './formatting.ts';
import { textOf } from './strings.ts';
import type { LowerOp } from './lowerop.ts';

export interface ExceptionTexts {
  message: Expr;
  args: Expr;
}

function isKeyError(desc: ClassDesc): boolean {
  for (let c: ClassDesc | null = desc; c !== null; c = c.base) if (c.pyobj instanceof BuiltinExceptionClass && c.pyobj.name === 'KeyError') return true;
  return false;
}

/**
 * str(): nothing without arguments, str(arg) of one (repr(arg) for a KeyError, as CPython's
 * KeyError.__str__), the tuple's text for several; repr(): the class name then `.args`, or
 * `(repr(message))` when `.args` is null.
 */
export function exceptionTexts(hop: LowerOp, positional: readonly Hlvalue[], desc: ClassDesc): ExceptionTexts {
  const none = (): Expr => hop.model.nullOf(strOrNoneRepr.lltype);
  if (positional.length === 0) return { message: none(), args: none() };
  const keyError = isKeyError(desc);
  if (positional.length === 1) {
    const arg = positional[0]!;
    const repr = hop.fn.reprOf(arg);
    const message = textOf(hop, arg, repr, keyError);
    const s = hop.fn.annotation(arg);
    if (keyError || (s instanceof SomeString && !s.canBeNone)) return { message, args: none() };
    return { message, args: joinStrs(hop, [hop.support.str('('), textOf(hop, arg, repr, true), hop.support.str(')')]) };
  }
  const parts: Expr[] = [hop.support.str('(')];
  positional.forEach((arg, i) => {
    if (i > 0) parts.push(hop.support.str(', '));
    parts.push(textOf(hop, arg, hop.fn.reprOf(arg), true));
  });
  parts.push(hop.support.str(')'));
  const text = hop.temp(hop.wasmType(strRepr));
  return { message: text.tee(joinStrs(hop, parts)), args: text.get() };
}

/**
 * Whether the texts of these arguments can be made when the exception is made although its
 * class's __init__ may replace them: values whose text cannot change later (no list that may be
 * mutated, no instance whose __str__ would run too early).
 */
export function textsAreFixed(hop: LowerOp, positional: readonly Hlvalue[]): boolean {
  return positional.every((arg) => {
    const s = hop.fn.annotation(arg);
    return s instanceof SomeInteger || s instanceof SomeBool || s instanceof SomeFloat || s instanceof SomeString || s instanceof SomeNone;
  });
}
