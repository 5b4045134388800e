// The loaders' bundle cache: a bundle is made once per key, and made again when a file it was
// made from changes or the cache has lost it; a cache that cannot be written changes nothing.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedBundle } from './bundlecache.ts';

const dir = mkdtempSync(join(tmpdir(), 'wyrm-bundlecache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cachedBundle', () => {
  const input = join(dir, 'input.mjs');
  const cache = join(dir, 'cache');
  let builds = 0;
  const build = () => {
    builds += 1;
    return { code: `bundle ${builds}`, inputs: [input] };
  };

  it('makes a bundle once, then reads it back while its inputs are unchanged', () => {
    writeFileSync(input, 'export const a = 1;\n');
    expect(cachedBundle('key', build, cache)).toBe('bundle 1');
    expect(cachedBundle('key', build, cache)).toBe('bundle 1');
    expect(builds).toBe(1);
    expect(cachedBundle('another key', build, cache)).toBe('bundle 2');
  });

  it('makes it again when an input has changed or is gone', () => {
    writeFileSync(input, 'export const a = 2;\n');
    expect(cachedBundle('key', build, cache)).toBe('bundle 3');
    expect(cachedBundle('key', build, cache)).toBe('bundle 3');
    rmSync(input);
    expect(cachedBundle('key', build, cache)).toBe('bundle 4');
    expect(cachedBundle('key', build, cache)).toBe('bundle 5');
  });

  it('makes it each time when the cache cannot be written', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    writeFileSync(input, 'export const a = 3;\n');
    const before = builds;
    expect(cachedBundle('key', build, join(file, 'cache'))).toBe(`bundle ${before + 1}`);
    expect(cachedBundle('key', build, join(file, 'cache'))).toBe(`bundle ${before + 2}`);
  });
});
