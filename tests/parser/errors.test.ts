// Broken inputs (tests/parser/errors/*.py) must fail the way CPython fails: a located syntax
// error on the line CPython reports, a decoding error for bytes that are not text, or a
// located "nested too deeply" error where CPython runs out of stack. Never a crash.
// Expectations come from CPython 3.11 through regen_errors.py (errors/expected.json).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Diag } from '../../diagnostics/catalog.ts';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import { parseModule } from '../../frontend/parser/parse.ts';
import { SourceFile } from '../../frontend/source.ts';
import { SourceDecodeError, decodeSource } from '../../frontend/sourcedecode.ts';

interface Expectation {
  kind: 'syntax' | 'decode' | 'nesting';
  line: number | null;
  cpython: string;
}

const errorsDir = join(import.meta.dirname, 'errors');
const expected = JSON.parse(readFileSync(join(errorsDir, 'expected.json'), 'utf8')) as Record<string, Expectation>;

/** What Wyrm reports for a file: the decode failure, or the first diagnostic's code and line. */
function outcome(name: string): { kind: string; line?: number; code?: string; message?: string } {
  const bytes = readFileSync(join(errorsDir, name));
  let text: string;
  try {
    text = decodeSource(bytes);
  } catch (error) {
    if (error instanceof SourceDecodeError) return { kind: 'decode' };
    throw error;
  }
  const source = new SourceFile(name, text);
  try {
    parseModule(source);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const d = error.diagnostics[0]!;
    return { kind: 'error', line: source.lineOf(d.span.start), code: d.kind.code, message: d.message };
  }
  return { kind: 'parsed' };
}

describe('syntax errors are reported where CPython reports them', () => {
  for (const [name, expectation] of Object.entries(expected)) {
    it(`${name}: ${expectation.cpython}`, () => {
      const result = outcome(name);
      if (expectation.kind === 'decode') {
        expect(result.kind).toBe('decode');
        return;
      }
      expect(result.kind).toBe('error');
      if (expectation.line !== null) expect(result.line).toBe(expectation.line);
      if (expectation.kind === 'nesting') expect(result.code).toBe(Diag.NestingTooDeep.code);
      else expect(result.code).toMatch(/^W010[123]$/);
    });
  }
});
