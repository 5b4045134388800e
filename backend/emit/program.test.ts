// translate() of small whole programs: the emitted module must pass Binaryen's validation and
// the engine's, and running it (driver/run.ts runCaptured) must print what CPython 3.11 prints
// — classes with virtual methods, recursion, loops, exceptions caught and uncaught, sys.exit,
// and an RPython-style target() entry point with argv. Expected outputs are CPython's. Level 0
// (no Binaryen optimization) keeps these fast; backend/optimize.test.ts compares the levels.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { translate, type Translation } from '../../driver/pipeline.ts';
import { runCaptured } from '../../driver/run.ts';

function build(text: string, path = '/tmp/prog.py'): Translation {
  return translate(new SourceFile(path, text), { optimize: 0 });
}

const MIXED = `import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def __str__(self):
        return self.name + "(" + str(self.area()) + ")"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    def area(self):
        return math.pi * self.r * self.r


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1


shapes = [Circle(1.5), Rect(2.0, 3.5)]
total = 0.0
for s in shapes:
    print(s)
    total += s.area()
print("total", total > 14.0, int(total))
fibs = []
for i in range(15):
    fibs.append(fib(i))
print(fibs, len(fibs), fibs[-1])
print(collatz(27), safe_div(7, 2), safe_div(7, 0), -7 // 2, -7 % 3)
words = "the quick brown fox".split()
print(words, " ".join(words).upper(), len(words[2]))
print(1 / 3, 2.5e-7, 1e16, 10 ** 18, True and 3 > 2, None)
`;

const MIXED_OUTPUT = `circle(7.0685834705770345)
rect(7.0)
total True 14
[0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377] 15 377
111 3 -1 -4 2
['the', 'quick', 'brown', 'fox'] THE QUICK BROWN FOX 5
0.3333333333333333 2.5e-07 1e+16 1000000000000000000 True None
`;

describe('translate', () => {
  it('produces a module the engine accepts, with its program information and phase timings', () => {
    const translation = build('print("hi")\n');
    expect(WebAssembly.validate(translation.binary as BufferSource)).toBe(true);
    expect(translation.info.scriptPath).toBe('/tmp/prog.py');
    expect(translation.info.classNames).toContain('ValueError');
    expect(Object.keys(translation.timings)).toEqual(expect.arrayContaining(['parse', 'annotate', 'emit', 'validate', 'binary']));
    expect(translation.timings.optimize).toBeUndefined();
  });

  it('runs a program of classes, recursion, loops, lists, strings and caught exceptions as CPython does', async () => {
    const run = await runCaptured(build(MIXED));
    expect(run).toEqual({ status: 0, stdout: MIXED_OUTPUT, stderr: '' });
  });

  it('prints CPython\'s traceback for an uncaught exception, after the output so far, and exits with 1', async () => {
    const text = 'def last(xs):\n    return xs[len(xs)]\n\n\nprint("before")\nprint(last([1, 2, 3]))\nprint("after")\n';
    const run = await runCaptured(build(text, '/tmp/scratch/failing.py'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('before\n');
    expect(run.stderr).toBe(
      [
        'Traceback (most recent call last):',
        '  File "/tmp/scratch/failing.py", line 6, in <module>',
        '    print(last([1, 2, 3]))',
        '          ^^^^^^^^^^^^^^^',
        '  File "/tmp/scratch/failing.py", line 2, in last',
        '    return xs[len(xs)]',
        '           ~~^^^^^^^^^',
        'IndexError: list index out of range',
        '',
      ].join('\n'),
    );
  });

  it('exits with the status sys.exit() gives, after flushing both streams', async () => {
    const run = await runCaptured(build('import sys\nprint("out")\nprint("err", file=sys.stderr)\nsys.exit(4)\n'));
    expect(run).toEqual({ status: 4, stdout: 'out\n', stderr: 'err\n' });
  });

  it('runs a target() program: entry_point(argv) with the command line, its result the status', async () => {
    const text = [
      'import sys',
      '',
      '',
      'def entry_point(argv):',
      '    total = 0',
      '    i = 1',
      '    while i < len(argv):',
      '        total += int(argv[i])',
      '        i += 1',
      '    print(len(argv), total)',
      '    if total > 10:',
      '        sys.exit(3)',
      '    return 0',
      '',
      '',
      'def target(driver, args):',
      '    return entry_point, None',
      '',
    ].join('\n');
    const translation = build(text, '/tmp/target.py');
    expect(translation.analysis.entry.kind).toBe('target');
    expect(translation.analysis.entry.graph.name).toBe('entry_point');
    expect(await runCaptured(translation, ['2', '3'])).toEqual({ status: 0, stdout: '3 5\n', stderr: '' });
    expect(await runCaptured(translation, ['20'])).toEqual({ status: 3, stdout: '2 20\n', stderr: '' });
  });

  it('raises RecursionError past CPython\'s limit and collapses the repeated frames', async () => {
    const run = await runCaptured(build('def down(n):\n    return down(n + 1)\n\n\ndown(0)\n', '/tmp/deep.py'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('  [Previous line repeated 996 more times]\n');
    expect(run.stderr.endsWith('RecursionError: maximum recursion depth exceeded\n')).toBe(true);
  });
});
