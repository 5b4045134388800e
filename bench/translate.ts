// Translating a program with Wyrm, as a user would (`wyrm translate PROG.py -o DIR -v`, in its
// own process): records the time Wyrm reports, the command's wall time and the size of the
// .wasm, or the first line of the error when Wyrm refuses the program.

import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { errorSummary } from './checksum.ts';
import type { Translation } from './model.ts';
import { timeProcess } from './process.ts';

const repoRoot = dirname(import.meta.dirname);
const wyrmCli = join(repoRoot, 'cli', 'wyrm.js');

/** Reads `wyrm: PROG.wasm: N bytes in T ms (...)`, the line `translate -v` prints. */
export function parseTranslateReport(stderr: string): { wasmBytes: number; ms: number } | undefined {
  const match = /^wyrm: \S+\.wasm: (\d+) bytes in ([\d.]+) ms/m.exec(stderr);
  if (!match) return undefined;
  return { wasmBytes: Number(match[1]), ms: Number(match[2]) };
}

export function translateWithWyrm(python: string, outDir: string, timeoutSeconds: number): Translation & { loader?: string } {
  const run = timeProcess(process.execPath, [wyrmCli, 'translate', python, '-o', outDir, '-v'], timeoutSeconds);
  const wallMs = run.seconds * 1000;
  const name = basename(python, '.py');
  const loader = join(outDir, `${name}.mjs`);
  const wasm = join(outDir, `${name}.wasm`);
  if (run.status !== 0 || !existsSync(loader) || !existsSync(wasm)) {
    // Paths relative to the repository, as a developer would type them.
    const error = run.error ?? errorSummary(run.stderr.split(`${repoRoot}/`).join(''));
    return { ok: false, wallMs, error };
  }
  const report = parseTranslateReport(run.stderr);
  return {
    ok: true,
    loader,
    wallMs,
    reportedMs: report?.ms,
    wasmBytes: statSync(wasm).size,
    mjsBytes: statSync(loader).size,
  };
}
