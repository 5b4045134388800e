// `wyrm ast FILE...`: one line per file, exactly CPython's ast.dump(ast.parse(source)) (3.11's
// layout, or 3.12's for files that use 3.12 syntax). A file that cannot be read or decoded is a
// one-line `wyrm: error:` and exit status 2; a syntax error is a located diagnostic and exit
// status 1. Every file is attempted; the worst status wins.

import { CompileError, formatDiagnostic } from '../../diagnostics/diagnostic.ts';
import { dumpModule } from '../../frontend/astdump.ts';
import { parseSource } from '../../frontend/parser/parse.ts';
import { readSource } from '../readsource.ts';

export function runAstCommand(files: string[]): number {
  let status = 0;
  for (const path of files) {
    const source = readSource(path);
    if (typeof source === 'string') {
      process.stderr.write(`wyrm: error: ${source}\n`);
      status = 2;
      continue;
    }
    try {
      const { module, usesPython312Syntax } = parseSource(source);
      process.stdout.write(dumpModule(module, usesPython312Syntax ? '3.12' : '3.11') + '\n');
    } catch (error) {
      if (!(error instanceof CompileError)) throw error;
      for (const diagnostic of error.diagnostics) process.stderr.write(formatDiagnostic(diagnostic));
      status = Math.max(status, 1);
    }
  }
  return status;
}
