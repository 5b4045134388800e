// Unit tests of the exception analysis (raises.ts, raisesops.ts) on small programs analysed by
// driver/pipeline.ts: explicit raises, the exceptions operations raise by themselves, their
// propagation through calls and recursion, except clauses that catch a class or its base,
// re-raises, and the runtime library's graphs, which are trusted not to raise implicitly.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import type { FunctionGraph } from '../frontend/flowmodel.ts';
import { analyze, type Analysis } from '../driver/pipeline.ts';
import { analyzeRaises, Raises } from './raises.ts';

interface Result {
  analysis: Analysis;
  raises: Raises;
}

function run(text: string): Result {
  const analysis = analyze(new SourceFile('t.py', text));
  return { analysis, raises: analyzeRaises(analysis.annotator) };
}

function graph(result: Result, name: string): FunctionGraph {
  const found = result.analysis.annotator.graphs.find((g) => g.name === name);
  if (!found) throw new Error(`no graph ${name}: ${result.analysis.annotator.graphs.map((g) => g.name).join(', ')}`);
  return found;
}

/** What function `name` can let escape, as names. */
function escapes(result: Result, name: string): string[] {
  return Raises.names(result.raises.ofFunction(graph(result, name)));
}

/** What the call of `callee` in `caller` can raise. */
function callRaises(result: Result, caller: string, callee: string): string[] {
  const g = graph(result, caller);
  const targets = result.analysis.annotator.callTargets;
  const op = g.iteroperations().find((o) => [...(targets.get(o)?.values() ?? [])].some((t) => t.name === callee));
  if (!op) throw new Error(`no call of ${callee} in ${caller}`);
  return Raises.names(result.raises.ofOp(op));
}

/** A program whose functions receive values unknown at translation time (no constant folding). */
function program(body: string, calls: string): string {
  return `import sys\n${body}\nn = len(sys.argv)\ns = sys.argv[0]\nxs = [n, 2]\n${calls}\n`;
}

describe('explicit raise', () => {
  it('lists the class raised, with or without an instance', () => {
    const result = run(program('def f(k: int) -> int:\n    if k > 1:\n        raise ValueError("big")\n    if k < 0:\n        raise KeyError\n    return k\n', 'print(f(n))'));
    expect(escapes(result, 'f')).toEqual(['KeyError', 'ValueError']);
  });

  it('follows the class of a raised value from where it is made', () => {
    const body = 'class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    pass\nclass Bad(AppError):\n    pass\n' +
      'def f(k: int) -> int:\n    e = NotFound("x")\n    if k > 1:\n        raise e\n    return k\n';
    expect(escapes(run(program(body, 'print(f(n))')), 'f')).toEqual(['NotFound']);
  });

  it('takes a raised parameter as any subclass of its type that the program makes', () => {
    const body = 'class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    pass\nclass Bad(AppError):\n    pass\nclass Unused(AppError):\n    pass\n' +
      'def fail(e: AppError) -> None:\n    raise e\n';
    const result = run(program(body, 'if n > 3:\n    fail(NotFound("a"))\nif n > 4:\n    fail(Bad("b"))'));
    expect(escapes(result, 'fail')).toEqual(['Bad', 'NotFound']);
  });
});

