// Tests of the harness's pure parts: statistics, checksum comparison, option parsing, program
// headers and size scaling, and the formatting of RESULTS.md. Nothing here runs an engine or
// times anything.

import { describe, expect, it } from 'vitest';
import { compareOutputs, errorSummary, normalizeOutput } from './checksum.ts';
import type { BenchResults } from './model.ts';
import { runTimeout } from './measure.ts';
import { parseOptions } from './options.ts';
import { parseRunnerTiming } from './process.ts';
import { listPrograms, parseHeader, scaledSize } from './programs.ts';
import { median, ratio } from './stats.ts';
import { formatBytes, formatRatio, formatSeconds, markdownTable, Notes, renderResults } from './table.ts';
import { parseTranslateReport } from './translate.ts';

describe('median and ratio', () => {
  it('takes the middle sample, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeUndefined();
  });

  it('does not reorder its argument', () => {
    const samples = [3, 1, 2];
    median(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('divides by the reference, and has no value without one', () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(6, 2)).toBe(3);
    expect(ratio(undefined, 2)).toBeUndefined();
    expect(ratio(1, undefined)).toBeUndefined();
    expect(ratio(1, 0)).toBeUndefined();
  });
});

describe('time limits', () => {
  it('allows fifty times the reference’s time, at least a minute, at most the cap', () => {
    expect(runTimeout(600, undefined)).toBe(600);
    expect(runTimeout(600, 2)).toBe(100);
    expect(runTimeout(600, 0.1)).toBe(60);
    expect(runTimeout(600, 30)).toBe(600);
    expect(runTimeout(30, 0.1)).toBe(30);
  });
});

describe('checksum comparison', () => {
  it('ignores line endings, trailing spaces and trailing empty lines', () => {
    expect(normalizeOutput('a  \r\nb\n\n\n')).toBe('a\nb');
    expect(compareOutputs('primes 5 checksum 17\n', 'primes 5 checksum 17')).toEqual({ same: true });
    expect(compareOutputs('x\r\ny\r\n', 'x\ny\n')).toEqual({ same: true });
  });

  it('names the first line that differs', () => {
    expect(compareOutputs('a\nb\nc\n', 'a\nB\nc\n')).toEqual({ same: false, detail: 'line 2: expected "b", got "B"' });
    expect(compareOutputs('a\nb\n', 'a\n')).toEqual({ same: false, detail: 'line 2: expected "b", got nothing' });
    expect(compareOutputs('1.0\n', '1\n').same).toBe(false);
  });

  it('summarizes a failure by its exception line or its first line', () => {
    const traceback = 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\nValueError: boom\nbench-timing: startup_ms=1 run_ms=2\n';
    expect(errorSummary(traceback)).toBe('ValueError: boom');
    expect(errorSummary('prog.py:14:1: error: class definitions is not supported by Wyrm [W0201]\n    class Body:\n')).toBe(
      'prog.py:14:1: error: class definitions is not supported by Wyrm [W0201]',
    );
    expect(errorSummary('\n')).toBe('(no message)');
  });
});

describe('reading the engines’ reports', () => {
  it('reads a runner’s timing line in seconds', () => {
    expect(parseRunnerTiming('out\nbench-timing: startup_ms=1500.0 run_ms=250.5\n')).toEqual({ startupSeconds: 1.5, runSeconds: 0.2505 });
    expect(parseRunnerTiming('nothing')).toBeUndefined();
  });

  it('reads the size and time of `wyrm translate -v`', () => {
    const line = 'wyrm: sieve.wasm: 5241 bytes in 518 ms (parse 1.6 ms, annotate 2.2 ms, optimize 271.2 ms)\n';
    expect(parseTranslateReport(line)).toEqual({ wasmBytes: 5241, ms: 518 });
    expect(parseTranslateReport('wyrm: error: x')).toBeUndefined();
  });
});

