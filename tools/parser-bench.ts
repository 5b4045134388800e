// Parser speed against CPython: time to parse every `.py` file of the local CPython standard
// library with Wyrm's parser in this process, against CPython's ast.parse() over the same
// files in one python3 process (tools/cpython_parse_bench.py). Both sides read and decode all
// files first and time only parsing; each reports its best of several rounds (Wyrm's after a
// warm-up round, so the JIT has compiled the parser). Files CPython cannot parse are left out.
//
// Usage: node tools/parser-bench.ts [stdlib-root] [--rounds=N] [--python=python3]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseModule } from '../frontend/parser/parse.ts';
import { SourceFile } from '../frontend/source.ts';
import { decodeSource } from '../frontend/sourcedecode.ts';
import { defaultStdlibRoot, listPythonFiles } from './stdlib-files.ts';

function loadParsableSources(files: string[]): SourceFile[] {
  const sources: SourceFile[] = [];
  for (const path of files) {
    try {
      const source = new SourceFile(path, decodeSource(readFileSync(path)));
      parseModule(source);
      sources.push(source);
    } catch {
      // Not valid Python (test data with deliberate errors): not part of the benchmark.
    }
  }
  return sources;
}

function timeWyrm(sources: SourceFile[], rounds: number): number[] {
  const times: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    const start = performance.now();
    for (const source of sources) parseModule(new SourceFile(source.path, source.text));
    const elapsed = (performance.now() - start) / 1000;
    if (round > 0) times.push(elapsed);
  }
  return times;
}

function main(): number {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--')) ?? defaultStdlibRoot;
  const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 3);
  const python = args.find((a) => a.startsWith('--python='))?.slice(9) ?? 'python3';
  const sources = loadParsableSources(listPythonFiles(root));
  const bytes = sources.reduce((sum, s) => sum + s.text.length, 0);

  const work = mkdtempSync(join(tmpdir(), 'wyrm-bench-'));
  writeFileSync(join(work, 'files.txt'), sources.map((s) => s.path).join('\n'));
  const run = spawnSync(python, [join(import.meta.dirname, 'cpython_parse_bench.py'), join(work, 'files.txt'), String(rounds)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    process.stderr.write(`wyrm: error: ${python} failed: ${run.stderr}\n`);
    return 2;
  }
  const cpython = JSON.parse(run.stdout) as { files: number; seconds: number; rounds: number[] };
  const wyrmTimes = timeWyrm(sources, rounds);
  const wyrm = Math.min(...wyrmTimes);

  const format = (times: number[]): string => times.map((t) => t.toFixed(3)).join(', ');
  console.log(`files: ${sources.length} (${(bytes / 1e6).toFixed(1)} M characters)`);
  console.log(`CPython ast.parse: best ${cpython.seconds.toFixed(3)} s (rounds: ${format(cpython.rounds)})`);
  console.log(`Wyrm parseModule:  best ${wyrm.toFixed(3)} s (rounds: ${format(wyrmTimes)})`);
  console.log(`ratio Wyrm/CPython: ${(wyrm / cpython.seconds).toFixed(2)} (below 1 means Wyrm is faster)`);
  return 0;
}

process.exitCode = main();
