// How a command ends when something goes wrong: a user's program that cannot be translated
// (located diagnostics, status 1), and a failure of Wyrm itself (an "internal error" naming the
// phase and where it was, status 70, the stack only with --debug).

import { CompileError, formatDiagnostic } from '../diagnostics/diagnostic.ts';
import { describeWhereabouts } from '../diagnostics/whereabouts.ts';

export const EXIT_COMPILE_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

/** Prints the failure and returns the exit status it calls for. */
export function reportFailure(error: unknown, debug: boolean): number {
  if (error instanceof CompileError) {
    for (const d of error.diagnostics.slice(0, 20)) process.stderr.write(formatDiagnostic(d));
    if (error.diagnostics.length > 20) process.stderr.write(`(${error.diagnostics.length - 20} more errors not shown)\n`);
    return EXIT_COMPILE_ERROR;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`wyrm: internal error ${describeWhereabouts()}: ${message}\n`);
  process.stderr.write('This is a bug in Wyrm, not in your program; please report it with the program that caused it.\n');
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('(run again with --debug to see where it happened)\n');
  return EXIT_INTERNAL;
}
