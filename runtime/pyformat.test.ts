// Checks runtime/pyformat.mjs against CPython 3.11: every case in pyformat.cases.json (written
// by pyformat_cases.py) must give CPython's text or CPython's exception and message. Also checks
// that the formatting modules stay free of Node-only code, since host.mjs runs in browsers.

import { readFileSync, readdirSync } from 'node:fs';
import { decodeValue, loadFormatCases, parseFloatRepr, type Outcome } from './formatcases.ts';
import { describe, expect, it } from 'vitest';
import {
  PythonError, floatRepr, floatStr, formatFloat, formatInt, formatStr, formatValue,
  percentFormat, strFormat, type PyValue,
} from './pyformat.mjs';

const cases = loadFormatCases();
const decode = decodeValue;

/** What `run` gives, in the fixture's form. */
function outcomeOf(run: () => string): Outcome {
  try {
    return run();
  } catch (error) {
    if (error instanceof PythonError) return [error.pythonType, error.message];
    throw error;
  }
}

/** The cases whose outcome differs from CPython's, described for the failure message. */
function mismatches<T>(list: T[], expected: (item: T) => Outcome, run: (item: T) => string, label: (item: T) => string) {
  const failures: string[] = [];
  for (const item of list) {
    const want = expected(item);
    let got: Outcome;
    try {
      got = outcomeOf(() => run(item));
    } catch (error) {
      got = ['JavaScript error', String(error)];
    }
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      failures.push(`${label(item)}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
  }
  return failures;
}

describe('format() as CPython 3.11', () => {
  it('has a large fixture', () => {
    const total = cases.format.length + cases.floatRepr.length + cases.percent.length + cases.strFormat.length;
    expect(total).toBeGreaterThan(1500);
  });

  it('formats int, float, str, bool and None', () => {
    const failures = mismatches(
      cases.format,
      ([, , outcome]) => outcome,
      ([value, spec]) => formatValue(decode(value), spec),
      ([value, spec]) => `format(${JSON.stringify(value)}, ${JSON.stringify(spec)})`,
    );
    expect(failures).toEqual([]);
  });

  it('exports the per-type functions', () => {
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(2.5, '.0f')).toBe('2');
    expect(formatInt(2n ** 64n, ',')).toBe('18,446,744,073,709,551,616');
    expect(formatInt(1n, '>5', 'bool')).toBe('    1');
    expect(formatStr('abc', '*^7')).toBe('**abc**');
    expect(() => formatFloat(1, 'd')).toThrow("Unknown format code 'd' for object of type 'float'");
  });
});

describe('repr() of floats', () => {
  it('writes the shortest round-trip digits in CPython\'s layout', () => {
    const failures = mismatches(
      cases.floatRepr,
      ([, text]) => text,
      ([value]) => floatRepr(parseFloatRepr(value)),
      ([value]) => `repr(${value})`,
    );
    expect(failures).toEqual([]);
    expect(floatStr(1e16)).toBe('1e+16');
  });
});

describe('format % values', () => {
  it('formats as CPython', () => {
    const failures = mismatches(
      cases.percent,
      ([, , outcome]) => outcome,
      ([format, values]) => percentFormat(format, values.map(decode)),
      ([format, values]) => `${JSON.stringify(format)} % ${JSON.stringify(values)}`,
    );
    expect(failures).toEqual([]);
  });
});

describe('str.format', () => {
  it('formats as CPython', () => {
    const failures = mismatches(
      cases.strFormat,
      ([, , , outcome]) => outcome,
      ([template, positional, named]) =>
        strFormat(template, positional.map(decode), Object.fromEntries(Object.entries(named).map(([k, v]) => [k, decode(v)]))),
      ([template, positional]) => `${JSON.stringify(template)}.format(${JSON.stringify(positional)})`,
    );
    expect(failures).toEqual([]);
  });

  it('refuses attribute and index access with a plain Error', () => {
    const point: PyValue = { type: 'int', value: 1n };
    for (const template of ['{0.real}', '{0[1]}', '{.x}']) {
      expect(() => strFormat(template, [point])).toThrow(/Wyrm does not support attribute or index access/);
      expect(() => strFormat(template, [point])).not.toThrow(PythonError);
    }
  });
});

describe('the formatting modules', () => {
  const modules = readdirSync(new URL('./format/', import.meta.url))
    .filter((name) => name.endsWith('.mjs'))
    .map((name) => new URL(`./format/${name}`, import.meta.url));
  /** A module's source without its comments. */
  const code = (file: URL) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|(^|\s)\/\/.*$/gm, '$1');

  it('import nothing but each other, so that they run in browsers', () => {
    const files = [new URL('./pyformat.mjs', import.meta.url), ...modules];
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const source = code(file);
      const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/g)].map((m) => m[1]);
      for (const specifier of specifiers) expect(specifier, `${file.pathname} imports ${specifier}`).toMatch(/^\.\.?\/[\w/-]+\.mjs$/);
      expect(source, file.pathname).not.toMatch(/\bimport\s*\(|\brequire\s*\(|\bprocess\.|\bBuffer\b|node:/);
    }
  });

  it('declare each top-level name once, so that a loader can inline them as one script', () => {
    const seen = new Map<string, string>();
    for (const file of modules) {
      for (const match of code(file).matchAll(/^(?:export\s+)?(?:const|let|function|class)\s+([\w$]+)/gm)) {
        expect(seen.get(match[1]), `${match[1]} in ${file.pathname}`).toBeUndefined();
        seen.set(match[1], file.pathname);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });
});
