// The runtime library: support code written in Python (runtime/lib/*.py) and translated with
// the program, as RPython's low-level helpers are. A builtin method such as str.split is a call
// to a library function; the annotator specializes it for the argument types like any other
// function, so one generic implementation serves every type. Library functions may import the
// intrinsics of `__wyrm__` (code points of strings, character buffers), and their frames do not
// appear in tracebacks, as CPython's builtins do not.

import { readFileSync, readdirSync } from 'node:fs';
import { parseModule } from '../frontend/parser/parse.ts';
import { SourceFile } from '../frontend/source.ts';
import { scanModule } from '../frontend/flow/modulescan.ts';
import type { PyFunction, PyModule } from '../frontend/program.ts';

const LIBRARY_DIR = new URL('./lib/', import.meta.url);

let loaded: Map<string, PyFunction> | null = null;

function load(): Map<string, PyFunction> {
  const functions = new Map<string, PyFunction>();
  for (const file of readdirSync(LIBRARY_DIR).filter((f) => f.endsWith('.py')).sort()) {
    const text = readFileSync(new URL(file, LIBRARY_DIR), 'utf8');
    const source = new SourceFile(`<wyrm runtime>/${file}`, text);
    const module: PyModule = scanModule(`wyrm.${file.replace(/\.py$/, '')}`, source, parseModule(source), true);
    for (const [name, binding] of module.bindings) {
      // Names starting with an underscore are private to their file.
      if (binding.kind !== 'function' || name.startsWith('_')) continue;
      if (functions.has(name)) throw new Error(`runtime library function ${name} is defined twice`);
      functions.set(name, binding.func);
    }
  }
  return functions;
}

/** The runtime library function called `name`. */
export function libraryFunction(name: string): PyFunction {
  loaded ??= load();
  const func = loaded.get(name);
  if (!func) throw new Error(`no runtime library function ${name}`);
  return func;
}
