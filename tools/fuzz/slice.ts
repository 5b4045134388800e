// The fixed-seed slice of the fuzzer that `npm test` runs (tests/fuzz/slice.test.ts): a few
// generated programs compared with CPython's results stored in tests/fuzz/slice-expected.json
// (written by `npm run fuzz -- --write-slice`, the only step that needs python3), and a few
// mutants that must translate or be refused with a located error.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEFAULT_OPTIONS, type GenOptions } from './genmodel.ts';
import { REPO } from './mutate.ts';

export const SLICE = {
  seed: 20261127,
  programs: 8,
  mutants: 60,
  options: { ...DEFAULT_OPTIONS, overflow: 0 } as GenOptions,
};

export const sliceFixturePath = join(REPO, 'tests', 'fuzz', 'slice-expected.json');

export interface SliceFixture {
  generator: string;
  seed: number;
  programs: { index: number; hash: string; stdout: string; stderrLast: string; status: number }[];
}

/** Identifies a generated program, so that the test notices when the generator changed. */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
