// The representations of a variable that may hold one of several functions or classes (a PBC,
// "prebuilt constant", in RPython's terms: `op = add if plus else sub`, a list of handlers).
// Without closures among them: a small integer naming the function, 0 for None. Each function
// or class used this way gets one number for the whole program, so values move between such
// variables without conversion. With closures: a reference to an object whose class id names
// the function: the closure's environment, or for a plain function a prebuilt object with an id
// of its own. A call through either dispatches on the number to direct calls (lower/pbc.ts),
// which keeps each function's own specializations, defaults and keyword binding.

import type { Expr } from '../wasm/binaryen.ts';
import { Char, Ref } from '../lltypes.ts';
import { OBJECT } from '../support/types.ts';
import type { Desc } from '../../annotator/description.ts';
import { ClassDesc } from '../../annotator/classdef.ts';
import type { SomePBC } from '../../annotator/model.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { Repr } from './repr.ts';

/** Where the numbers of classes start (class ids are small). */
export const CLASS_NUMBERS = 1 << 20;

export class FunctionSetRepr extends Repr {
  readonly lltype = Char;
  readonly key = 'function set';
  private readonly numbers = new Map<Desc, number>();

  /**
   * The number of a function (from 1; 0 is None) or of a class: its class id above
   * CLASS_NUMBERS, so that type(x) of an instance is its class id plus a constant.
   */
  numberOf(desc: Desc, ctx: ModuleContext): number {
    if (desc instanceof ClassDesc) return CLASS_NUMBERS + ctx.classes.id(ctx.rtyper.annotator.bookkeeper.getClassDef(desc));
    let n = this.numbers.get(desc);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(desc, n);
    }
    return n;
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null || value === undefined) return ctx.module.i32.const(0);
    const annotation = ctx.rtyper.annotator.bookkeeper.immutableValue(value) as SomePBC;
    return ctx.module.i32.const(this.numberOf([...annotation.descs][0]!, ctx));
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.module.i32.const(0);
  }
}

/** Ids of plain functions in closure sets: above every class id, so no class test matches them. */
const FIRST_FUNCTION_ID = 1 << 24;

export class ClosureSetRepr extends Repr {
  readonly lltype = new Ref(OBJECT, true);
  readonly key = 'callable set';
  private readonly ids = new Map<Desc, number>();

  /** The id a plain function's prebuilt object carries. */
  idOf(desc: Desc): number {
    let id = this.ids.get(desc);
    if (id === undefined) {
      id = FIRST_FUNCTION_ID + this.ids.size;
      this.ids.set(desc, id);
    }
    return id;
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null || value === undefined) return ctx.model.nullOf(this.lltype);
    const annotation = ctx.rtyper.annotator.bookkeeper.immutableValue(value) as SomePBC;
    const desc = [...annotation.descs][0]!;
    const id = this.idOf(desc);
    const name = `function object ${id}`;
    const type = ctx.model.valueType(this.lltype);
    ctx.support.ensure(name, () => {
      ctx.module.addGlobal(name, type, false, ctx.model.structNew(OBJECT, [ctx.module.i32.const(id)]));
    });
    return ctx.module.global.get(name, type);
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}
