// The optimization levels (optimize.ts: 0 none, 1 quick passes, 2-3 Wyrm's pass list, 4
// Binaryen's full -O3) must never change what a program does: one small program that touches
// integers and overflow checks, floats, strings, lists, a class with a virtual method, caught
// exceptions and finally an uncaught one (whose traceback depends on site numbers surviving
// the passes) is translated at every level and must print the same output: CPython's, except
// the last line, where Wyrm's 64-bit ints raise OverflowError (its one deliberate difference).

import { expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { translate } from '../driver/pipeline.ts';
import { runCaptured, type CapturedRun } from '../driver/run.ts';

const PROGRAM = `class Animal:
    def sound(self):
        return "..."


class Dog(Animal):
    def sound(self):
        return "woof"


def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)


def checked(n):
    try:
        return 100 // n
    except ZeroDivisionError:
        return -1


animals = [Animal(), Dog()]
for a in animals:
    print(a.sound())
values = []
for i in range(6):
    values.append(i * 1.5)
print(mean(values), values[-1], str(len(values)) + "!")
print(checked(7), checked(0), 2 ** 62, -17 % 5, 7 // -2)
big = 4611686018427387904
print(big * 2)
`;

const STDOUT = `...
woof
3.75 7.5 6!
14 -1 4611686018427387904 3 -4
`;

const STDERR = `Traceback (most recent call last):
  File "/tmp/levels.py", line 34, in <module>
    print(big * 2)
          ~~~~^~~
OverflowError: integer result does not fit in 64 bits
`;

it('gives the same program output at every optimization level', async () => {
  const source = new SourceFile('/tmp/levels.py', PROGRAM);
  const runs: CapturedRun[] = [];
  for (const level of [0, 1, 2, 3, 4]) {
    const translation = translate(source, { optimize: level });
    expect(translation.timings.optimize === undefined).toBe(level === 0);
    runs.push(await runCaptured(translation));
  }
  for (const run of runs) expect(run).toEqual({ status: 1, stdout: STDOUT, stderr: STDERR });
});
