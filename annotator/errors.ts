// Building the annotator's messages: type conflicts that name both sides and where each came
// from, and unsupported operations that name the operation and the types of its operands.

import { compileError, type CompileError, type Note } from '../diagnostics/diagnostic.ts';
import type { DiagnosticKind } from '../diagnostics/catalog.ts';
import type { Site } from './position.ts';

export function describeSite(site: Site): { source: Site['source']; span: Site['span'] } {
  return { source: site.source, span: site.span };
}

export function typeConflictError(kind: DiagnosticKind, message: string, here: Site, notes: Note[]): CompileError {
  const distinct = notes.filter((n) => !(n.span && n.span.start === here.span.start && n.source === here.source));
  return compileError(kind, message, here.source, here.span, distinct);
}