describe('operations that raise by themselves', () => {
  it('indexing a list or a str raises IndexError', () => {
    const result = run(program('def f(ys: list[int], i: int) -> int:\n    return ys[i]\ndef g(t: str, i: int) -> str:\n    return t[i]\n', 'print(f(xs, n), g(s, n))'));
    expect(escapes(result, 'f')).toEqual(['IndexError']);
    expect(escapes(result, 'g')).toEqual(['IndexError']);
  });

  it('division raises ZeroDivisionError unless the divisor is a nonzero constant', () => {
    const body = 'def div(a: int, b: int) -> int:\n    return a // b\ndef half(a: int) -> int:\n    return a // 2\n' +
      'def ratio(a: float, b: float) -> float:\n    return a / b\ndef rest(a: int) -> int:\n    return a % 7\n';
    const result = run(program(body, 'print(div(n, n - 3), div(n, n), half(n), ratio(n * 1.0, n * 2.0), rest(n))'));
    // INT64_MIN // -1 overflows: b may be negative here (n - 3).
    expect(escapes(result, 'div')).toEqual(['OverflowError', 'ZeroDivisionError']);
    expect(escapes(result, 'half')).toEqual([]);
    expect(escapes(result, 'ratio')).toEqual(['ZeroDivisionError']);
    expect(escapes(result, 'rest')).toEqual([]);
  });

  it('int arithmetic overflows, float arithmetic does not', () => {
    const result = run(program('def f(a: int) -> int:\n    return a * 3 + 1\ndef g(x: float) -> float:\n    return x * 3.0 + 1.0\n', 'print(f(n), g(n * 1.0))'));
    expect(escapes(result, 'f')).toEqual(['OverflowError']);
    expect(escapes(result, 'g')).toEqual([]);
  });

  it("a dict's item raises KeyError (from the runtime library), get() does not", () => {
    const body = 'def f(d: dict[str, int], k: str) -> int:\n    return d[k]\ndef g(d: dict[str, int], k: str) -> int:\n    return d.get(k, 0)\n' +
      'def h(d: dict[str, int], k: str) -> None:\n    del d[k]\n';
    const result = run(program(body, 'd = {"a": n}\nprint(f(d, s), g(d, s))\nh(d, s)'));
    expect(escapes(result, 'f')).toEqual(['KeyError']);
    expect(escapes(result, 'g')).toEqual([]);
    expect(escapes(result, 'h')).toEqual(['KeyError']);
  });

  it('conversions, str and list methods and next() raise what CPython raises', () => {
    const body = 'def parse(t: str) -> int:\n    return int(t)\ndef find(t: str) -> int:\n    return t.index("a")\n' +
      'def split(t: str) -> list[str]:\n    return t.split(",")\ndef upper(t: str) -> str:\n    return t.upper()\ndef remove(ys: list[int], v: int) -> None:\n    ys.remove(v)\n' +
      'def first(ys: list[int]) -> int:\n    return next(iter(ys))\ndef total(ys: list[int]) -> int:\n    return sum(ys)\n';
    const result = run(program(body, 'print(parse(s), find(s), split(s), upper(s), first(xs), total(xs))\nremove(xs, n)'));
    expect(escapes(result, 'parse')).toEqual(['OverflowError', 'ValueError']);
    expect(escapes(result, 'find')).toEqual(['ValueError']);
    // The library's str_split checks for an empty separator: it does not know the constant ','.
    expect(escapes(result, 'split')).toEqual(['ValueError']);
    expect(escapes(result, 'upper')).toEqual([]);
    expect(escapes(result, 'remove')).toEqual(['ValueError']);
    expect(escapes(result, 'first')).toEqual(['StopIteration']);
    expect(escapes(result, 'total')).toEqual(['OverflowError']);
  });

  it('operations with no result still raise: item assignment, a read of an unbound local', () => {
    const body = 'def put(ys: list[int], i: int) -> None:\n    ys[i] = 0\n' +
      'def label(k: int) -> int:\n    if k > 0:\n        name = 1\n    return name\n';
    const result = run(program(body, 'put(xs, n)\nprint(label(n))'));
    expect(escapes(result, 'put')).toEqual(['IndexError']);
    expect(escapes(result, 'label')).toEqual(['UnboundLocalError']);
  });

  it("a for loop catches its iterator's StopIteration", () => {
    const result = run(program('def f(ys: list[int]) -> int:\n    best = 0\n    for y in ys:\n        if y > best:\n            best = y\n    return best\n', 'print(f(xs))'));
    expect(escapes(result, 'f')).toEqual([]);
  });
});

