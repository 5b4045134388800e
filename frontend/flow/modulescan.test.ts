// Unit tests of the module scanner (modulescan.ts), which decides from the AST alone how each
// module-level name is bound (the table in docs/ARCHITECTURE.md): `function` for a single
// top-level def, `class` for a single top-level class, `constant` for a single binding to a
// literal (or an import) before any code can run, `variable` for a name functions read or
// rebind otherwise, and `modulelocal` for a name only module-level code uses. Getting one wrong
// either folds a value that can change or makes a constant a run-time global.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source.ts';
import { parseModule } from '../parser/parse.ts';
import { scanModule } from './modulescan.ts';
import { Builtin, BuiltinModule, type ModuleBinding, type PyModule } from '../program.ts';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';

function scan(text: string): PyModule {
  const source = new SourceFile('t.py', text);
  return scanModule('__main__', source, parseModule(source));
}

function kinds(module: PyModule): Record<string, ModuleBinding['kind']> {
  return Object.fromEntries([...module.bindings].map(([name, b]) => [name, b.kind]));
}

function binding<K extends ModuleBinding['kind']>(module: PyModule, name: string, kind: K): Extract<ModuleBinding, { kind: K }> {
  const b = module.bindings.get(name);
  expect(b?.kind).toBe(kind);
  return b as Extract<ModuleBinding, { kind: K }>;
}

function scanError(text: string): CompileError {
  try {
    scan(text);
  } catch (error) {
    if (error instanceof CompileError) return error;
    throw error;
  }
  throw new Error('expected a CompileError');
}

describe('functions and classes', () => {
  it('classifies a single top-level def as a function', () => {
    const module = scan('def area(w, h):\n    return w * h\n');
    const f = binding(module, 'area', 'function');
    expect(f.func.qualname).toBe('area');
    expect(f.func.paramNames).toEqual(['w', 'h']);
    expect(module.source.text.slice(f.func.span.start, f.func.span.start + f.func.span.length)).toBe('def area(w, h):');
  });

  it('classifies single top-level classes as classes, with their bases resolved', () => {
    const module = scan('class Shape:\n    pass\nclass Circle(Shape):\n    def area(self):\n        return 1.0\n');
    const shape = binding(module, 'Shape', 'class').cls;
    const circle = binding(module, 'Circle', 'class').cls;
    expect(circle.bases).toEqual([shape]);
    expect(shape.bases).toEqual([]);
    expect([...circle.methods.keys()]).toEqual(['area']);
  });

  it('does not treat a function defined twice, or decorated, as a constant function', () => {
    const module = scan('def g():\n    return 1\ndef g():\n    return 2\n@decorate\ndef h():\n    pass\n');
    expect(kinds(module)).toEqual({ g: 'modulelocal', h: 'modulelocal' });
  });

  it('records every function with its qualified name, nested ones and lambdas included', () => {
    const module = scan('def outer():\n    def inner():\n        pass\n    return lambda: 1\nclass C:\n    def m(self):\n        pass\n');
    expect([...module.functions.values()].map((f) => f.qualname)).toEqual([
      'outer', 'outer.<locals>.inner', 'outer.<locals>.<lambda>', 'C.m',
    ]);
    const method = [...module.functions.values()].find((f) => f.qualname === 'C.m')!;
    expect(method.kind).toBe('method');
    expect(method.owner?.name).toBe('C');
  });
});

describe('constants', () => {
  it('folds single bindings to literals made before any code runs', () => {
    const module = scan('N = 10\nNEG = -5\nF = 2.5\nNAME: str = "x"\nFLAG = True\nNOTHING = None\ndef f():\n    return N\n');
    const values = Object.fromEntries(['N', 'NEG', 'F', 'NAME', 'FLAG', 'NOTHING'].map((n) => [n, binding(module, n, 'constant').value]));
    expect(values).toEqual({ N: 10n, NEG: -5n, F: 2.5, NAME: 'x', FLAG: true, NOTHING: null });
  });

  it('binds imports of supported modules and members as constants', () => {
    const module = scan('import math\nimport sys as system\nfrom math import sqrt, pi as PI\n');
    const math = binding(module, 'math', 'constant').value as BuiltinModule;
    expect(math).toBeInstanceOf(BuiltinModule);
    expect(math.name).toBe('math');
    expect((binding(module, 'system', 'constant').value as BuiltinModule).name).toBe('sys');
    const sqrt = binding(module, 'sqrt', 'constant').value as Builtin;
    expect(sqrt).toBeInstanceOf(Builtin);
    expect(sqrt.name).toBe('math.sqrt');
    expect(binding(module, 'PI', 'constant').value).toBe(Math.PI);
  });

  it('keeps the span of the binding statement', () => {
    const module = scan('x = 1\nLIMIT = 100\n');
    const { span } = binding(module, 'LIMIT', 'constant');
    expect(module.source.text.slice(span.start, span.start + span.length)).toBe('LIMIT = 100');
  });

  it('does not fold a literal bound after code that may call the program\'s functions', () => {
    const module = scan('def f():\n    return N\nprint(f())\nN = 10\n');
    const variable = binding(module, 'N', 'variable').variable;
    expect(variable.mayBeUnset).toBe(true);
  });

  it('does not fold a name bound to a computed value', () => {
    const module = scan('SIZE = 2 * 8\ndef f():\n    return SIZE\n');
    expect(kinds(module).SIZE).toBe('variable');
  });
});

