// Every corpus file must dump exactly as CPython dumped it (the stored .dump files, made by
// regen.py), so this test needs no Python. Files named *_py312.py must be recognized as using
// 3.12 syntax, and no other file may be.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles, dumpFile } from './corpus-files.ts';

describe('parser corpus matches CPython ast.dump', () => {
  const files = corpusFiles();
  it('has a corpus', () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const name of files) {
    it(name, () => {
      const path = join(corpusDir, name);
      const expected = readFileSync(path.replace(/\.py$/, '.dump'), 'utf8').trimEnd();
      const { dump, usesPython312Syntax } = dumpFile(path);
      expect(dump).toBe(expected);
      expect(usesPython312Syntax).toBe(name.includes('_py312'));
    });
  }
});
