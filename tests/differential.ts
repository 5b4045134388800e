// The differential test runner: translates each program in-process, runs it, and compares its
// stdout, stderr and exit status with what CPython printed (stored beside the program by
// tests/regen-expected.py). Each test file runs one group (a folder) of programs.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { expect, test } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { translate } from '../driver/pipeline.ts';
import { runCaptured } from '../driver/run.ts';
import { CompileError, formatDiagnostic } from '../diagnostics/diagnostic.ts';

const PROGRAMS = resolve(import.meta.dirname, 'programs');

export interface ProgramCase {
  name: string;
  path: string;
  args: string[];
  /** The program's standard input: NAME.stdin, or nothing. */
  stdin: string;
  expected: { stdout: string; stderr: string; status: number };
}

function argsOf(text: string): string[] {
  const first = text.split('\n', 1)[0]!;
  return first.startsWith('# args:') ? first.slice('# args:'.length).trim().split(/\s+/).filter(Boolean) : [];
}

export function programCases(group: string): ProgramCase[] {
  return programCasesIn(join(PROGRAMS, group));
}

/** The programs of any folder (for expected outputs not written by regen-expected.py). */
export function programCasesIn(dir: string): ProgramCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const base = path.slice(0, -3);
      const read = (suffix: string): string => (existsSync(base + suffix) ? readFileSync(base + suffix, 'utf8') : '');
      return {
        name: file,
        path,
        args: argsOf(readFileSync(path, 'utf8')),
        stdin: read('.stdin'),
        expected: { stdout: read('.out'), stderr: read('.err'), status: Number(read('.status').trim() || '0') },
      };
    });
}

export async function runProgramCase(c: ProgramCase, optimize = 2): Promise<{ stdout: string; stderr: string; status: number }> {
  const source = new SourceFile(c.path, readFileSync(c.path, 'utf8'));
  let translation;
  try {
    translation = translate(source, { optimize, scriptPath: c.path });
  } catch (error) {
    if (error instanceof CompileError) {
      return { stdout: '', stderr: error.diagnostics.map(formatDiagnostic).join(''), status: -1 };
    }
    throw error;
  }
  const result = await runCaptured(translation, c.args, c.stdin);
  return { ...result, stderr: result.stderr.replaceAll(resolve(c.path), basename(c.path)) };
}

/** Declares one vitest test per program of `group`. */
export function differentialTests(group: string): void {
  declareTests(programCases(group));
}

/** Declares one vitest test per program of the folder `dir`. */
export function differentialTestsIn(dir: string): void {
  declareTests(programCasesIn(dir));
}

function declareTests(cases: ProgramCase[]): void {
  for (const c of cases) {
    test(c.name, async () => {
      const actual = await runProgramCase(c);
      expect(actual).toEqual(c.expected);
    });
  }
}