describe('options', () => {
  it('has defaults', () => {
    const options = parseOptions([]);
    expect(options.repeat).toBe(3);
    expect(options.sizeScale).toBe(1);
    expect(options.engines).toEqual(['wyrm', 'cpython', 'pypy', 'pyodide', 'micropython']);
    expect(options.programs).toBeUndefined();
    expect(options.startup && options.programsBenchmark).toBe(true);
  });

  it('reads lists and numbers, keeping the engines in the table’s order', () => {
    const options = parseOptions(['--programs', 'sieve,nbody', '--engines', 'pypy,wyrm', '--repeat', '5', '--size-scale', '0.1']);
    expect(options.programs).toEqual(['sieve', 'nbody']);
    expect(options.engines).toEqual(['wyrm', 'pypy']);
    expect(options.repeat).toBe(5);
    expect(options.sizeScale).toBe(0.1);
  });

  it('refuses unknown engines, bad numbers and unknown options', () => {
    expect(() => parseOptions(['--engines', 'jython'])).toThrow(/unknown engine/);
    expect(() => parseOptions(['--repeat', '0'])).toThrow(/--repeat/);
    expect(() => parseOptions(['--repeat', '1.5'])).toThrow(/--repeat/);
    expect(() => parseOptions(['--size-scale', 'big'])).toThrow(/--size-scale/);
    expect(() => parseOptions(['--fast'])).toThrow();
    expect(() => parseOptions(['--skip-startup', '--startup-only'])).toThrow();
  });
});

describe('programs and sizes', () => {
  it('reads the header of a program', () => {
    expect(parseHeader('# x\n# bench-size: 40\n# bench-scale: linear\n', 'p')).toEqual({ defaultSize: 40, scaling: { kind: 'linear' } });
    expect(parseHeader('# bench-size: 9\n# bench-scale: exponential 2\n', 'p').scaling).toEqual({ kind: 'exponential', base: 2 });
    expect(() => parseHeader('# bench-scale: linear\n', 'p')).toThrow(/bench-size/);
    expect(() => parseHeader('# bench-size: 3\n# bench-scale: cubic\n', 'p')).toThrow(/bench-scale/);
  });

  it('scales the size so that the work scales by the factor', () => {
    expect(scaledSize(40, 0.1, { kind: 'linear' })).toBe(4);
    expect(scaledSize(40, 0.001, { kind: 'linear' })).toBe(1);
    expect(scaledSize(600, 0.25, { kind: 'power', exponent: 2 })).toBe(300);
    expect(scaledSize(15, 0.25, { kind: 'exponential', base: 2 })).toBe(13);
    expect(scaledSize(15, 4, { kind: 'exponential', base: 2 })).toBe(17);
    expect(scaledSize(9, 0.1, { kind: 'factorial' })).toBe(8);
    expect(scaledSize(9, 10, { kind: 'factorial' })).toBe(10);
    expect(scaledSize(9, 1, { kind: 'factorial' })).toBe(9);
  });

  it('finds at least ten programs, each with a valid header', () => {
    const programs = listPrograms();
    expect(programs.length).toBeGreaterThanOrEqual(10);
    for (const p of programs) expect(p.defaultSize).toBeGreaterThan(0);
    expect(() => listPrograms(['no_such_program'])).toThrow(/unknown program/);
  });
});

