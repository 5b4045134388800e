// Runs Wyrm on one program in-process and classifies what happened: translated and run (with
// its output), refused with a CompileError (whose diagnostics must point inside the file), or
// failed in some other way (an internal error: always a Wyrm bug). Used by the worker threads
// of the fuzzer and directly by the test slice.

import { CompileError, formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { translate } from '../../driver/pipeline.ts';
import { runCaptured } from '../../driver/run.ts';
import { SourceFile } from '../../frontend/source.ts';

export interface WyrmJob {
  source: string;
  /** The file name the program is translated under (tracebacks show it). */
  path: string;
  /** Translate only (the mutation mode), or translate and run. */
  run: boolean;
  optimize: number;
  argv?: string[];
}

export type WyrmResult =
  | { kind: 'ok'; stdout: string; stderr: string; status: number }
  | { kind: 'translated' }
  /** `located`: every diagnostic points inside the program's own text (not, say, at Wyrm's
   *  runtime library, which would be Wyrm's fault). */
  | { kind: 'refused'; message: string; code: string; located: boolean; text: string }
  | { kind: 'internal'; phase: 'translate' | 'run'; message: string; stack: string }
  | { kind: 'timeout' }
  | { kind: 'crash'; message: string };

function describe(error: unknown): { message: string; stack: string } {
  if (error instanceof Error) return { message: `${error.name}: ${error.message}`, stack: error.stack ?? '' };
  return { message: String(error), stack: '' };
}

/** A refusal must name a position inside the file and format without failing. */
function refusal(error: CompileError, source: SourceFile): WyrmResult {
  const text = source.text;
  const first = error.diagnostics[0];
  let located = error.diagnostics.length > 0;
  let formatted = '';
  for (const d of error.diagnostics) {
    if (d.source.path !== source.path) located = false;
    if (d.span.start < 0 || d.span.length < 0 || d.span.start > text.length || d.span.start + d.span.length > text.length + 1) located = false;
  }
  try {
    formatted = error.diagnostics.map(formatDiagnostic).join('');
  } catch (e) {
    located = false;
    formatted = `formatDiagnostic failed: ${describe(e).message}`;
  }
  return { kind: 'refused', message: first?.message ?? '(no diagnostics)', code: first?.kind.code ?? '?', located, text: formatted };
}

export async function runWyrm(job: WyrmJob): Promise<WyrmResult> {
  const source = new SourceFile(job.path, job.source);
  let translation;
  try {
    translation = translate(source, { optimize: job.optimize, scriptPath: job.path });
  } catch (error) {
    if (error instanceof CompileError) return refusal(error, source);
    return { kind: 'internal', phase: 'translate', ...describe(error) };
  }
  if (!job.run) return { kind: 'translated' };
  try {
    const result = await runCaptured(translation, job.argv ?? []);
    return { kind: 'ok', ...result };
  } catch (error) {
    return { kind: 'internal', phase: 'run', ...describe(error) };
  }
}
