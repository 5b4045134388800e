// Running out of memory: a translated program whose large allocations no longer fit in the
// JavaScript heap gets MemoryError at the Python line (catchable), where V8 would otherwise end
// the process with a fatal error that nothing can catch (runtime/hostmemory.mjs). The programs
// run under Node with a small heap, so that the test fills it quickly.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { translate } from '../driver/pipeline.ts';
import { makeLoader } from '../runtime/loader.ts';

const dir = mkdtempSync(join(tmpdir(), 'wyrm-memory-'));

/** Translates `program` as NAME.py and runs its loader under Node with a 1000 MB old generation. */
function runWithSmallHeap(name: string, program: string): { stdout: string; stderr: string; status: number | null } {
  const translation = translate(new SourceFile(`${name}.py`, program), { optimize: 1 });
  writeFileSync(join(dir, `${name}.wasm`), translation.binary);
  writeFileSync(join(dir, `${name}.mjs`), makeLoader(translation.info, `${name}.wasm`, translation.binary));
  const result = spawnSync(process.execPath, ['--max-old-space-size=1000', join(dir, `${name}.mjs`)], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('out of memory', () => {
  it('raises a catchable MemoryError where a large list is made', () => {
    const program = [
      'chunks = []',
      'try:',
      '    while True:',
      '        chunks.append([1.5] * 1000000)',
      'except MemoryError as e:',
      '    print("MemoryError", repr(str(e)), len(chunks) > 5)',
      '',
    ].join('\n');
    const result = runWithSmallHeap('caught', program);
    expect(result).toEqual({ stdout: "MemoryError '' True\n", stderr: '', status: 0 });
  });

  it('ends the program with a traceback naming the line when nothing catches it', () => {
    const program = ['keep = []', 'for i in range(1000):', '    keep.append([0] * 2000000)', 'print("unreachable")', ''].join('\n');
    const result = runWithSmallHeap('uncaught', program);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Traceback \(most recent call last\):\n {2}File ".*uncaught\.py", line 3, in <module>\n {4}keep\.append\(\[0\] \* 2000000\)\n/);
    expect(result.stderr.endsWith('MemoryError\n')).toBe(true);
    expect(result.status).toBe(1);
  });
});
