// End-to-end tests of translated programs outside the translator (issue 8): `wyrm translate
// --html` output run by Node and by headless Chromium (through playwright-core), compared with
// CPython's output stored beside each program (tests/browser/regen-expected.py writes it).
// Without /usr/bin/chromium the browser tests are skipped, unless WYRM_BROWSER_TESTS=required
// (as .ci/run sets), which makes them fail instead.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PROGRAMS, browserMissing, expectedRuns, launchBrowser, serveDirectories, translateProgram, type ExpectedRun, type StaticServer } from './browser.ts';

const NAMES = readdirSync(PROGRAMS)
  .filter((file) => file.endsWith('.py'))
  .map((file) => file.slice(0, -3))
  .sort();

let outDir = '';

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'wyrm-browser-'));
  for (const name of NAMES) translateProgram(join(PROGRAMS, `${name}.py`), outDir, ['--html']);
}, 60_000);

afterAll(() => {
  if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
});

/** Wyrm's tracebacks name the translated file by its absolute path, CPython's stored ones by its base name. */
function withBaseNames(name: string, text: string): string {
  return text.replaceAll(join(PROGRAMS, `${name}.py`), `${name}.py`);
}

function normalized(name: string, run: ExpectedRun): ExpectedRun {
  return { ...run, stderr: withBaseNames(name, run.stderr) };
}

describe('the generated PROG.mjs in Node', () => {
  for (const name of NAMES) {
    test(`node ${name}.mjs prints what CPython prints`, () => {
      for (const expected of expectedRuns(name)) {
        const result = spawnSync(process.execPath, [join(outDir, `${name}.mjs`), ...expected.args], { encoding: 'utf8' });
        expect(normalized(name, { args: expected.args, stdout: result.stdout, stderr: result.stderr, status: result.status ?? -1 })).toEqual(expected);
      }
    });
  }

  test('imported, it runs the program again and again with the callbacks given', () => {
    const runs = expectedRuns('shapes');
    const script = `
      const program = await import(${JSON.stringify(pathToFileURL(join(outDir, 'shapes.mjs')).href)});
      const results = [];
      for (const args of ${JSON.stringify(runs.map((run) => run.args))}) {
        let stdout = '', stderr = '';
        const status = await program.run(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, stdin: 'x' });
        results.push({ args, stdout, stderr, status });
      }
      let refused = '';
      try { await program.run([], { stdin: 42 }); } catch (error) { refused = error.message; }
      const instance = await program.instantiate({ stdout: () => {}, stderr: () => {} });
      const first = instance.main(['1', '1']);
      let again = '';
      try { instance.main(['1', '1']); } catch (error) { again = error.message; }
      process.stdout.write(JSON.stringify({ results, refused, first, again, exports: Object.keys(instance.exports).sort() }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    const report = JSON.parse(child.stdout) as { results: ExpectedRun[]; refused: string; first: number; again: string; exports: string[] };
    expect(report.results.map((run) => normalized('shapes', run))).toEqual(runs);
    expect(report.refused).toMatch(/stdin must be a string or a function/);
    expect(report.first).toBe(1);
    expect(report.again).toMatch(/already run/);
    expect(report.exports).toEqual(['argv_push', 'main', 'memory']);
  });

  test('has no static import, so a browser loads it without Node modules', () => {
    const source = readFileSync(join(outDir, 'shapes.mjs'), 'utf8');
    expect(source).not.toMatch(/^\s*import(\s+[\w{*]|\s*['"{*])/m);
    expect(source).not.toMatch(/^\s*export\s[^;]*\sfrom\s/m);
    // Node modules are imported only dynamically, behind the Node test (the loader is minified:
    // look at each import() call, not at each line).
    const calls = [...source.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(calls.length).toBeGreaterThan(0);
    for (const specifier of calls) expect(specifier).toMatch(/["']node:[a-z0-9/]+["']$/);
  });
});

const missing = browserMissing();
const required = process.env['WYRM_BROWSER_TESTS'] === 'required';

if (missing !== null) {
  if (required) {
    test('headless Chromium is available (WYRM_BROWSER_TESTS=required)', () => {
      throw new Error(`the browser tests cannot run: ${missing}`);
    });
  } else {
    console.warn(`tests/browser: skipping the browser tests: ${missing}`);
    test.skip(`browser tests (skipped: ${missing})`, () => {});
  }
}

describe.skipIf(missing !== null)('in headless Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveDirectories([outDir, import.meta.dirname]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page that records what it requests, its uncaught errors and its console. */
  async function newPage(): Promise<{ page: Page; requests: string[]; errors: string[]; messages: { type: string; text: string }[]; close(): Promise<void> }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const messages: { type: string; text: string }[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
    return { page, requests, errors, messages, close: () => context.close() };
  }

  /** Waits for the page to set body[data-state]; fails at once on an uncaught error. */
  async function finished(page: Page): Promise<void> {
    const failure = new Promise<never>((_, reject) => page.once('pageerror', reject));
    failure.catch(() => {}); // an error after the page is done is reported by `errors`
    await Promise.race([page.waitForSelector('body[data-state]', { timeout: 20_000 }), failure]);
  }

  for (const name of NAMES) {
    test(`${name}.html shows what CPython prints`, async () => {
      for (const expected of expectedRuns(name)) {
        const { page, requests, errors, messages, close } = await newPage();
        try {
          const query = expected.args.length > 0 ? `?args=${expected.args.map(encodeURIComponent).join(',')}` : '';
          await page.goto(`${server.url}/${name}.html${query}`);
          await finished(page);
          expect(await page.locator('#status').getAttribute('data-error')).toBeNull();
          const status = await page.locator('#status').getAttribute('data-exit-status');
          const stdout = await page.locator('#stdout').textContent();
          const stderr = await page.locator('#stderr').textContent();
          expect(normalized(name, { args: expected.args, stdout: stdout ?? '', stderr: stderr ?? '', status: Number(status) })).toEqual(expected);
          expect(await page.locator('#status').textContent()).toBe(`exit status ${expected.status}`);
          // The page loads nothing but the program's files; no Node module is imported.
          expect(requests.sort()).toEqual([`/${name}.html`, `/${name}.mjs`, `/${name}.wasm`]);
          expect(errors).toEqual([]);
          expect(messages.filter((message) => message.type === 'error')).toEqual([]);
        } finally {
          await close();
        }
      }
    });
  }

  test('a page that imports shapes.mjs runs it twice, then with the console as output', async () => {
    const runs = expectedRuns('shapes');
    const { page, errors, messages, close } = await newPage();
    try {
      const query = runs.map((run) => `run=${run.args.map(encodeURIComponent).join(',')}`).join('&');
      await page.goto(`${server.url}/embed.html?program=shapes&${query}&console`);
      await finished(page);
      const results = await page.evaluate(() => (window as unknown as { results: { runs: ExpectedRun[] } }).results);
      const first = runs[0]!;
      expect({ ...results, runs: results.runs?.map((run) => normalized('shapes', run)) }).toEqual({
        runs,
        consoleStatus: first.status,
        exports: ['argv_push', 'main', 'memory'],
        api: ['compile', 'instantiate', 'run'],
      });
      // By default each line goes to console.log (stdout) or console.error (stderr).
      const lines = (type: string): string[] => messages.filter((message) => message.type === type).map((message) => withBaseNames('shapes', message.text));
      expect(lines('log')).toEqual(first.stdout.split('\n').slice(0, -1));
      expect(lines('error')).toEqual(first.stderr.split('\n').slice(0, -1));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
