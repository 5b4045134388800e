// The calling convention of translated functions (graphcall.ts): each returns its value and a
// raised status, and a caller tests the status of its one call instead of the exception global
// (what lets V8 keep a loop's values in registers around an inlined callee). The programs here
// raise through every kind of call: direct, method tables, __init__, library code, inside and
// outside try blocks, with the outputs CPython 3.11 prints.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { translate } from '../../driver/pipeline.ts';
import { runCaptured } from '../../driver/run.ts';

const LEAF_IN_LOOP = `
def ratio(i, j):
    return 1.0 / (i - j)


def total(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            if i != j:
                s += ratio(i, j)
    return s


print(total(50))
print(ratio(3, 3))
`;

const LEAF_IN_LOOP_STDERR = `Traceback (most recent call last):
  File "/tmp/leaf.py", line 16, in <module>
    print(ratio(3, 3))
          ^^^^^^^^^^^
  File "/tmp/leaf.py", line 3, in ratio
    return 1.0 / (i - j)
           ~~~~^~~~~~~~~
ZeroDivisionError: float division by zero
`;

const SHAPES_STDOUT = "skipped: negative size -2\n[1, 9, -1]\n[1, 2, 3]\nbad: invalid literal for int() with base 10: 'x1'\n";

const SHAPES_STDERR = `Traceback (most recent call last):
  File "/tmp/shapes.py", line 46, in <module>
    print(areas([Square(5), Square(500)]))
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/tmp/shapes.py", line 23, in areas
    out.append(s.area())
               ^^^^^^^^
  File "/tmp/shapes.py", line 15, in area
    raise OverflowError("too big")
OverflowError: too big
`;

describe('the raised status of translated functions', () => {
  it('is returned after the value, and the caller of one call tests it rather than the global', () => {
    const translation = translate(new SourceFile('/tmp/leaf.py', LEAF_IN_LOOP), { text: true, names: true, optimize: 1 });
    const text = translation.text!;
    expect(text).toMatch(/\(func \$py:ratio .*\(result f64 i32\)/);
    const total = text.slice(text.indexOf('(func $py:total '), text.indexOf('\n (func ', text.indexOf('(func $py:total ') + 1));
    expect(total).toContain('call $py:ratio');
    expect(total).toContain('tuple.extract 2 1');
    expect(total).not.toContain('global.get $exc');
  });

  it('keeps what the program prints, and its traceback', async () => {
    const translation = translate(new SourceFile('/tmp/leaf.py', LEAF_IN_LOOP));
    expect(await runCaptured(translation)).toEqual({ status: 1, stdout: '-2.220446049250313e-16\n', stderr: LEAF_IN_LOOP_STDERR });
  });

  it('propagates through method tables, __init__, library code and try blocks', async () => {
    const program = `
class Shape:
    def __init__(self, size):
        if size < 0:
            raise ValueError("negative size " + str(size))
        self.size = size

    def area(self):
        raise NotImplementedError("area")


class Square(Shape):
    def area(self):
        if self.size > 100:
            raise OverflowError("too big")
        return self.size * self.size


def areas(shapes):
    out = []
    for s in shapes:
        try:
            out.append(s.area())
        except NotImplementedError as e:
            out.append(-1)
    return out


def build(sizes):
    made = []
    for n in sizes:
        try:
            made.append(Square(n))
        except ValueError as e:
            print("skipped:", e)
    return made


shapes = build([1, -2, 3]) + [Shape(4)]
print(areas(shapes))
print(sorted([int(t) for t in "3 1 2".split()]))
try:
    print(int("x1"))
except ValueError as e:
    print("bad:", e)
print(areas([Square(5), Square(500)]))
`;
    const translation = translate(new SourceFile('/tmp/shapes.py', program));
    const result = await runCaptured(translation);
    expect(result).toEqual({ status: 1, stdout: SHAPES_STDOUT, stderr: SHAPES_STDERR });
  });
});
