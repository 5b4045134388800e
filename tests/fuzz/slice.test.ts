// A small fixed-seed slice of the fuzzer (tools/fuzz/), run by `npm test` without python3:
// generated programs compared with the CPython results stored in slice-expected.json (written by
// `npm run fuzz -- --write-slice`), and mutants of the test corpus, which Wyrm must translate or
// refuse with a located error.

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lastLine } from '../../tools/fuzz/compare.ts';
import { generateProgram } from '../../tools/fuzz/generate.ts';
import { loadCorpus, mutant } from '../../tools/fuzz/mutate.ts';
import { SLICE, sliceFixturePath, sourceHash, type SliceFixture } from '../../tools/fuzz/slice.ts';
import { runWyrm } from '../../tools/fuzz/wyrm.ts';

const fixture = JSON.parse(readFileSync(sliceFixturePath, 'utf8')) as SliceFixture;

describe('generated programs agree with CPython', () => {
  for (const expected of fixture.programs) {
    test(`program ${expected.index} of seed ${fixture.seed}`, async () => {
      const text = generateProgram(fixture.seed, expected.index, SLICE.options);
      // A changed generator makes other programs: their CPython results must be stored again.
      expect(sourceHash(text), 'the generator changed: run `npm run fuzz -- --write-slice`').toBe(expected.hash);
      const result = await runWyrm({ source: text, path: 'prog.py', run: true, optimize: 2 });
      if (result.kind !== 'ok') throw new Error(`Wyrm did not run the program: ${JSON.stringify(result).slice(0, 2000)}`);
      expect({ stdout: result.stdout, stderrLast: lastLine(result.stderr), status: result.status }).toEqual({
        stdout: expected.stdout, stderrLast: expected.stderrLast, status: expected.status,
      });
    });
  }
});

describe('mutants of the corpus translate or are refused at a location', () => {
  const corpus = loadCorpus();
  test(`${SLICE.mutants} mutants of seed ${SLICE.seed}`, async () => {
    const problems: string[] = [];
    for (let index = 0; index < SLICE.mutants; index++) {
      const m = mutant(corpus, SLICE.seed, index);
      const result = await runWyrm({ source: m.text, path: 'mutant.py', run: false, optimize: 0 });
      const ok = result.kind === 'translated' || (result.kind === 'refused' && result.located);
      if (!ok) problems.push(`mutant ${index} (${m.file.path}: ${m.edits.join('; ')}): ${JSON.stringify(result).slice(0, 500)}`);
    }
    expect(problems).toEqual([]);
  });
});
