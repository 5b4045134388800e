// The annotation of closures (frontend/flow/closures.ts): `newclosure(f, values...)` stores the
// values in the environment of f's closure class, whose attribute types are inferred like any
// instance's, and gives a function value (SomePBC) that is not a constant. A call of a closure
// passes its environment as the hidden first argument.

import { Diag } from '../../diagnostics/catalog.ts';
import { closureFields, closureInfo } from '../../frontend/flow/closures.ts';
import type { PyFunction } from '../../frontend/program.ts';
import type { Constant } from '../../frontend/flowmodel.ts';
import type { Bookkeeper } from '../bookkeeper.ts';
import type { ClassDef } from '../classdef.ts';
import type { FunctionDesc } from '../description.ts';
import { SomeInstance, SomePBC } from '../model.ts';
import { UnionError } from '../union.ts';
import type { OpRule } from './registry.ts';

/** The class of the environments of closures of `func`. */
export function environmentClassdef(bookkeeper: Bookkeeper, func: PyFunction): ClassDef {
  const cls = closureInfo(func).closureClass;
  if (!cls) throw new Error(`${func.qualname} is not a closure`);
  return bookkeeper.getClassDef(bookkeeper.getClassDesc(cls));
}

/** The annotation of the environment a call of closure `desc` receives. */
export function environmentOf(bookkeeper: Bookkeeper, desc: FunctionDesc): SomeInstance {
  return new SomeInstance(environmentClassdef(bookkeeper, desc.func));
}

const newclosureRule: OpRule = (req) => {
  const [, ...values] = req.args;
  // The function is a constant of the operation (its annotation, a closure, is not constant).
  const func = (req.op.args[0] as Constant).value as PyFunction;
  const bookkeeper = req.annotator.bookkeeper;
  const classdef = environmentClassdef(bookkeeper, func);
  closureFields(func).forEach((field, i) => {
    const value = values[i]!.withoutConstant();
    try {
      classdef.generalize(field.attr, value, req.site);
    } catch (error) {
      if (!(error instanceof UnionError)) throw error;
      const name = field.from.kind === 'copy' ? `'${field.from.name}'` : 'a variable';
      throw req.error(Diag.TypeConflict, `${func.qualname}() uses ${name} of an enclosing function, which is ${value} here but ${classdef.locate(field.attr)?.value} for another closure of it`);
    }
  });
  return new SomePBC([bookkeeper.getDesc(func)]);
};

export const closureRules: Record<string, OpRule> = {
  newclosure: newclosureRule,
};
