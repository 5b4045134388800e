// `wyrm ast` end to end, as a user runs it: one dump line per file on stdout, status 0; a
// syntax error as a located diagnostic on stderr, status 1; a missing, unreadable or
// undecodable file as one `wyrm: error:` line, status 2. Never a stack trace.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from './corpus-files.ts';

const wyrm = join(import.meta.dirname, '..', '..', 'cli', 'wyrm.js');
const scratch = mkdtempSync(join(tmpdir(), 'wyrm-ast-'));

function run(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [wyrm, 'ast', ...files], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('wyrm ast', () => {
  it("prints CPython's dump of each file, one line per file", () => {
    const files = ['classes.py', 'type_params_py312.py'].map((name) => join(corpusDir, name));
    const result = run(...files);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(files.map((f) => readFileSync(f.replace(/\.py$/, '.dump'), 'utf8')).join(''));
  });

  it('shows a syntax error with its location, the line and a caret, status 1', () => {
    const path = write('bad.py', 'x = 1\ny = (2,\nz = 3\n');
    const result = run(path);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${path}:2:5: error: '(' was never closed [W0101]\n    y = (2,\n        ^\n`);
  });

  it('reports files it cannot use in one line, status 2', () => {
    const latin = write('latin.py', Uint8Array.from([0x78, 0x3d, 0x22, 0xe9, 0x22, 0x0a]));
    for (const [path, expected] of [
      [join(scratch, 'missing.py'), 'no such file'],
      [scratch, 'is a directory'],
      [latin, 'not valid utf-8'],
    ] as const) {
      const result = run(path);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^wyrm: error: .*${expected}.*\\n$`));
    }
  });

  it('goes on after a bad file and exits with the worst status', () => {
    const good = write('good.py', 'pass\n');
    const result = run(join(scratch, 'missing.py'), good);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('Module(body=[Pass()], type_ignores=[])\n');
  });
});
