// Diagnostics: what went wrong, where, and the notes that explain why.
// A Diagnostic carries spans, not line numbers; formatDiagnostic() turns it into the
// `file:line:col: error: message [CODE]` form with the source line and a caret underneath.

import type { SourceFile, Span } from '../frontend/source.ts';
import type { DiagnosticKind } from './catalog.ts';

export interface Note {
  message: string;
  source?: SourceFile;
  span?: Span;
}

export interface Diagnostic {
  kind: DiagnosticKind;
  message: string;
  source: SourceFile;
  span: Span;
  notes: Note[];
}

/** Thrown by any phase when the user's program cannot be translated. */
export class CompileError extends Error {
  readonly diagnostics: Diagnostic[];

  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'CompileError';
    this.diagnostics = diagnostics;
  }
}

export function diagnostic(
  kind: DiagnosticKind,
  message: string,
  source: SourceFile,
  span: Span,
  notes: Note[] = [],
): Diagnostic {
  return { kind, message, source, span, notes };
}

export function compileError(
  kind: DiagnosticKind,
  message: string,
  source: SourceFile,
  span: Span,
  notes: Note[] = [],
): CompileError {
  return new CompileError([diagnostic(kind, message, source, span, notes)]);
}

/** The source line holding `span`, and a caret line under the span's first character. */
function excerpt(source: SourceFile, span: Span): string {
  const { line, column } = source.lineColumn(span.start);
  const text = source.lineText(line);
  if (text.trim() === '') return '';
  const codePoints = [...text];
  const pad = codePoints
    .slice(0, column - 1)
    .map((ch) => (ch === '\t' ? '\t' : ' '))
    .join('');
  const lineEnd = source.lineStart(line) + text.length;
  // Spans are in UTF-16 units; the marks are one per code point, as the columns are.
  const spanText = source.text.slice(span.start, Math.min(span.start + span.length, lineEnd));
  const underlined = Math.max(1, [...spanText].length);
  return `    ${text}\n    ${pad}^${'~'.repeat(Math.min(underlined - 1, 200))}\n`;
}

function location(source: SourceFile, span: Span): string {
  const { line, column } = source.lineColumn(span.start);
  return `${source.path}:${line}:${column}`;
}

export function formatDiagnostic(d: Diagnostic): string {
  let out = `${location(d.source, d.span)}: error: ${d.message} [${d.kind.code}]\n`;
  out += excerpt(d.source, d.span);
  for (const note of d.notes) {
    if (note.source && note.span) {
      out += `${location(note.source, note.span)}: note: ${note.message}\n`;
      out += excerpt(note.source, note.span);
    } else {
      out += `note: ${note.message}\n`;
    }
  }
  return out;
}
