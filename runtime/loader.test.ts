// The generated loader (PROG.mjs): only the host functions the module imports are in it, it
// has no static import, and programs that use the formatter, the math library, the Unicode
// tables and standard input run through it as under CPython, as a script and embedded.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeLoader } from './loader.ts';
import { loaderEntry, type BundleOptions } from './loaderbundle.ts';
import { importedFunctions } from './wasmimports.ts';
import { translate } from '../driver/pipeline.ts';
import { SourceFile } from '../frontend/source.ts';

const dir = mkdtempSync(join(tmpdir(), 'wyrm-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Translates `source` into DIR/NAME.wasm and DIR/NAME.mjs. */
function translated(name: string, source: string, options: BundleOptions = {}) {
  const translation = translate(new SourceFile(`${name}.py`, source), { optimize: 1, scriptPath: `${name}.py` });
  const loader = makeLoader(translation.info, `${name}.wasm`, translation.binary, options);
  writeFileSync(join(dir, `${name}.wasm`), translation.binary);
  writeFileSync(join(dir, `${name}.mjs`), loader);
  return { loader, path: join(dir, `${name}.mjs`), wasm: translation.binary, imports: importedFunctions(translation.binary, 'host')! };
}

/** Strings that only the code of these host functions has (they survive minification). */
const MARKERS = {
  formatter: 'Unknown format code', // fmt_apply, fmt_spec: the whole formatter
  floatText: 'float text too long', // fmt_float
  charInfo: 'Case_Ignorable', // char_info
  math: 'no math function', // math1, math2
  heapCheck: '--expose-gc', // memory_fits under Node
  floatFormat: 'float_format is not implemented',
};

/** A static import or re-export, which a browser would have to resolve. */
const STATIC_IMPORT = /(^|[;}\s])(import(\s*[{*"']|\s+[\w$]+\s*(,|from\b))|export\s*(\*|\{[^}]*\})\s*from\s*["'])/m;

describe('the loader of hello world', () => {
  const hello = translated('hello', 'print("hello")\n');

  it('has only the host functions its module imports', () => {
    expect([...hello.imports].sort()).toEqual(['class_name', 'site_text', 'write']);
    for (const marker of Object.values(MARKERS)) expect(hello.loader).not.toContain(marker);
    expect(hello.loader).toContain('Previous line repeated'); // site_text's
  });

  it('is small: with its module, under 8 KiB', () => {
    expect(hello.loader.length).toBeLessThan(6 * 1024);
    expect(hello.loader.length + hello.wasm.length).toBeLessThan(8 * 1024);
  });

  it('runs as a script, and has no static import', () => {
    const result = spawnSync(process.execPath, [hello.path], { encoding: 'utf8' });
    expect(result).toMatchObject({ stdout: 'hello\n', stderr: '', status: 0 });
    expect(hello.loader).not.toMatch(STATIC_IMPORT);
  });

  it('imports Node modules only dynamically, each with the hints that keep web bundlers off them', () => {
    const imports = [...hello.loader.matchAll(/\bimport\s*\(([^)]*)\)/g)].map((match) => match[1]!);
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) expect(specifier).toMatch(/^\/\* webpackIgnore: true \*\/ \/\* @vite-ignore \*\/ *"node:[a-z0-9/]+"$/);
  });
});

describe('the loader of a program that formats, computes, reads and classifies', () => {
  const source = [
    'import math',
    'import sys',
    'x = float(len(sys.argv))',
    'print(math.exp(x), math.atan2(x, 2.0), math.sqrt(x))',
    'print(f"{x:.3f}|{x:{sys.argv[1]}}|")',
    'print(sys.argv[2] % (x, len(sys.argv)))',
    'name = input()',
    'print(name.upper(), name.isalpha(), float(" 1_0.5 "), round(x / 7, 3))',
    '',
  ].join('\n');
  const args = ['>8.2f', '%.2e %d'];
  // CPython 3.11's output with these arguments and 'zoë' as standard input.
  const expected = '20.085536923187668 0.982793723247329 1.7320508075688772\n3.000|    3.00|\n3.00e+00 3\nZOË True 10.5 0.429\n';
  const program = translated('features', source);

  it('has the formatter, the math library and the Unicode tables', () => {
    for (const name of ['fmt_apply', 'fmt_float', 'math1', 'math2', 'input_line', 'char_info', 'parse_float']) expect(program.imports).toContain(name);
    for (const marker of [MARKERS.formatter, MARKERS.floatText, MARKERS.charInfo, MARKERS.math]) expect(program.loader).toContain(marker);
    expect(program.loader).not.toContain(MARKERS.heapCheck);
    expect(program.loader).not.toMatch(STATIC_IMPORT);
  });

  it('runs as a script, reading the process standard input', () => {
    const result = spawnSync(process.execPath, [program.path, ...args], { input: 'zoë\n', encoding: 'utf8' });
    expect(result).toMatchObject({ stdout: expected, stderr: '', status: 0 });
  });

  it('runs embedded, reading the stdin option', () => {
    const script = `
      const { run } = await import(${JSON.stringify(pathToFileURL(program.path).href)});
      let stdout = '';
      const status = await run(${JSON.stringify(args)}, { stdout: (text) => { stdout += text; }, stdin: () => 'zoë\\n' });
      process.stdout.write(JSON.stringify({ stdout, status }));
    `;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({ stdout: expected, status: 0 });
  });
});

describe('makeLoader', () => {
  const info = { scriptPath: 'prog.py', sites: { paths: [], names: [], lines: [], frames: [] }, classNames: [], math1: ['exp'], math2: [] };

  it('leaves out the program data that no imported host function reads', () => {
    const { loader } = translated('plain', 'print("no math")\n');
    expect(loader).not.toMatch(/"math1"/);
    expect(makeLoader(info, 'prog.wasm')).toMatch(/"math1":\["exp"\]/);
  });

  it('has every host function when the module is not given', async () => {
    const loader = makeLoader(info, 'prog.wasm');
    for (const marker of Object.values(MARKERS)) expect(loader).toContain(marker);
    const module = (await import(`data:text/javascript,${encodeURIComponent(loader)}`)) as Record<string, unknown>;
    expect(Object.keys(module).sort()).toEqual(['compile', 'instantiate', 'run']);
  });

  it('keeps the code readable with minify: false, made without the cache', () => {
    const hello = translated('readable', 'print("readable")\n', { minify: false, cacheDir: null });
    expect(hello.loader).toContain('function programLoader(program, wasmFile, factories');
    expect(hello.loader).toContain('function site_text(host)');
    expect(hello.loader).not.toMatch(STATIC_IMPORT);
    const result = spawnSync(process.execPath, [hello.path], { encoding: 'utf8' });
    expect(result).toMatchObject({ stdout: 'readable\n', status: 0 });
  });

  it('refuses a module that imports a host function the runtime does not have', () => {
    const name = (text: string) => [text.length, ...new TextEncoder().encode(text)];
    const section = (id: number, body: number[]) => [id, body.length, ...body];
    const binary = new Uint8Array([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
      ...section(1, [1, 0x60, 0, 0]), // one type: () -> ()
      ...section(2, [1, ...name('host'), ...name('no_such_function'), 0, 0]), // its import
    ]);
    expect(() => makeLoader(info, 'prog.wasm', binary)).toThrow(/No matching export in "hostimports.mjs" for import "no_such_function"/);
  });

  it('names the imported factories in the entry it bundles', () => {
    expect(loaderEntry(['site_text', 'write'])).toContain("import { site_text, write } from './hostimports.mjs';");
    expect(loaderEntry(null)).toContain("import * as factories from './hostimports.mjs';");
  });
});
