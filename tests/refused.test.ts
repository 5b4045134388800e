// Programs Wyrm must refuse at translation time: each tests/refused/NAME.py is translated
// in-process and the diagnostics it produces are compared, exactly, with NAME.expected (the
// `NAME.py:LINE:COL: error: MESSAGE [CODE]` line, the source line and its carets, and any notes).
// The SourceFile's path is the bare file name, so that the expected text does not depend on
// where the repository is checked out.

import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { translate } from '../driver/pipeline.ts';
import { CompileError, formatDiagnostic } from '../diagnostics/diagnostic.ts';

const REFUSED = resolve(import.meta.dirname, 'refused');

/** What translating `file` prints: its diagnostics, or a line saying why there are none. */
function refusalText(file: string): string {
  const source = new SourceFile(file, readFileSync(join(REFUSED, file), 'utf8'));
  try {
    translate(source, { optimize: 0 });
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics.map(formatDiagnostic).join('');
    // An internal error is a Wyrm bug: show its message in the test's diff.
    return `internal error: ${error instanceof Error ? error.message : String(error)}\n`;
  }
  return 'translated without any diagnostic\n';
}

for (const file of readdirSync(REFUSED).filter((f) => f.endsWith('.py')).sort()) {
  test(file, () => {
    const expected = readFileSync(join(REFUSED, file.replace(/\.py$/, '.expected')), 'utf8');
    expect(refusalText(file)).toBe(expected);
  });
}
