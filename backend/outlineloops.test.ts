// outline-loop-bodies (outlineloops.ts) must not change what a program does. main() runs once,
// so the body of each of its outermost loops becomes a function of its own; this program leaves
// those bodies in every way a body can: continue, break from a nested loop, while/else, a
// return from a nested loop (in find(), also called once), an exception caught outside the
// loop, and one that escapes with a traceback through the outlined body (the OverflowError of
// Wyrm's 64-bit ints, its one deliberate difference from CPython).

import { expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { translate } from '../driver/pipeline.ts';
import { runCaptured } from '../driver/run.ts';

const PROGRAM = `def find(grid, target):
    for r in range(len(grid)):
        row = grid[r]
        for c in range(len(row)):
            if row[c] == target:
                return (r, c)
    return (-1, -1)


def main(n):
    total = 0
    last = -1
    seen = []
    for i in range(n):
        if i % 3 == 0:
            continue
        k = 0
        while k < i:
            if k * i > 40:
                break
            total += k * i
            k += 1
        else:
            last = i
        if i > 12:
            break
        seen.append(k)
    print(total, last, seen)
    grid = [[i * 5 + j for j in range(5)] for i in range(5)]
    print(find(grid, 13), find(grid, 99))
    caught = 0
    for i in range(6):
        try:
            for j in range(3):
                if i == 4 and j == 1:
                    raise ValueError("at " + str(i))
                caught += 1
        except ValueError as e:
            print("caught", e, caught)
    acc = 1
    for i in range(50):
        for j in range(2):
            acc = acc * 3 + j
    print(acc)


main(20)
`;

const STDOUT = `545 5 [1, 2, 4, 5, 6, 6, 5, 4]
(2, 3) (-1, -1)
caught at 4 13
`;

const STDERR = `Traceback (most recent call last):
  File "/tmp/outline.py", line 47, in <module>
    main(20)
  File "/tmp/outline.py", line 43, in main
    acc = acc * 3 + j
          ~~~~^~~
OverflowError: integer result does not fit in 64 bits
`;

it('outlines the loop bodies of functions that run once, keeping what the program does', async () => {
  const source = new SourceFile('/tmp/outline.py', PROGRAM);
  const translation = translate(source, { text: true, names: true });
  const outlined = translation.text!.match(/\(func \$py:(main|find)\$body\d+/g) ?? [];
  expect(outlined.length).toBeGreaterThanOrEqual(4);
  expect(await runCaptured(translation)).toEqual({ status: 1, stdout: STDOUT, stderr: STDERR });
  const plain = translate(source, { optimize: 1 });
  expect(await runCaptured(plain)).toEqual({ status: 1, stdout: STDOUT, stderr: STDERR });
});

// An outlined body replays its iterations in chunks (1, 2, 4, ... up to 1024 per call), so the
// values its locals carry from one iteration to the next must survive both the replays inside
// a call and the calls: a loop of 5000 iterations crosses every chunk size, and each loop here
// ends or continues at an iteration that falls inside a chunk.
const CHUNKED = `def main(n):
    a = 1
    b = 0
    evens = 0
    for i in range(n):
        a, b = b, (a + b) % 1000003
        if i % 2 == 1:
            continue
        evens += 1
    print(a, b, evens)
    k = 0
    found = -1
    while True:
        k += 1
        if k * k > 3000000:
            found = k
            break
    print(found)
    total = 0
    for i in range(n):
        for j in range(3):
            total += i ^ j
        if total > 10000000:
            print("stopped at", i)
            return total
    return total


print(main(5000))
`;

it('replays an outlined body in chunks, carrying its locals across replays and calls', async () => {
  const source = new SourceFile('/tmp/chunked.py', CHUNKED);
  const translation = translate(source, { text: true, names: true });
  expect(translation.text).toMatch(/\(global \$py:main\$body\d+\$chunk \(mut i32\) \(i32\.const 1\)\)/);
  expect(translation.text).toMatch(/\(loop \$py:main\$body\d+\$again/);
  const stdout = '860837 332737 2500\n1733\nstopped at 2582\n10003962\n';
  expect(await runCaptured(translation)).toEqual({ status: 0, stdout, stderr: '' });
  expect(await runCaptured(translate(source, { optimize: 1 }))).toEqual({ status: 0, stdout, stderr: '' });
});
