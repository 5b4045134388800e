// Lowering of `e.args` (annotator/ops/exceptionargs.ts): the tuple of an exception's arguments
// is an ordinary field `args` of the classes whose args the program reads. Making such an
// exception stores its constructor's arguments there (unless its __init__ replaces them with
// BaseException.__init__'s, which stores its own); an exception the runtime raised by itself
// has no tuple, and reading its args makes `(message,)`.

import type { Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import type { ClassDef } from '../../annotator/classdef.ts';
import { mayBeRaisedWithMessage } from '../../annotator/ops/exceptionargs.ts';
import { convertValue } from '../repr/convert.ts';
import type { InstanceRepr } from '../repr/instance.ts';
import type { Repr } from '../repr/repr.ts';
import { strOrNoneRepr } from '../repr/str.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { EXCEPTION } from '../support/types.ts';
import type { LowerOp } from './lowerop.ts';

/** The field of the args tuple in instances of `repr`, or null when the program never reads it. */
function argsField(repr: InstanceRepr): TupleRepr | null {
  const field = repr.fieldReprs.get('args');
  return field instanceof TupleRepr ? field : null;
}

/** The tuple of `positional` in the representation `tuple`. */
function argsTuple(hop: LowerOp, tuple: TupleRepr, positional: readonly Hlvalue[]): Expr {
  return hop.model.structNew(tuple.struct, tuple.items.flatMap((item, i) => (item.isVoid ? [] : [hop.valueAs(positional[i]!, item)])));
}

/** Whether instances of `repr` keep an args tuple of `count` items. */
export function keepsArgs(repr: InstanceRepr, count: number): boolean {
  return argsField(repr)?.items.length === count;
}

/** Code that stores `positional` as the args of the instance in `instance` (or nothing). */
export function storeArgs(hop: LowerOp, repr: InstanceRepr, instance: () => Expr, positional: readonly Hlvalue[]): Expr[] {
  const tuple = argsField(repr);
  if (tuple === null || !keepsArgs(repr, positional.length)) return [];
  return [hop.model.structSet(repr.struct, instance(), 'args', argsTuple(hop, tuple, positional))];
}

/**
 * `e.args` read from the field (of representation `field`) of an instance of `classdef`: for
 * an exception the runtime may have raised by itself, `(message,)` when the field is empty.
 */
export function readArgs(hop: LowerOp, classdef: ClassDef, objRepr: InstanceRepr, obj: Expr, field: Repr): Expr | null {
  if (!(field instanceof TupleRepr) || !mayBeRaisedWithMessage(classdef) || field.items.length !== 1) return null;
  const m = hop.m;
  const model = hop.model;
  const o = hop.temp(hop.wasmType(objRepr));
  const t = hop.temp(hop.wasmType(field));
  const exception = hop.ctx.rtyper.instanceRepr(hop.ctx.classes.builtin('BaseException'));
  const message = model.structGet(EXCEPTION, convertValue(hop.ctx, objRepr, exception, o.get()), '.message');
  const item = field.items[0]!;
  // The item is a str, or a str or None: '' stands for a missing message in a str.
  const text = (): Expr => {
    if (item.key === strOrNoneRepr.key) return message;
    const s = hop.temp(hop.wasmType(strOrNoneRepr));
    return m.block(null, [s.set(message), m.if(model.isNull(s.get()), hop.support.str(''), model.asNonNull(s.get()))], hop.wasmType(item));
  };
  return m.block(null, [
    o.set(obj),
    t.set(model.structGet(objRepr.struct, o.get(), 'args')),
    m.if(model.isNull(t.get()), model.structNew(field.struct, item.isVoid ? [] : [text()]), t.get()),
  ], hop.wasmType(field));
}
