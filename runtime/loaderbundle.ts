// The code of a program's loader after its data: the bootstrap (loader-main.mjs) and the host
// functions that the program's module imports, bundled and minified by esbuild from an entry made
// for those names. The entry imports their factories from hostimports.mjs and hands them to the
// bootstrap, so that esbuild's tree shaking leaves out every other host function and what only
// they use (the formatter, the math library, the Unicode tables); package.json's
// `"sideEffects": false` lets it drop the modules whose exports are not used. Node's modules are
// imported dynamically by the bootstrap and stay so (external): the loader has no static import.
// The entry reads the program's data from the globals PROGRAM and WASM_FILE, which loader.ts
// declares before the bundle. Bundles are cached per combination of names, in this process and
// on disk (bundlecache.ts).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';
import { cachedBundle, DEFAULT_CACHE_DIR } from './bundlecache.ts';

export interface BundleOptions {
  /** Minify the host code and the bootstrap (the default); false keeps them readable. */
  minify?: boolean;
  /** Where bundles are cached between runs (bundlecache.ts); null for no cache. */
  cacheDir?: string | null;
}

const RUNTIME_DIR = new URL('.', import.meta.url).pathname;
/** The name esbuild gives the entry (made by loaderEntry, not a file). */
const ENTRY_NAME = 'generated-loader-entry.mjs';

const require = createRequire(import.meta.url);

/** esbuild, loaded when a bundle is first made (a cached one does not need it). */
let esbuild: typeof import('esbuild') | null = null;
function bundler(): typeof import('esbuild') {
  esbuild ??= require('esbuild') as typeof import('esbuild');
  return esbuild;
}

/** esbuild's version, read without loading it (part of a cached bundle's key). */
let esbuildVersion: string | null = null;
function bundlerVersion(): string {
  esbuildVersion ??= (JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')) as { version: string }).version;
  return esbuildVersion;
}

/**
 * The loader's entry module: the bootstrap given the factories of `names` (every host function
 * when null).
 */
export function loaderEntry(names: readonly string[] | null): string {
  const factories =
    names === null
      ? "import * as factories from './hostimports.mjs';"
      : `import { ${names.join(', ')} } from './hostimports.mjs';\nconst factories = { ${names.join(', ')} };`;
  return [
    "import { programLoader } from './loader-main.mjs';",
    factories,
    'const loader = programLoader(PROGRAM, WASM_FILE, factories, import.meta.url);',
    'export const { run, instantiate, compile } = loader;',
    'await loader.runAsScript();',
    '',
  ].join('\n');
}

/**
 * The comments that tell the bundlers of web applications (webpack, Vite) to leave the loader's
 * Node imports alone, which minification removes: put back before each dynamic `node:` import.
 */
function withBundlerHints(code: string): string {
  return code.replace(/\bimport\((?=["']node:)/g, 'import(/* webpackIgnore: true */ /* @vite-ignore */ ');
}

/** The esbuild options that bundle the loader's code from `entry`. */
function buildOptions(entry: string, minify: boolean) {
  return {
    stdin: { contents: entry, resolveDir: RUNTIME_DIR, sourcefile: ENTRY_NAME, loader: 'js' },
    absWorkingDir: RUNTIME_DIR,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['node:*'],
    minify,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
    write: false,
  } satisfies BuildOptions;
}

const bundles = new Map<string, string>();

/**
 * The bootstrap and the host functions of `names` (import names; every host function when
 * null), bundled.
 */
export function loaderCode(names: readonly string[] | null, settings: BundleOptions = {}): string {
  const minify = settings.minify ?? true;
  const cacheDir = settings.cacheDir === undefined ? DEFAULT_CACHE_DIR : settings.cacheDir;
  for (const name of names ?? []) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`the module imports a host function named '${name}', which the loader cannot name`);
  }
  const options = buildOptions(loaderEntry(names), minify);
  const key = JSON.stringify({ esbuild: bundlerVersion(), options });
  let code = bundles.get(key);
  if (code === undefined) {
    const build = () => {
      const result = bundler().buildSync(options);
      const inputs = Object.keys(result.metafile.inputs).filter((path) => path !== ENTRY_NAME);
      return { code: result.outputFiles[0]!.text, inputs: inputs.map((path) => join(RUNTIME_DIR, path)) };
    };
    code = withBundlerHints(cacheDir === null ? build().code : cachedBundle(key, build, cacheDir));
    bundles.set(key, code);
  }
  return code;
}
