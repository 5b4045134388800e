// Representations: how the values of one annotation are represented at run time, as RPython's
// rtyper reprs. A Repr has a low-level type and knows how to build its constants; the lowering
// rules of the operations use reprs to pick their code. Conversions between reprs happen where
// a value flows into a variable of a wider annotation (a bool into an int, None into `str or
// None`).

import type { Expr } from '../wasm/binaryen.ts';
import { Bool, Float, Signed, Void, type LLType } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';

export abstract class Repr {
  abstract readonly lltype: LLType;
  /** A short name for messages and for naming helper functions. */
  abstract readonly key: string;

  get isVoid(): boolean {
    return this.lltype === Void;
  }

  /** The run-time value of a constant of this representation. */
  abstract constant(value: unknown, ctx: ModuleContext): Expr;

  /** The zero value of the type (an unassigned local, an unreached result). */
  abstract zero(ctx: ModuleContext): Expr;
}

export class IntRepr extends Repr {
  readonly lltype = Signed;
  readonly key = 'int';
  constant(value: unknown, ctx: ModuleContext): Expr {
    const v = typeof value === 'boolean' ? (value ? 1n : 0n) : (value as bigint);
    return ctx.module.i64.const(BigInt.asIntN(64, v));
  }
  zero(ctx: ModuleContext): Expr {
    return ctx.module.i64.const(0n);
  }
}

export class BoolRepr extends Repr {
  readonly lltype = Bool;
  readonly key = 'bool';
  constant(value: unknown, ctx: ModuleContext): Expr {
    return ctx.module.i32.const(value === true || value === 1n ? 1 : 0);
  }
  zero(ctx: ModuleContext): Expr {
    return ctx.module.i32.const(0);
  }
}

export class FloatRepr extends Repr {
  readonly lltype = Float;
  readonly key = 'float';
  constant(value: unknown, ctx: ModuleContext): Expr {
    const v = typeof value === 'bigint' ? Number(value) : (value as number);
    return ctx.module.f64.const(v);
  }
  zero(ctx: ModuleContext): Expr {
    return ctx.module.f64.const(0);
  }
}

/** Values known entirely from their annotation (None, a function, a module): no run-time data. */
export class VoidRepr extends Repr {
  readonly lltype = Void;
  readonly key: string;
  /** The one value of this representation, when it is a constant of the program. */
  readonly known: { value: unknown } | null;
  constructor(key: string, known: { value: unknown } | null = null) {
    super();
    this.key = key;
    this.known = known;
  }
  constant(): Expr {
    throw new Error(`a ${this.key} has no run-time value`);
  }
  zero(ctx: ModuleContext): Expr {
    return ctx.module.nop();
  }
}

export const intRepr = new IntRepr();
export const boolRepr = new BoolRepr();
export const floatRepr = new FloatRepr();
export const noneRepr = new VoidRepr('None', { value: null });
export const impossibleRepr = new VoidRepr('impossible');
