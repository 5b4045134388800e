// Lowering of `newclosure(f, values...)`: a new environment object of f's closure class, its
// fields holding the values the closure uses from enclosing functions (frontend/flow/closures.ts).

import type { Expr } from '../wasm/binaryen.ts';
import { closureFields } from '../../frontend/flow/closures.ts';
import type { PyFunction } from '../../frontend/program.ts';
import type { Constant } from '../../frontend/flowmodel.ts';
import { environmentClassdef } from '../../annotator/ops/closures.ts';
import { convertValue } from '../repr/convert.ts';
import type { LowerOp } from './lowerop.ts';

export function lowerNewClosure(hop: LowerOp): Expr {
  const func = (hop.args[0] as Constant).value as PyFunction;
  const classdef = environmentClassdef(hop.ctx.rtyper.annotator.bookkeeper, func);
  const repr = hop.ctx.rtyper.instanceRepr(classdef);
  const valueOf = new Map(closureFields(func).map((field, i) => [field.attr, hop.args[i + 1]!] as const));
  const values = repr.struct.fields.map((f) => {
    if (f.name === 'class') return hop.m.i32.const(hop.ctx.classes.id(classdef));
    const value = valueOf.get(f.name);
    if (!value) throw new Error(`closure field ${f.name} of ${func.qualname} has no value`);
    return hop.valueAs(value, repr.fieldReprs.get(f.name)!);
  });
  return convertValue(hop.ctx, repr, hop.resultRepr, hop.model.structNew(repr.struct, values));
}
