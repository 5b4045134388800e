// A cache on disk of the code esbuild bundles for the loaders (runtime/loader.ts), so that
// `wyrm translate` does not pay for starting esbuild (40 to 100 ms) each time: an entry is keyed
// by what esbuild was given (its version, the options, the entry module's source) and holds the
// content hash of every file esbuild read, and is used only while none of them has changed.
// The cache is in node_modules/.cache/wyrm-loaders/; when it cannot be written, bundles are made
// again each time, nothing else changes.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_CACHE_DIR = new URL('../node_modules/.cache/wyrm-loaders/', import.meta.url).pathname;

export interface Bundle {
  code: string;
  /** The files the code was made from (absolute paths). */
  inputs: string[];
}

interface Entry {
  key: string;
  /** Input path -> the SHA-256 of its content. */
  inputs: Record<string, string>;
  code: string;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The hash of a file's content, or null if it cannot be read. */
function fileHash(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

function readEntry(file: string, key: string): Entry | null {
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Entry;
    return entry.key === key && typeof entry.code === 'string' ? entry : null;
  } catch {
    return null;
  }
}

/**
 * The code of the bundle described by `key` (everything esbuild is given but the files it
 * reads): from the cache in `dir` while its inputs are unchanged, else made by `build()` and
 * stored.
 */
export function cachedBundle(key: string, build: () => Bundle, dir: string = DEFAULT_CACHE_DIR): string {
  const file = join(dir, `${sha256(key).slice(0, 32)}.json`);
  const entry = readEntry(file, key);
  if (entry !== null && Object.entries(entry.inputs).every(([path, hash]) => fileHash(path) === hash)) return entry.code;
  const bundle = build();
  const inputs: Record<string, string> = {};
  for (const path of bundle.inputs) {
    const hash = fileHash(path);
    if (hash === null) return bundle.code; // an input gone already: nothing to keep
    inputs[path] = hash;
  }
  try {
    mkdirSync(dir, { recursive: true });
    // Written whole, then renamed: a process reading the entry meanwhile sees the old one or none.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ key, inputs, code: bundle.code } satisfies Entry));
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written: the bundle is made again next time.
  }
  return bundle.code;
}
