// The representations of bound methods. A bound method of one name (`a.m`) is its object: the
// method is known from the annotation, so the value is the instance itself (BoundMethodRepr, the
// instance's struct, which also remembers the name for conversions). Bound methods of several
// names in one variable (`fs = [a.m, a.n]`) are a small struct of the object and the number of
// the name (MethodSetRepr); a call dispatches on the number to a method call of each name
// (lower/methodset.ts), as calls through a set of functions dispatch (lower/pbc.ts).

import type { Expr } from '../wasm/binaryen.ts';
import { Char, Ref, StructType, field } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { OBJECT } from '../support/types.ts';
import { InstanceRepr } from './instance.ts';
import { Repr } from './repr.ts';

/** A bound method of one name: its object, in the object's own struct. */
export class BoundMethodRepr extends InstanceRepr {
  override readonly key: string;
  readonly methodName: string;

  constructor(instance: InstanceRepr, methodName: string) {
    super(instance.classdef, instance, false);
    this.methodName = methodName;
    this.key = `method ${methodName} of ${instance.key}`;
  }
}

/** A bound method of one of several names: the object and the number of the name. */
export const BOUND_METHOD = new StructType('bound method', [field('self', new Ref(OBJECT, true)), field('which', Char)]);

export class MethodSetRepr extends Repr {
  readonly lltype = new Ref(BOUND_METHOD, true);
  readonly key = 'method set';
  private readonly numbers = new Map<string, number>();

  /** The number of a method name, the same in every variable of this representation. */
  numberOf(name: string): number {
    let n = this.numbers.get(name);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(name, n);
    }
    return n;
  }

  /** The value of a bound method of one name, of representation `from`. */
  fromBound(ctx: ModuleContext, from: BoundMethodRepr, value: Expr): Expr {
    return ctx.model.structNew(BOUND_METHOD, [value, ctx.module.i32.const(this.numberOf(from.methodName))]);
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null || value === undefined) return ctx.model.nullOf(this.lltype);
    throw new Error('bound methods are never constants');
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}
