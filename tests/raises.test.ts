// The exception analysis (annotator/raises.ts) against CPython: every differential test program
// that ends with an uncaught exception must have that exception's class among those its entry
// code can let escape. Also runs the analysis over every program that translates.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { analyze } from '../driver/pipeline.ts';
import { CompileError } from '../diagnostics/diagnostic.ts';
import { analyzeRaises, Raises } from '../annotator/raises.ts';
import { programCases, programCasesIn } from './differential.ts';

const groups = {
  core: programCases('core'),
  data: programCases('data'),
  overflow: programCasesIn(resolve(import.meta.dirname, 'overflow')),
};

/** The class of the exception CPython's traceback ends with (`KeyError: 3`, `__main__.Oops`). */
function uncaughtClass(stderr: string): string | null {
  if (!stderr.startsWith('Traceback (most recent call last):')) return null;
  const last = stderr.trimEnd().split('\n').at(-1)!;
  return last.split(':', 1)[0]!.replace(/^__main__\./, '');
}

for (const [group, cases] of Object.entries(groups)) {
  describe(`raises of the ${group} programs`, () => {
    test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      let analysis;
      try {
        analysis = analyze(new SourceFile(c.path, readFileSync(c.path, 'utf8')));
      } catch (error) {
        if (error instanceof CompileError) return; // refused: nothing to analyse
        throw error;
      }
      const raises = analyzeRaises(analysis.annotator);
      const expected = uncaughtClass(c.expected.stderr);
      if (expected === null) return;
      const entries = new Set([analysis.moduleGraph, analysis.entry.graph]);
      const escaping = [...entries].flatMap((g) => Raises.names(raises.ofFunction(g)));
      expect(escaping).toContain(expected);
    });
  });
}
