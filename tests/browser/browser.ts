// Helpers of the browser tests and measurements: translating a program with the `wyrm` command,
// serving a folder over HTTP (counting the bytes sent) and launching headless Chromium through
// playwright-core.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const PROGRAMS = resolve(import.meta.dirname, 'programs');

/** The browser the tests drive; CHROMIUM overrides the path. */
export const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} not found (install it with: apt-get install -y chromium)`;
}

export interface ExpectedRun {
  args: string[];
  stdout: string;
  stderr: string;
  status: number;
}

/** CPython's runs of tests/browser/programs/NAME.py (written by regen-expected.py). */
export function expectedRuns(name: string): ExpectedRun[] {
  return JSON.parse(readFileSync(join(PROGRAMS, `${name}.expected.json`), 'utf8')) as ExpectedRun[];
}

/** Runs `wyrm translate PROGRAM -o DIR ...EXTRA`; throws with its stderr when it fails. */
export function translateProgram(program: string, outDir: string, extra: string[] = []): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'cli', 'wyrm.js'), 'translate', program, '-o', outDir, ...extra], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`wyrm translate ${program} failed (${result.status}):\n${result.stderr}`);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  /** Bytes of body sent per path (headers not counted). */
  sent: Map<string, number>;
  close(): Promise<void>;
}

/** Serves the files of `dirs` (the first that has the path wins) on 127.0.0.1, port chosen by the system. */
export async function serveDirectories(dirs: string[]): Promise<StaticServer> {
  const roots = dirs.map((dir) => resolve(dir));
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad path');
      return;
    }
    const file = roots
      .map((root) => join(root, path))
      .find((candidate, i) => candidate.startsWith(roots[i] + sep) && existsSync(candidate) && statSync(candidate).isFile());
    if (file === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    sent.set(path, (sent.get(path) ?? 0) + body.length);
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
