// The exceptions that runtime support code raises by class id (`raise(class, message, site)` in
// support/exceptions.ts: an IndexError, a ZeroDivisionError...) are plain BaseException structs,
// unless the program gave their class (or a base) attributes of its own (`e.args` that it
// reads, a field it sets): then the struct of that class must be made, with those fields at
// their zero, so that a handler of the class can use it as one of its instances.

import type { Expr } from '../wasm/binaryen.ts';
import { EXCEPTION, STR_OR_NONE } from '../support/types.ts';
import type { ModuleContext } from './modulecontext.ts';

/** How raise() makes the exception of a class id, or null when every one is a plain struct. */
export function builtinExceptionMaker(ctx: ModuleContext): ((cls: () => Expr, message: () => Expr) => Expr) | null {
  const m = ctx.module;
  const model = ctx.model;
  const own = ctx.rtyper.annotator.bookkeeper
    .allClassDefs()
    .filter((c) => c.desc.isBuiltin)
    .map((c) => ({ id: ctx.classes.id(c), repr: ctx.rtyper.instanceRepr(c) }))
    .filter(({ repr }) => repr.struct !== EXCEPTION);
  if (own.length === 0) return null;
  return (cls, message) => {
    let made: Expr = model.structNew(EXCEPTION, [cls(), message(), model.nullOf(STR_OR_NONE)]);
    for (const { id, repr } of own) {
      const values = repr.struct.fields.map((f) => {
        if (f.name === 'class') return cls();
        if (f.name === '.message') return message();
        if (f.name === '.args') return model.nullOf(STR_OR_NONE);
        return repr.fieldReprs.get(f.name)!.zero(ctx);
      });
      made = m.if(m.i32.eq(cls(), m.i32.const(id)), model.structNew(repr.struct, values), made);
    }
    return made;
  };
}
