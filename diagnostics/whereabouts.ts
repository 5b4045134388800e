// Where Wyrm is in its work: the phase, and the function and source line being handled. The
// phases update it as they go, so that an internal error (a bug in Wyrm) can say where it
// happened without a stack trace: "internal error while annotating f() at prog.py:12".

import type { SourceFile, Span } from '../frontend/source.ts';

export interface Whereabouts {
  phase: string;
  /** The Python function being handled, by qualified name. */
  functionName: string | null;
  source: SourceFile | null;
  span: Span | null;
}

const current: Whereabouts = { phase: 'starting', functionName: null, source: null, span: null };

export function enterPhase(phase: string): void {
  current.phase = phase;
  current.functionName = null;
  current.source = null;
  current.span = null;
}

export function at(functionName: string | null, source: SourceFile | null, span: Span | null): void {
  current.functionName = functionName;
  current.source = source;
  if (span) current.span = span;
}

/** "while annotating f() at prog.py:12" (as much as is known). */
export function describeWhereabouts(): string {
  let text = `while ${current.phase}`;
  if (current.functionName) text += ` ${current.functionName}()`;
  if (current.source && current.span) text += ` at ${current.source.path}:${current.source.lineOf(current.span.start)}`;
  return text;
}
