// Parser conformance against CPython: parses every `.py` file of the local CPython standard
// library with Wyrm's parser and compares ast.dump() text with CPython's own, produced by one
// python3 process (tools/cpython_ast_dump.py). Reports matches among the files CPython parses
// and lists every mismatch with the first point of difference.
//
// Usage: node tools/parser-conformance.ts [stdlib-root] [--site-packages] [--python=python3]

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompileError } from '../diagnostics/diagnostic.ts';
import { dumpModule } from '../frontend/astdump.ts';
import { parseSource } from '../frontend/parser/parse.ts';
import { SourceFile } from '../frontend/source.ts';
import { SourceDecodeError, decodeSource } from '../frontend/sourcedecode.ts';
import { defaultStdlibRoot, listPythonFiles } from './stdlib-files.ts';

interface CPythonRecord {
  path: string;
  dump?: string;
  error?: string;
  line?: number | null;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function main(): number {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--')) ?? defaultStdlibRoot;
  const python = args.find((a) => a.startsWith('--python='))?.slice(9) ?? 'python3';
  const files = listPythonFiles(root, args.includes('--site-packages'));
  const work = mkdtempSync(join(tmpdir(), 'wyrm-conformance-'));
  writeFileSync(join(work, 'files.txt'), files.join('\n'));
  const dumper = join(import.meta.dirname, 'cpython_ast_dump.py');
  const run = spawnSync(python, [dumper, join(work, 'files.txt'), join(work, 'dumps.jsonl')], { stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write(`wyrm: error: ${python} failed to dump the reference ASTs\n`);
    return 2;
  }
  const records = readFileSync(join(work, 'dumps.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CPythonRecord);
  let parsedByCPython = 0;
  let matches = 0;
  let bothReject = 0;
  const mismatches: string[] = [];
  for (const record of records) {
    let ours: string;
    try {
      const text = decodeSource(readFileSync(record.path));
      const result = parseSource(new SourceFile(record.path, text));
      ours = dumpModule(result.module, '3.11');
    } catch (error) {
      if (error instanceof CompileError) {
        const d = error.diagnostics[0]!;
        ours = `error: ${d.message} (line ${d.source.lineOf(d.span.start)})`;
      } else if (error instanceof SourceDecodeError) {
        ours = `error: ${error.message}`;
      } else {
        ours = `crash: ${error instanceof Error ? error.stack : String(error)}`;
      }
    }
    if (record.dump === undefined) {
      if (ours.startsWith('error:')) bothReject++;
      else mismatches.push(`${record.path}: CPython rejects (${record.error}, line ${record.line}) but Wyrm gives ${ours.slice(0, 80)}`);
      continue;
    }
    parsedByCPython++;
    if (ours === record.dump) {
      matches++;
      continue;
    }
    const at = firstDifference(ours, record.dump);
    mismatches.push(
      `${record.path}: differs at ${at}\n    cpython: ${record.dump.slice(Math.max(0, at - 60), at + 100)}\n    wyrm:    ${ours.slice(Math.max(0, at - 60), at + 100)}`,
    );
  }
  for (const line of mismatches) console.log(line);
  console.log(`files CPython rejects that Wyrm also rejects: ${bothReject}/${records.length - parsedByCPython}`);
  console.log(`parser conformance: ${matches}/${parsedByCPython} files match CPython's ast.dump exactly`);
  return matches === parsedByCPython ? 0 : 1;
}

process.exitCode = main();