describe('calls', () => {
  it("a call raises what its callee lets escape, and so does the caller", () => {
    const body = 'def inner(ys: list[int], i: int) -> int:\n    if i < 0:\n        raise ValueError("negative")\n    return ys[i]\n' +
      'def outer(ys: list[int], i: int) -> int:\n    return inner(ys, i)\n';
    const result = run(program(body, 'print(outer(xs, n))'));
    expect(callRaises(result, 'outer', 'inner')).toEqual(['IndexError', 'ValueError']);
    expect(escapes(result, 'outer')).toEqual(['IndexError', 'ValueError']);
  });

  it('a recursive function may raise RecursionError, and its callers with it; others do not', () => {
    const body = 'def fib(k: int) -> int:\n    if k < 2:\n        return k\n    return fib(k - 1) + fib(k - 2)\n' +
      'def even(k: int) -> bool:\n    if k == 0:\n        return True\n    return odd(k - 1)\n' +
      'def odd(k: int) -> bool:\n    if k == 0:\n        return False\n    return even(k - 1)\n' +
      'def main(k: int) -> int:\n    return fib(k)\ndef plain(k: int) -> bool:\n    return k > 2\n';
    const result = run(program(body, 'print(main(n), even(n), plain(n))'));
    expect(escapes(result, 'fib')).toEqual(['OverflowError', 'RecursionError']);
    expect(escapes(result, 'main')).toEqual(['OverflowError', 'RecursionError']);
    expect(escapes(result, 'odd')).toEqual(['OverflowError', 'RecursionError']);
    expect(callRaises(result, 'even', 'odd')).toEqual(['OverflowError', 'RecursionError']);
    expect(escapes(result, 'plain')).toEqual([]);
    expect(result.raises.recursive.has(graph(result, 'plain'))).toBe(false);
  });

  it('a method call raises what each implementation it may reach lets escape', () => {
    const body = 'class Shape:\n    def area(self) -> int:\n        raise NotImplementedError\n' +
      'class Square(Shape):\n    def area(self) -> int:\n        return 4\n' +
      'def total(shape: Shape) -> int:\n    return shape.area()\n';
    const result = run(program(body, 'shapes = [Shape(), Square()]\nprint(total(shapes[n - 1]))'));
    expect(escapes(result, 'total')).toEqual(['NotImplementedError']);
  });
});

const HIERARCHY = 'class AppError(Exception):\n    pass\nclass NotFound(AppError):\n    pass\nclass Bad(AppError):\n    pass\n' +
  'def pick(k: int) -> int:\n    if k == 1:\n        raise NotFound("a")\n    if k == 2:\n        raise Bad("b")\n    return k\n';

describe('except clauses', () => {
  it('a handler of the class catches it', () => {
    const result = run(program('def f(ys: list[int], i: int) -> int:\n    try:\n        return ys[i]\n    except IndexError:\n        return -1\n', 'print(f(xs, n))'));
    expect(escapes(result, 'f')).toEqual([]);
  });

  it('a handler of a base class catches its subclasses', () => {
    const body = 'def f(d: dict[str, int], ys: list[int], k: str) -> int:\n    try:\n        return d[k] + ys[d[k]]\n    except LookupError:\n        return 0\n';
    const result = run(program(body, 'print(f({"a": n}, xs, s))'));
    expect(escapes(result, 'f')).toEqual(['OverflowError']);
  });

  it('a handler of a subclass lets the others through', () => {
    const body = `${HIERARCHY}def only(k: int) -> int:\n    try:\n        return pick(k)\n    except NotFound:\n        return 0\n` +
      'def base(k: int) -> int:\n    try:\n        return pick(k)\n    except AppError:\n        return 0\n' +
      'def both(k: int) -> int:\n    try:\n        return pick(k)\n    except (Bad, NotFound):\n        return 0\n';
    const result = run(program(body, 'print(only(n), base(n), both(n))'));
    expect(callRaises(result, 'only', 'pick')).toEqual(['Bad', 'NotFound']);
    expect(escapes(result, 'only')).toEqual(['Bad']);
    expect(escapes(result, 'base')).toEqual([]);
    expect(escapes(result, 'both')).toEqual([]);
  });

  it('a bare raise lets escape what the handler caught, and only that', () => {
    const body = `${HIERARCHY}def again(k: int, ys: list[int]) -> int:\n    try:\n        return pick(k) + ys[k]\n    except AppError:\n        print("failed")\n        raise\n    except IndexError:\n        return 0\n` +
      'def named(k: int) -> int:\n    try:\n        return pick(k)\n    except Bad as e:\n        raise e\n';
    const result = run(program(body, 'print(again(n, xs), named(n))'));
    expect(escapes(result, 'again')).toEqual(['Bad', 'NotFound', 'OverflowError']);
    expect(escapes(result, 'named')).toEqual(['Bad', 'NotFound']);
  });

  it('a handler that raises another exception replaces what it caught', () => {
    const body = `${HIERARCHY}def wrap(k: int) -> int:\n    try:\n        return pick(k)\n    except AppError:\n        raise ValueError("wrapped")\n`;
    expect(escapes(run(program(body, 'print(wrap(n))')), 'wrap')).toEqual(['ValueError']);
  });

  it('finally re-raises what reaches it', () => {
    const body = `${HIERARCHY}def f(k: int) -> int:\n    try:\n        return pick(k)\n    finally:\n        print("done")\n`;
    expect(escapes(run(program(body, 'print(f(n))')), 'f')).toEqual(['Bad', 'NotFound']);
  });
});
