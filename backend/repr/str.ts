// The representation of str: a reference to the runtime's str struct (code points and a cached
// hash). Constants become immutable globals built once.

import type { Expr } from '../wasm/binaryen.ts';
import { CHARS, LATIN1, STR_OR_NONE } from '../support/types.ts';
import { type ArrayType, Ref } from '../lltypes.ts';
import type { ModuleContext } from '../emit/modulecontext.ts';
import { Repr } from './repr.ts';

export class StrRepr extends Repr {
  readonly lltype = STR_OR_NONE;
  readonly key: string;
  readonly canBeNone: boolean;

  constructor(canBeNone: boolean) {
    super();
    this.canBeNone = canBeNone;
    this.key = canBeNone ? 'str?' : 'str';
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(STR_OR_NONE);
    return ctx.support.str(value as string);
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(STR_OR_NONE);
  }
}

export const strRepr = new StrRepr(false);
export const strOrNoneRepr = new StrRepr(true);

/**
 * A character buffer of the runtime library: a CHARS array strings are built in, or a LATIN1
 * one when the library knows every code point it will hold is below U+0100.
 */
export class CharBufferRepr extends Repr {
  readonly lltype: Ref;
  readonly key: string;
  readonly array: ArrayType;

  constructor(array: ArrayType) {
    super();
    this.array = array;
    this.lltype = new Ref(array, true);
    this.key = array === LATIN1 ? 'latin1 chars' : 'chars';
  }

  constant(value: unknown, ctx: ModuleContext): Expr {
    if (value === null) return ctx.model.nullOf(this.lltype);
    throw new Error('character buffers are never constants');
  }

  zero(ctx: ModuleContext): Expr {
    return ctx.model.nullOf(this.lltype);
  }
}

export const charBufferRepr = new CharBufferRepr(CHARS);
export const latin1BufferRepr = new CharBufferRepr(LATIN1);