describe('formatting', () => {
  it('formats times, ratios and sizes', () => {
    expect(formatSeconds(2.345)).toBe('2.35 s');
    expect(formatSeconds(12.34)).toBe('12.3 s');
    expect(formatSeconds(0.0456)).toBe('46 ms');
    expect(formatSeconds(0.0045)).toBe('4.5 ms');
    expect(formatSeconds(undefined)).toBe('—');
    expect(formatRatio(0.4567)).toBe('0.46×');
    expect(formatRatio(0.04567)).toBe('0.046×');
    expect(formatRatio(1)).toBe('1.0×');
    expect(formatRatio(4.56)).toBe('4.6×');
    expect(formatRatio(45.6)).toBe('46×');
    expect(formatRatio(undefined)).toBe('—');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(13.5 * 1024 * 1024)).toBe('13.5 MiB');
  });

  it('lays out a Markdown table with aligned columns', () => {
    const table = markdownTable(['Program', 'Time'], [['sieve', '1.2 s'], ['nbody', '12.3 s']], [false, true]);
    expect(table.split('\n')).toEqual(['| Program |   Time |', '|---------|-------:|', '| sieve   |  1.2 s |', '| nbody   | 12.3 s |']);
    expect(markdownTable(['a'], [['x|y']])).toContain('x\\|y');
  });

  it('numbers notes once each', () => {
    const notes = new Notes();
    expect(notes.add('first')).toBe('[1]');
    expect(notes.add('second')).toBe('[2]');
    expect(notes.add('first')).toBe('[1]');
    expect(notes.render()).toBe('1. first\n2. second');
  });

  it('renders RESULTS.md with ratios, refusals and failures explained in notes', () => {
    const results: BenchResults = {
      machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 8 * 1024 ** 3, os: 'Linux 6', node: '24.0.0', date: '2026-01-02T03:04:05.000Z', loadStart: 0.5, loadEnd: 1.25 },
      engines: [
        { id: 'wyrm', available: true, version: 'Wyrm 0.1.0' },
        { id: 'cpython', available: true, version: 'CPython 3.11.7' },
        { id: 'pypy', available: false, version: 'not found', note: 'pypy3 is not installed' },
      ],
      options: { repeat: 3, startupRepeat: 5, sizeScale: 1, command: 'npm run bench' },
      programs: [
        {
          program: 'sieve',
          size: 20,
          translation: { ok: true, reportedMs: 500, wallMs: 1500, wasmBytes: 5241, mjsBytes: 9000 },
          engines: [
            { engine: 'wyrm', status: 'ok', seconds: [0.5, 0.6, 0.4], runSeconds: [], median: 0.5, ratio: 0.25 },
            { engine: 'cpython', status: 'ok', seconds: [2, 2, 2], runSeconds: [], median: 2, ratio: 1 },
            { engine: 'pypy', status: 'skipped', seconds: [], runSeconds: [], note: 'pypy3 is not installed' },
          ],
        },
        {
          program: 'nbody',
          size: 500000,
          translation: { ok: false, wallMs: 700, error: 'nbody.py:14:1: error: class definitions is not supported by Wyrm [W0201]' },
          engines: [
            { engine: 'wyrm', status: 'skipped', seconds: [], runSeconds: [], note: 'Wyrm refused the program' },
            { engine: 'cpython', status: 'failed', seconds: [], runSeconds: [], note: 'wrong output (line 1: expected "1", got "2")' },
            { engine: 'pypy', status: 'skipped', seconds: [], runSeconds: [], note: 'pypy3 is not installed' },
          ],
        },
      ],
      startup: [
        { program: 'empty', engine: 'wyrm', status: 'ok', seconds: [0.04], median: 0.04 },
        { program: 'hello', engine: 'wyrm', status: 'ok', seconds: [0.05], median: 0.05 },
      ],
      loadedBytes: [{ engine: 'wyrm', bytes: 10_600, what: 'the program’s .wasm and its .mjs loader' }],
    };
    const text = renderResults(results);
    expect(text).toContain('Test CPU, 2 cores, 8.0 GiB of memory');
    expect(text).toContain('PyPy: skipped: pypy3 is not installed');
    expect(text).toContain('Load average (1 min) at the start: 0.5, at the end 1.25');
    expect(text).toMatch(/\| sieve +\| +20 \| +500 ms \| +5\.1 KiB \| +500 ms \(0\.25×\) \| +2\.00 s \(1\.0×\) \| +skipped \[1\] \|/);
    expect(text).toMatch(/\| nbody .*refused \[2\] .*\| +— \| +failed \[3\] \|/);
    expect(text).toContain('1. PyPy: pypy3 is not installed');
    expect(text).toMatch(/\| nbody .*\| +skipped \[1\] \|/);
    expect(text).toContain('2. nbody, Wyrm: nbody.py:14:1: error: class definitions is not supported by Wyrm [W0201]');
    expect(text).toContain('3. nbody, CPython: wrong output (line 1: expected "1", got "2")');
    expect(text).toMatch(/\| Wyrm +\| +40 ms \| +50 ms \| +10\.4 KiB \| the program’s \.wasm and its \.mjs loader \|/);
  });
});
