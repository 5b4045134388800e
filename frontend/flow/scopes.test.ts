// Unit tests of scope analysis (scopes.ts), which decides where each name of a function lives
// before its graph is built: the locals (parameters and every binding form), global and
// nonlocal declarations, the free names read, comprehension scopes (their variables stay out of
// the function, a walrus inside them binds in the function), nested scopes whose bodies are not
// entered, generators, and the names a loop body assigns (the inputs of a loop header).

import { describe, expect, it } from 'vitest';
import type * as ast from '../ast.ts';
import { SourceFile } from '../source.ts';
import { parseModule } from '../parser/parse.ts';
import { analyzeFunction, namesAssignedIn, targetNames, walkScope } from './scopes.ts';

function parse(text: string): ast.Module {
  return parseModule(new SourceFile('t.py', text));
}

/** The scope of the first function defined in `text`. */
function scopeOf(text: string): ReturnType<typeof analyzeFunction> {
  const def = parse(text).body.find((s): s is ast.FunctionDef => s.nodeType === 'FunctionDef')!;
  return analyzeFunction(def);
}

function sorted(names: Iterable<string>): string[] {
  return [...names].sort();
}

describe('analyzeFunction', () => {
  it('counts every parameter kind as a local', () => {
    const scope = scopeOf('def f(a, /, b, c=1, *args, d, e=2, **kw):\n    pass\n');
    expect(sorted(scope.locals)).toEqual(['a', 'args', 'b', 'c', 'd', 'e', 'kw']);
    expect(scope.freeReads.size).toBe(0);
  });

  it('finds locals bound by every binding statement', () => {
    const scope = scopeOf(
      [
        'def f(p):',
        '    x = 1',
        '    y, [z, *w] = p',
        '    n: int = 0',
        '    m: int',
        '    x += 1',
        '    for i in p:',
        '        pass',
        '    try:',
        '        pass',
        '    except ValueError as e:',
        '        pass',
        '    import os.path',
        '    from math import sqrt as root',
        '    def inner():',
        '        pass',
        '    class K:',
        '        pass',
        '    with open(p) as fh:',
        '        pass',
        '',
      ].join('\n'),
    );
    expect(sorted(scope.locals)).toEqual(['K', 'e', 'fh', 'i', 'inner', 'm', 'n', 'os', 'p', 'root', 'w', 'x', 'y', 'z'].sort());
  });

  it('does not count attribute and subscript targets as bindings', () => {
    const scope = scopeOf('def f():\n    obj.attr = 1\n    table[0] = 2\n');
    expect(sorted(scope.locals)).toEqual([]);
    expect(sorted(scope.freeReads)).toEqual(['obj', 'table']);
  });

  it('keeps names declared global out of the locals, even when assigned', () => {
    const scope = scopeOf('def f():\n    global counter, total\n    counter = counter + 1\n    local = total\n');
    expect(sorted(scope.declaredGlobal)).toEqual(['counter', 'total']);
    expect(sorted(scope.locals)).toEqual(['local']);
    expect(sorted(scope.freeReads)).toEqual(['counter', 'total']);
  });

  it('records nonlocal declarations apart from the locals', () => {
    const scope = scopeOf('def f():\n    nonlocal outer\n    outer = 1\n');
    expect(sorted(scope.declaredNonlocal)).toEqual(['outer']);
    expect(scope.locals.has('outer')).toBe(false);
  });

  it('reports the free names a function reads (globals and builtins)', () => {
    const scope = scopeOf('def f(x):\n    y = len(x) + LIMIT\n    return helper(y)\n');
    expect(sorted(scope.freeReads)).toEqual(['LIMIT', 'helper', 'len']);
  });

  it('counts a name read before its assignment as a local (UnboundLocalError, not a global)', () => {
    const scope = scopeOf('def f():\n    print(x)\n    x = 1\n');
    expect(scope.locals.has('x')).toBe(true);
    expect(scope.freeReads.has('x')).toBe(false);
  });

  it('does not enter nested functions, lambdas and classes, but sees their defaults and decorators', () => {
    const scope = scopeOf(
      'def f():\n    @deco\n    def g(a=default1):\n        inner_only = a + hidden\n    h = lambda b=default2: b + lambda_free\n    class C(Base):\n        attr = class_free\n',
    );
    expect(sorted(scope.locals)).toEqual(['C', 'g', 'h']);
    expect(sorted(scope.freeReads)).toEqual(['Base', 'deco', 'default1', 'default2']);
  });
});