describe('module variables', () => {
  it('makes a name a function rebinds with `global` a variable, set before any code runs', () => {
    const module = scan('counter = 0\ndef bump():\n    global counter\n    counter += 1\n');
    const variable = binding(module, 'counter', 'variable').variable;
    expect(variable.name).toBe('counter');
    expect(variable.mayBeUnset).toBe(false);
    expect(module.source.text.slice(variable.firstAssignment.start, variable.firstAssignment.start + variable.firstAssignment.length)).toBe('counter = 0');
  });

  it('makes a name bound twice and read by a function a variable', () => {
    const module = scan('mode = 1\nmode = 2\ndef f():\n    return mode\n');
    expect(binding(module, 'mode', 'variable').variable.mayBeUnset).toBe(false);
  });

  it('makes a name only a function binds a variable that may be unset', () => {
    const module = scan('def setup():\n    global config\n    config = 1\n');
    const variable = binding(module, 'config', 'variable').variable;
    expect(variable.mayBeUnset).toBe(true);
  });

  it('counts a name first bound inside a module-level block as possibly unset', () => {
    const module = scan('import sys\nif len(sys.argv) > 1:\n    level = 1\nelse:\n    level = 2\ndef f():\n    return level\n');
    expect(binding(module, 'level', 'variable').variable.mayBeUnset).toBe(true);
  });

  it('keeps names used only by module-level code as locals of <module>', () => {
    const module = scan('total = 0\nfor q in range(3):\n    total += q\nprint(total)\n');
    expect(kinds(module)).toEqual({ total: 'modulelocal', q: 'modulelocal' });
  });

  it('leaves out names that are never bound at module level (builtins, undefined names)', () => {
    const module = scan('def f():\n    return len(undefined_thing)\n');
    expect(kinds(module)).toEqual({ f: 'function' });
  });

  it('resolves a function\'s free name to an enclosing function\'s local before the module\'s', () => {
    const module = scan('x = 1\nx = 2\ndef outer():\n    x = 3\n    def inner():\n        return x\n    return inner\n');
    // Only inner reads `x`, and that `x` is outer's local: the module's x stays module-local.
    expect(kinds(module).x).toBe('modulelocal');
  });
});

describe('errors', () => {
  it('refuses an unsupported module (W0202) and lists the supported ones', () => {
    const error = scanError('import json\n');
    const [d] = error.diagnostics;
    expect(d!.kind).toBe(Diag.UnsupportedBuiltin);
    expect(d!.message).toMatch(/^module 'json' is not supported \(supported modules: .*math.*\)$/);
  });

  it('refuses an unsupported member of a supported module (W0202)', () => {
    const error = scanError('from math import nosuch\n');
    expect(error.diagnostics[0]!.kind).toBe(Diag.UnsupportedBuiltin);
    expect(error.message).toBe("module 'math' has no supported member 'nosuch'");
  });

  it('refuses a constant int beyond 64 bits (W0203) at the literal', () => {
    const error = scanError('LIMIT = 18446744073709551616\n');
    const [d] = error.diagnostics;
    expect(d!.kind).toBe(Diag.UnsupportedOperation);
    expect(d!.source.text.slice(d!.span.start, d!.span.start + d!.span.length)).toBe('18446744073709551616');
  });

  it('accepts the extreme 64-bit ints', () => {
    const module = scan('LO = -9223372036854775808\nHI = 9223372036854775807\n');
    expect(binding(module, 'LO', 'constant').value).toBe(-(2n ** 63n));
    expect(binding(module, 'HI', 'constant').value).toBe(2n ** 63n - 1n);
  });
});
