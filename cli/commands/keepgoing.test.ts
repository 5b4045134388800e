// `--keep-going` end to end: every independent error of a program in one run, in the order of
// the text, and the first one alone without it.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const wyrm = join(import.meta.dirname, '..', 'wyrm.js');
const scratch = mkdtempSync(join(tmpdir(), 'wyrm-keep-going-'));

function translate(text: string, ...options: string[]): { status: number | null; stderr: string } {
  const path = join(scratch, 'prog.py');
  writeFileSync(path, text);
  const result = spawnSync(process.execPath, [wyrm, 'translate', path, '-o', join(scratch, 'out'), ...options], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

const PROGRAM = [
  'def f(x):',
  '    return x + "a"',
  '',
  'def g(y):',
  '    return len(y)',
  '',
  'def h():',
  '    return undefined_name',
  '',
  'print(f(1))',
  'print(g(5))',
  'xs = [1]',
  'xs.append("s")',
  'print(h())',
  '',
].join('\n');

const errorLines = (stderr: string): string[] => stderr.split('\n').filter((line) => line.includes(': error: '));

describe('--keep-going', () => {
  it('reports each independent error once, in the order of the text', () => {
    const result = translate(PROGRAM, '--keep-going');
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr).map((line) => line.replace(/^.*prog\.py:/, ''))).toEqual([
      "2:12: error: unsupported operation '+' on int and str [W0203]",
      '5:12: error: object of type int has no len() [W0203]',
      "8:12: error: name 'undefined_name' is not defined [W0301]",
      '13:11: error: a list item is str here but int elsewhere; Wyrm needs one item type for a list [W1203]',
    ]);
  });

  it('stops at the first error without it', () => {
    const result = translate(PROGRAM);
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr)).toHaveLength(1);
  });
});
