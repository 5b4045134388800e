// input()'s standard input: the line sources of runtime/hoststdin.mjs, and a translated program
// reading lines through its generated loader, as a script (the process's stdin) and embedded
// (the `stdin` option of run()).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { linesOfChunks, linesOfText } from './hoststdin.mjs';
import { makeLoader } from './loader.ts';
import { SourceFile } from '../frontend/source.ts';
import { translate } from '../driver/pipeline.ts';

function allLines(next: () => string | null): string[] {
  const lines: string[] = [];
  for (let line = next(); line !== null; line = next()) lines.push(line);
  return lines;
}

describe('line sources', () => {
  it('split a text after each newline and keep a last line without one', () => {
    expect(allLines(linesOfText(() => 'a\nb\r\n\nc'))).toEqual(['a\n', 'b\r\n', '\n', 'c']);
    expect(allLines(linesOfText(() => ''))).toEqual([]);
  });

  it('decode UTF-8 split across chunks, and ask for a chunk only when a line needs one', () => {
    const bytes = new TextEncoder().encode('zoë\n日本\nend');
    const chunks = [bytes.slice(0, 3), bytes.slice(3, 7), bytes.slice(7)];
    let asked = 0;
    const next = linesOfChunks(() => (asked < chunks.length ? chunks[asked++]! : null));
    expect(next()).toBe('zoë\n');
    expect(asked).toBe(2);
    expect(allLines(next)).toEqual(['日本\n', 'end']);
  });
});

describe('input() through the generated loader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wyrm-stdin-'));
  const program = 'n = int(input("n? "))\ntotal = 0\nfor i in range(n):\n    total += int(input())\nprint("total", total)\nprint(input())\n';
  const translation = translate(new SourceFile('sum_input.py', program), { optimize: 1 });
  writeFileSync(join(dir, 'sum_input.wasm'), translation.binary);
  writeFileSync(join(dir, 'sum_input.mjs'), makeLoader(translation.info, 'sum_input.wasm', translation.binary));

  it('reads the process standard input when run as a script', () => {
    const result = spawnSync(process.execPath, [join(dir, 'sum_input.mjs')], { input: '3\n10\n20\n30\n', encoding: 'utf8' });
    expect(result.stdout).toBe('n? total 60\n');
    expect(result.stderr).toMatch(/EOFError: EOF when reading a line\n$/);
    expect(result.status).toBe(1);
  });

  it('reads the stdin option of run() when embedded', () => {
    const script = `
      const program = await import(${JSON.stringify(pathToFileURL(join(dir, 'sum_input.mjs')).href)});
      let stdout = '';
      const status = await program.run([], { stdout: (t) => { stdout += t; }, stderr: () => {}, stdin: '2\\n5\\n6\\nlast line\\n' });
      process.stdout.write(JSON.stringify({ stdout, status }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ stdout: 'n? total 11\nlast line\n', status: 0 });
  });
});
