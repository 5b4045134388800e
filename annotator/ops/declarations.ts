// The annotator's side of type annotations: the `declare(value, declaration)` operation that the
// graph builder emits for stores into annotated names, annotated parameters and returns of
// annotated functions, and the check of stores into declared instance attributes. Both accept a
// value that agrees with its declaration and return it completed by the declaration
// (annotator/declared.ts); a disagreement is an error naming both types and both places.

import { Variable } from '../../frontend/flowmodel.ts';
import { declaredAttribute, type Declaration } from '../../frontend/flow/declarations.ts';
import { compileError, type CompileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import type { ClassDef } from '../classdef.ts';
import { conform, Disagreement, type ConformContext } from '../declared.ts';
import { SomeFloat, SomeNone, SomeNullable, type SomeValue } from '../model.ts';
import type { Site } from '../position.ts';
import type { OpRequest, OpRule } from './registry.ts';

function contextFor(req: OpRequest, declaration: Declaration): ConformContext {
  const bookkeeper = req.annotator.bookkeeper;
  return {
    reflower: req.annotator,
    site: { source: declaration.source, span: declaration.span },
    position: req.position,
    classdefOf: (cls) => bookkeeper.getClassDef(bookkeeper.getClassDesc(cls)),
  };
}

/** A hint for the disagreements people meet most. */
function advice(inferred: SomeValue, declaration: Declaration, atEnd: boolean): string {
  const declared = declaration.type.kind;
  if (atEnd) return ' (end it with a return or a raise)';
  if (inferred instanceof SomeFloat && (declared === 'int' || declared === 'bool')) {
    return ' (CPython keeps a float a float: convert it with int() if an int is meant)';
  }
  // Wyrm has no int or float that may be None, so the hint is only for references.
  const referenceTypes = ['str', 'list', 'dict', 'set', 'tuple', 'tuplevar', 'instance'];
  if (inferred instanceof SomeNullable && inferred.canBeNone && referenceTypes.includes(declared)) {
    return ` (write '${declaration} | None' if None is allowed)`;
  }
  return '';
}

/** "variable 'x' is str here, but its annotation says int", with a note at the annotation. */
function disagreementError(declaration: Declaration, inferred: SomeValue, here: Site, atEnd: boolean): CompileError {
  const subject = declaration.subject;
  const what =
    subject.kind === 'return'
      ? atEnd
        ? `${subject.func.qualname}() can reach the end of its body, which returns None`
        : `${subject.func.qualname}() returns ${inferred} here`
      : `${declaration.describe()} is ${inferred} here`;
  const note =
    subject.kind === 'return'
      ? `the return type of ${subject.func.qualname}() is annotated ${declaration} here`
      : `${subject.kind === 'parameter' ? `parameter '${subject.name}'` : declaration.describe()} is annotated ${declaration} here`;
  // A value known only where the annotation is (a generator's argument) needs no second caret.
  const atAnnotation = here.source === declaration.source && here.span.start === declaration.span.start;
  const notes = atAnnotation ? [] : [{ message: note, source: declaration.source, span: declaration.span }];
  return compileError(Diag.AnnotationConflict, `${what}, but its annotation says ${declaration}${advice(inferred, declaration, atEnd)}`, here.source, here.span, notes);
}

/** Where the value checked by a declare operation comes from, for the error. */
function valueSite(req: OpRequest, declaration: Declaration): Site {
  const value = req.op.args[0];
  // A parameter's value comes from a call: the annotator knows which one brought its type.
  if (declaration.subject.kind === 'parameter' && value instanceof Variable && req.position.graph.startblock.inputargs.includes(value)) {
    return req.annotator.origins.get(value) ?? req.site;
  }
  return req.site;
}

/** declare(value, declaration): the value, checked against and completed by its declaration. */
const declareRule: OpRule = (req) => {
  const [value, declared] = req.args as [SomeValue, SomeValue];
  const declaration = declared.constValue as Declaration;
  try {
    return conform(value, declaration.type, contextFor(req, declaration));
  } catch (error) {
    if (!(error instanceof Disagreement)) throw error;
    const atEnd = req.op.span === null && value instanceof SomeNone;
    throw disagreementError(declaration, value, valueSite(req, declaration), atEnd);
  }
};

/** A value stored into attribute `name` of an instance of `classdef`, checked against its declaration. */
export function conformAttribute(req: OpRequest, classdef: ClassDef, name: string, value: SomeValue): SomeValue {
  const declaration = declaredAttribute(classdef.desc.mro().map((desc) => desc.pyobj), name);
  if (!declaration) return value;
  try {
    return conform(value, declaration.type, contextFor(req, declaration));
  } catch (error) {
    if (!(error instanceof Disagreement)) throw error;
    throw disagreementError(declaration, value, req.site, false);
  }
}

export const declarationRules: Record<string, OpRule> = {
  declare: declareRule,
};
