// The recursion depth as the first argument of every translated function (recursion.ts): a
// recursive function counts its frame in a parameter, with no global read or written per call,
// and RecursionError still comes at CPython's depth, through direct calls, method tables and
// the text of instances that support code asks for.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { translate } from '../../driver/pipeline.ts';
import { runCaptured } from '../../driver/run.ts';

const COUNTDOWN = `
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


def leaf(n):
    return n * 2


def deepest(n):
    try:
        return down(n)
    except RecursionError:
        return -1


for n in [10, 997, 998, 2000]:
    print(n, deepest(n), leaf(n))
`;

const TEXT_AND_METHODS = `
class Node:
    def __init__(self, inner):
        self.inner = inner

    def __str__(self):
        if self.inner is None:
            return "."
        return "(" + str(self.inner) + ")"


class Base:
    def walk(self, n):
        return 0


class Deep(Base):
    def walk(self, n):
        return 0 if n == 0 else 1 + self.walk(n - 1)


def nest(n):
    node = Node(None)
    for i in range(n):
        node = Node(node)
    return node


def text_fits(n):
    try:
        return len(str(nest(n)))
    except RecursionError:
        return -1


def below(frames, n):
    if frames == 0:
        return text_fits(n)
    return below(frames - 1, n)


def walked(obj, n):
    try:
        return obj.walk(n)
    except RecursionError:
        return -1


objs = [Base(), Deep()]
print(nest(2))
for frames, n in [(0, 3), (0, 497), (0, 498), (100, 447), (100, 448)]:
    print(frames, n, below(frames, n))
for n in [996, 997, 998]:
    print(n, walked(objs[0], n), walked(objs[1], n))
`;

/** The body of the function named `name` in the module's text. */
function functionText(text: string, name: string): string {
  const start = text.indexOf(`(func ${name} `);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n (func ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('the recursion depth', () => {
  it('comes first to every translated function and is counted without the global', () => {
    const text = translate(new SourceFile('/tmp/countdown.py', COUNTDOWN), { text: true, names: true, optimize: 1 }).text!;
    const down = functionText(text, '$py:down');
    expect(down).toMatch(/^\(func \$py:down \(type \$\d+\) \(param \$0 i32\) \(param \$1 i64\)/);
    expect(down).toContain('(i32.const 1000)');
    expect(down).not.toContain('$depth');
    // A leaf only compares the depth it is given.
    const leaf = functionText(text, '$py:leaf');
    expect(leaf).toContain('(i32.ge_s\n');
    expect(leaf).not.toContain('$depth');
  });

  it('raises RecursionError where CPython does, and the program goes on', async () => {
    const run = await runCaptured(translate(new SourceFile('/tmp/countdown.py', COUNTDOWN)));
    expect(run).toEqual({ status: 0, stdout: '10 10 20\n997 997 1994\n998 -1 1996\n2000 -1 4000\n', stderr: '' });
  });

  it('counts str() of an instance as a frame, as CPython does, and method tables pass it on', async () => {
    const run = await runCaptured(translate(new SourceFile('/tmp/text.py', TEXT_AND_METHODS)));
    expect(run).toEqual({ status: 0, stdout: '((.))\n0 3 7\n0 497 995\n0 498 -1\n100 447 895\n100 448 -1\n996 0 996\n997 0 997\n998 0 -1\n', stderr: '' });
  });
});
