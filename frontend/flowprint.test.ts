// Unit tests of the graph printer (flowprint.ts) that `wyrm annotate` and people debugging the
// builder read: constants spelled as Python would, variables named after their locals, blocks
// with their inputs and exits, and every kind of constant a graph can hold (classes included).

import { describe, expect, it } from 'vitest';
import { SourceFile } from './source.ts';
import { parseModule } from './parser/parse.ts';
import { scanModule } from './flow/modulescan.ts';
import { buildFunctionGraph } from './flow/buildgraph.ts';
import { constantText, printGraph } from './flowprint.ts';
import { UNDEFINED } from './flowmodel.ts';
import { BUILTIN_EXCEPTIONS, BUILTIN_MODULES } from './builtins.ts';
import type { PyModule } from './program.ts';

function moduleOf(text: string): PyModule {
  const source = new SourceFile('t.py', text);
  return scanModule('__main__', source, parseModule(source));
}

describe('constantText', () => {
  it('spells scalars as Python does', () => {
    expect([null, true, false, 12n, 1, 2.5, Number.NaN, -Infinity, 'a"b'].map(constantText)).toEqual([
      'None', 'True', 'False', '12', '1.0', '2.5', 'nan', '-inf', '"a\\"b"',
    ]);
    expect(constantText(UNDEFINED)).toBe('<unassigned>');
  });

  it('names functions, builtins, modules and exception classes', () => {
    const module = moduleOf('def f():\n    pass\n');
    const binding = module.bindings.get('f');
    expect(binding?.kind === 'function' && constantText(binding.func)).toBe('f');
    expect(constantText(BUILTIN_MODULES.get('math'))).toBe('<module math>');
    expect(constantText(BUILTIN_EXCEPTIONS.get('ValueError'))).toBe('ValueError');
  });

  it('names the classes of the program', () => {
    const module = moduleOf('class Point:\n    pass\n');
    const binding = module.bindings.get('Point');
    expect(binding?.kind === 'class' && constantText(binding.cls)).toBe('Point');
  });
});

describe('printGraph', () => {
  it('prints blocks, operations, switches and the return', () => {
    const module = moduleOf('def f(x):\n    if x > 0:\n        return x\n    return -1\n');
    const binding = module.bindings.get('f');
    if (binding?.kind !== 'function') throw new Error('f is a function');
    const text = printGraph(buildFunctionGraph(binding.func), { source: module.source });
    expect(text).toBe(
      [
        'def f(x):',
        '  block0(x):',
        '    v0 = gt(x, 0)  # line 2',
        '    v1 = bool(v0)  # line 2',
        '    switch v1:',
        '      case False: goto block1()',
        '      case True: goto block3(x)',
        '  block1():',
        '    v2 = neg(1)  # line 4',
        '    goto return(v2)',
        '  block3(x_1):',
        '    goto return(x_1)',
        '',
      ].join('\n'),
    );
  });

  it('prints the exits of a raising block and the types it is given', () => {
    const module = moduleOf('def f(xs):\n    for x in xs:\n        pass\n');
    const binding = module.bindings.get('f');
    if (binding?.kind !== 'function') throw new Error('f is a function');
    const text = printGraph(buildFunctionGraph(binding.func), { typeOf: (v) => (v.nameHint === 'xs' ? 'list[int]' : null) });
    expect(text).toContain('def f(xs: list[int]):');
    expect(text).toContain('    on success goto ');
    expect(text).toContain('    on StopIteration goto ');
  });

  it('prints a raise in a try body with its handler exit only, and the notes it is given', () => {
    const module = moduleOf('def f(x):\n    try:\n        raise ValueError\n    except ValueError:\n        return len(x)\n');
    const binding = module.bindings.get('f');
    if (binding?.kind !== 'function') throw new Error('f is a function');
    const text = printGraph(buildFunctionGraph(binding.func), {
      source: module.source,
      graphNote: () => 'raises: TypeError',
      operationNote: (op) => (op.opname === 'simple_call' ? 'raises: TypeError' : null),
    });
    expect(text).toContain('def f(x):  raises: TypeError\n');
    expect(text).toMatch(/ = raise\(\w+\)  # line 3\n    on BaseException goto /);
    expect(text).not.toMatch(/raise\(\w+\)  # line 3\n    on success/);
    expect(text).toMatch(/ = simple_call\(len, x_?\d*\)  # line 5  raises: TypeError\n/);
  });
});