describe('comprehension scopes', () => {
  it('keeps the comprehension variables out of the function\'s locals', () => {
    const scope = scopeOf('def f(xs):\n    ys = [x * k for x in xs if x > limit]\n    return ys\n');
    expect(sorted(scope.locals)).toEqual(['xs', 'ys']);
    expect(sorted(scope.freeReads)).toEqual(['k', 'limit']);
  });

  it('handles nested generators, set, dict and generator comprehensions alike', () => {
    const scope = scopeOf(
      'def f(m):\n    a = [i + j for i in m for j in i]\n    b = {k: v for k, v in m}\n    c = {s for s in m}\n    d = sum(g for g in m)\n',
    );
    expect(sorted(scope.locals)).toEqual(['a', 'b', 'c', 'd', 'm']);
    expect(sorted(scope.freeReads)).toEqual(['sum']);
  });

  it('evaluates the first iterable in the enclosing scope', () => {
    const scope = scopeOf('def f():\n    return [x for x in x]\n');
    // The outer `x` (the iterable) is a free read of f; the inner one is the comprehension's.
    expect(scope.freeReads.has('x')).toBe(true);
    expect(scope.locals.has('x')).toBe(false);
  });

  it('binds a walrus target inside a comprehension in the function', () => {
    const scope = scopeOf('def f(xs):\n    ys = [(last := x) for x in xs]\n    return last\n');
    expect(sorted(scope.locals)).toEqual(['last', 'xs', 'ys']);
  });
});

describe('generators', () => {
  it('marks a function using yield or yield from, but not one whose nested function yields', () => {
    expect(scopeOf('def f():\n    yield 1\n').isGenerator).toBe(true);
    expect(scopeOf('def f(xs):\n    x = yield from xs\n').isGenerator).toBe(true);
    expect(scopeOf('def f():\n    def g():\n        yield 1\n    return g\n').isGenerator).toBe(false);
  });
});

describe('lambdas', () => {
  it('analyzes a lambda body as its return value', () => {
    const tree = parse('h = lambda a, b=1: a + b + c\n');
    const lambda = (tree.body[0] as ast.Assign).value as ast.Lambda;
    const scope = analyzeFunction(lambda);
    expect(sorted(scope.locals)).toEqual(['a', 'b']);
    expect(sorted(scope.freeReads)).toEqual(['c']);
  });
});

describe('targetNames and namesAssignedIn', () => {
  it('collects the names of nested tuple, list and starred targets only', () => {
    const assign = parse('a, [b, (c, *d)], e.f, g[0] = value\n').body[0] as ast.Assign;
    const names = new Set<string>();
    targetNames(assign.targets[0]!, names);
    expect(sorted(names)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('finds every name a loop body may rebind, in nested blocks too', () => {
    const loop = parse(
      'while n:\n    n -= 1\n    if n % 2:\n        odd = n\n    else:\n        for k in range(n):\n            even = k\n    print(seen)\n',
    ).body[0] as ast.While;
    expect(sorted(namesAssignedIn(loop.body))).toEqual(['even', 'k', 'n', 'odd']);
  });

  it('walkScope reports global and nonlocal statements to its declare callback', () => {
    const body = parse('def f():\n    global a, b\n    nonlocal c\n').body[0] as ast.FunctionDef;
    const declared: string[] = [];
    walkScope(body.body, () => {}, () => {}, (decl) => declared.push(`${decl.nodeType}:${decl.names.join(',')}`));
    expect(declared).toEqual(['Global:a,b', 'Nonlocal:c']);
  });
});
