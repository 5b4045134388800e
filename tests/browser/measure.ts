// Measures translated programs in headless Chromium (a report, not a test): for hello world and
// examples/nbody.py, the time from the start of the navigation to PROG.html until the program's
// first output and until its exit, and the bytes transferred.
//
//   node tests/browser/measure.ts [--runs N]     (default 7; medians are reported)
//
// Each run loads the page in a fresh browser context (empty cache; the server also sends
// Cache-Control: no-store) from a local server, so network time is near zero: the times are
// fetch + compile + instantiate + run. The page marks `wyrm-first-output` and `wyrm-exit` on its
// performance timeline, whose origin is the start of the navigation. Bytes are counted by the
// server (response bodies) and by the page (Resource Timing transferSize, headers included);
// gzip and brotli sizes show what a compressing server would send.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { PROGRAMS, ROOT, browserMissing, launchBrowser, serveDirectories, translateProgram } from './browser.ts';

interface Sample {
  htmlFetched: number;
  mjsFetched: number;
  wasmFetched: number;
  firstOutput: number;
  exit: number;
  transferSize: number;
}

const CASES = [
  { label: 'hello world', program: join(PROGRAMS, 'hello.py'), args: [] as string[] },
  { label: 'n-body, 1000 steps', program: join(ROOT, 'examples', 'nbody.py'), args: ['1000'] },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function main(): Promise<void> {
  const missing = browserMissing();
  if (missing !== null) {
    process.stderr.write(`measure: ${missing}\n`);
    process.exitCode = 2;
    return;
  }
  const runsIndex = process.argv.indexOf('--runs');
  const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 7;
  const outDir = mkdtempSync(join(tmpdir(), 'wyrm-measure-'));
  const browser = await launchBrowser();
  const server = await serveDirectories([outDir]);
  try {
    console.log(`Chromium ${browser.version()}, ${runs} cold loads each, medians (ms from navigation start)\n`);
    console.log('| program | html fetched | mjs fetched | wasm fetched | first output | exit | bytes sent (html + mjs + wasm) | transferSize | gzip | brotli |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const c of CASES) {
      translateProgram(c.program, outDir, ['--html']);
      const stem = c.program.split('/').pop()!.replace(/\.py$/, '');
      const files = ['html', 'mjs', 'wasm'].map((ext) => readFileSync(join(outDir, `${stem}.${ext}`)));
      const raw = files.map((file) => file.length);
      const gzip = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
      const brotli = files.reduce((sum, file) => sum + brotliCompressSync(file).length, 0);
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        server.sent.clear();
        const context = await browser.newContext();
        const page = await context.newPage();
        const query = c.args.length > 0 ? `?args=${c.args.join(',')}` : '';
        await page.goto(`${server.url}/${stem}.html${query}`);
        await page.waitForSelector('body[data-state="done"]');
        const sample = await page.evaluate((stem) => {
          const mark = (name: string): number => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
          const navigation = performance.getEntriesByType('navigation') as PerformanceResourceTiming[];
          const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
          const fetched = (ext: string): number => resources.find((entry) => entry.name.endsWith(`/${stem}.${ext}`))?.responseEnd ?? NaN;
          return {
            htmlFetched: navigation[0]?.responseEnd ?? NaN,
            mjsFetched: fetched('mjs'),
            wasmFetched: fetched('wasm'),
            firstOutput: mark('wyrm-first-output'),
            exit: mark('wyrm-exit'),
            transferSize: [...navigation, ...resources].reduce((sum, entry) => sum + entry.transferSize, 0),
          };
        }, stem);
        samples.push(sample);
        await context.close();
      }
      const sent = [...server.sent.values()].reduce((a, b) => a + b, 0);
      const ms = (key: keyof Sample): string => median(samples.map((s) => s[key])).toFixed(1);
      console.log(
        `| ${c.label} | ${ms('htmlFetched')} | ${ms('mjsFetched')} | ${ms('wasmFetched')} | ${ms('firstOutput')} | ${ms('exit')} | ` +
          `${sent} (${raw.join(' + ')}) | ` +
          `${median(samples.map((s) => s.transferSize))} | ${gzip} | ${brotli} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
