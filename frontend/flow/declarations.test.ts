// Unit tests of the scope declarations (declarations.ts) and of the `declare` operations the
// graph builder emits from them: one for each annotated parameter where the body starts, for
// every store into an annotated name (not only the annotated statement), for each return of a
// function with a declared return type (the implicit `return None` at its end included), and
// none for a comprehension's own variable. Class declarations come from the class body and
// from `self.x: T` in methods; a name annotated twice with different types is refused.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source.ts';
import { parseModule } from '../parser/parse.ts';
import { scanModule } from './modulescan.ts';
import { buildFunctionGraph, buildModuleGraph } from './buildgraph.ts';
import { Constant, type FunctionGraph } from '../flowmodel.ts';
import type { PyModule } from '../program.ts';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { Declaration, attributeDeclarations } from './declarations.ts';

function moduleOf(text: string): PyModule {
  const source = new SourceFile('t.py', text);
  return scanModule('__main__', source, parseModule(source));
}

function graphOf(module: PyModule, name: string): FunctionGraph {
  const binding = module.bindings.get(name);
  if (binding?.kind !== 'function') throw new Error(`${name} is not a module-level function`);
  return buildFunctionGraph(binding.func);
}

/** Each declare operation of a graph, as "subject: type". */
function declares(graph: FunctionGraph): string[] {
  return graph
    .iteroperations()
    .filter((op) => op.opname === 'declare')
    .map((op) => {
      const declaration = (op.args[1] as Constant).value as Declaration;
      return `${declaration.describe()}: ${declaration}`;
    });
}

describe('declare operations', () => {
  it('checks annotated parameters where the body starts, and every return', () => {
    const module = moduleOf('def f(n: int, s) -> str:\n    if n:\n        return "a"\n    return s\n');
    expect(declares(graphOf(module, 'f'))).toEqual([
      "argument 'n' of f(): int",
      'the return value of f(): str',
      'the return value of f(): str',
    ]);
  });

  it('checks the None a function returns at its end', () => {
    const module = moduleOf('def f(x) -> None:\n    print(x)\n');
    expect(declares(graphOf(module, 'f'))).toEqual(['the return value of f(): None']);
  });

  it('checks every store into an annotated local, not only the annotated one', () => {
    const module = moduleOf('def f(xs):\n    total: float = 0.0\n    for x in xs:\n        total += x\n    total = 1.5\n    return total\n');
    expect(declares(graphOf(module, 'f'))).toEqual(["variable 'total': float", "variable 'total': float", "variable 'total': float"]);
  });

  it("leaves a comprehension's own variable alone", () => {
    const module = moduleOf('def f(xs):\n    x: int = 0\n    ys = [x for x in xs]\n    return ys\n');
    expect(declares(graphOf(module, 'f'))).toEqual(["variable 'x': int"]);
  });

  it('checks module variables at module level and through global', () => {
    const module = moduleOf('best: "list[int] | None" = None\ndef f():\n    global best\n    best = [1]\nf()\n');
    expect(declares(buildModuleGraph(module))).toEqual(["module variable 'best': list[int] | None"]);
    expect(declares(graphOf(module, 'f'))).toEqual(["module variable 'best': list[int] | None"]);
  });
});

describe('attribute declarations', () => {
  it('come from the class body and from self.x: T in methods', () => {
    const module = moduleOf('class P:\n    x: float\n    def __init__(self, other: "P | None"):\n        self.x = 0.0\n        self.link: "P | None" = other\n');
    const cls = [...module.classes.values()][0]!;
    expect([...attributeDeclarations(cls)].map(([name, d]) => `${name}: ${d}`)).toEqual(['x: float', 'link: P | None']);
  });
});

describe('refusals', () => {
  it('refuses a name annotated twice with different types', () => {
    const module = moduleOf('def f():\n    x: int = 1\n    x: str = "a"\n    return x\n');
    let error: unknown = null;
    try {
      graphOf(module, 'f');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CompileError);
    const diagnostic = (error as CompileError).diagnostics[0]!;
    expect(diagnostic.kind).toBe(Diag.BadAnnotation);
    expect(diagnostic.message).toBe("'x' is annotated str here but int elsewhere; a name has one declared type");
  });

  it('refuses an annotated store into an item or a foreign attribute', () => {
    const module = moduleOf('def f(d, o):\n    d[0]: int = 1\n');
    expect(() => graphOf(module, 'f')).toThrow(/an annotated assignment to an item, or to an attribute other than self.name is not supported/);
  });
});
