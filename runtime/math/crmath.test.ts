// Checks runtime/crmath.mjs against cases.json (written by cases.py under CPython 3.11 with
// mpmath): every function must give the correctly rounded value, bit for bit, with C's special
// values. CPython's own result is in the fixture too; where glibc's libm misrounds it differs,
// and the test only counts those cases. Also checks that the library stays browser-safe.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as crmath from './index.mjs';

interface Cases {
  python: string;
  cases: Record<string, string[][]>;
}

const fixture: Cases = JSON.parse(readFileSync(new URL('./cases.json', import.meta.url), 'utf8'));

function parse(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

function show(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

type MathFunction = (...args: number[]) => number;

describe('crmath against the correctly rounded reference', () => {
  for (const [name, rows] of Object.entries(fixture.cases)) {
    it(`${name} (${rows.length} cases)`, () => {
      const fn = (crmath as unknown as Record<string, MathFunction>)[name];
      const wrong: string[] = [];
      for (const row of rows) {
        const args = row.slice(0, -2).map(parse);
        const want = parse(row[row.length - 1]);
        const got = fn(...args);
        if (!Object.is(got, want)) wrong.push(`${name}(${row.slice(0, -2).join(', ')}) = ${show(got)}, want ${show(want)}`);
      }
      expect(wrong.slice(0, 20)).toEqual([]);
    });
  }

  it('covers at least 20,000 cases of every function', () => {
    const total = Object.values(fixture.cases).reduce((n, rows) => n + rows.length, 0);
    expect(total).toBeGreaterThanOrEqual(20000);
    expect(Object.keys(fixture.cases).sort()).toEqual(Object.keys(crmath).sort());
  });

  it('differs from CPython only where CPython raises or glibc misrounds', () => {
    // CPython's value, when it returns one, is within a few ulps of the reference (glibc's
    // misroundings are one ulp, but its cos of 5.319372648326541e+255 is 8 ulps off).
    for (const [name, rows] of Object.entries(fixture.cases)) {
      for (const row of rows) {
        const cpython = row[row.length - 2];
        if (cpython === 'ValueError' || cpython === 'OverflowError') continue;
        const a = parse(cpython);
        const b = parse(row[row.length - 1]);
        if (Object.is(a, b)) continue;
        expect(Math.abs(a - b), `${name}(${row.slice(0, -2).join(', ')})`).toBeLessThanOrEqual(
          Math.max(Math.abs(a), Math.abs(b)) * 2 ** -48 + 2 ** -1074);
      }
    }
  });
});

describe('crmath module', () => {
  it('re-exports the library from runtime/crmath.mjs', async () => {
    const entry: Record<string, unknown> = await import(new URL('../crmath.mjs', import.meta.url).href);
    expect(Object.keys(entry).sort()).toEqual(Object.keys(crmath).sort());
  });

  it('imports nothing outside runtime/math/ and nothing of Node', () => {
    // walk the import graph from index.mjs (check-run.mjs and bench.mjs are Node tools)
    const root = new URL('./', import.meta.url);
    const seen = new Set<string>();
    const visit = (url: URL) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      expect(url.href.startsWith(root.href), url.href).toBe(true);
      const text = readFileSync(url, 'utf8');
      expect(text, url.href).not.toMatch(/node:|require\(|process\./);
      for (const match of text.matchAll(/from '([^']+)'/g)) {
        expect(match[1], url.href).toMatch(/^\.\.?\//);
        visit(new URL(match[1], url));
      }
    };
    visit(new URL('./index.mjs', root));
    expect(seen.size).toBeGreaterThan(10);
  });
});
