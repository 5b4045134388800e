// The bundler of the loader: modules inlined in dependency order, each in its own scope, with
// their imports, aliases, namespaces and re-exports bound; refusals of what it cannot inline.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleModule } from './bundle.ts';
import { makeLoader } from './loader.ts';
import { importedFunctions } from './wasmimports.ts';
import { translate } from '../driver/pipeline.ts';
import { SourceFile } from '../frontend/source.ts';

const dir = mkdtempSync(join(tmpdir(), 'wyrm-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function files(sources: Record<string, string>): URL {
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(dir, name), text);
  return pathToFileURL(join(dir, Object.keys(sources)[0]!));
}

async function load(text: string): Promise<Record<string, unknown>> {
  return import(`data:text/javascript,${encodeURIComponent(text)}`);
}

describe('bundleModule', () => {
  it('inlines imports, aliases, namespaces and re-exports, each module in its own scope', async () => {
    const entry = files({
      'main.mjs': [
        "import { twice, half as halve } from './lib.mjs';",
        "import * as all from './index.mjs';",
        '// A comment line.',
        'export const result = [twice(4), halve(4), all.third(9), all.twiceAgain(1), all.helper()];',
      ].join('\n'),
      'lib.mjs': [
        '/**',
        ' * Documentation the bundle leaves out.',
        ' */',
        'function helper() { return "lib"; }',
        'export function twice(x) { return 2 * x; }',
        'const half = (x) => x / 2;',
        'export { half, helper };',
      ].join('\n'),
      'other.mjs': 'function helper() { return "other"; }\nexport const third = (x) => x / 3;\nexport { helper };\n',
      'index.mjs': "export { third, helper } from './other.mjs';\nexport { twice as twiceAgain } from './lib.mjs';\n",
    });
    const text = bundleModule(entry);
    expect(text).not.toMatch(/^\s*import\b/m);
    expect(text).not.toContain('Documentation the bundle leaves out');
    const module = await load(text);
    expect(module.result).toEqual([8, 2, 3, 2, 'other']);
  });

  it('refuses imports that are not relative and export forms it does not know', () => {
    expect(() => bundleModule(files({ 'bare.mjs': "import { readFileSync } from 'node:fs';\nexport const x = 1;\n" }))).toThrow(/only relative imports/);
    expect(() => bundleModule(files({ 'default.mjs': "import { y } from './dflt.mjs';\nexport const x = y;\n", 'dflt.mjs': 'export default 1;\n' }))).toThrow(/cannot bundle 'export default 1;'/);
    expect(() => bundleModule(files({ 'cycle.mjs': "import { b } from './cycle-b.mjs';\nexport const a = 1;\n", 'cycle-b.mjs': "import { a } from './cycle.mjs';\nexport const b = 2;\n" }))).toThrow(/import cycle/);
  });

  it('gives the host runtime with its formatter and no static import', async () => {
    const text = bundleModule(new URL('./host.mjs', import.meta.url));
    expect(text).not.toMatch(/^\s*import(\s+[\w{*]|\s*['"{*])/m);
    const host = await load(text);
    expect(typeof host.createHost).toBe('function');
    expect(typeof host.runProgram).toBe('function');
  });

  it('leaves the formatter out of the loader of a program that does not format', async () => {
    const loaderOf = (text: string) => {
      const translation = translate(new SourceFile('prog.py', text), { optimize: 0, scriptPath: 'prog.py' });
      return { loader: makeLoader(translation.info, 'prog.wasm', translation.binary), imports: importedFunctions(translation.binary, 'host')! };
    };
    const plain = loaderOf('print("hello", 1.5)\n');
    const formatting = loaderOf('import sys\nprint(f"{len(sys.argv) / 3:.2f}")\n');
    expect([...plain.imports]).toContain('write');
    expect([...plain.imports].some((name) => name.startsWith('fmt_'))).toBe(false);
    expect([...formatting.imports]).toContain('fmt_float');
    expect(plain.loader).not.toContain('percentFormat');
    expect(formatting.loader).toContain('percentFormat');
    expect(formatting.loader.length - plain.loader.length).toBeGreaterThan(20000);
    for (const { loader } of [plain, formatting]) expect(loader).not.toMatch(/^\s*import(\s+[\w{*]|\s*['"{*])/m);
  });
});
