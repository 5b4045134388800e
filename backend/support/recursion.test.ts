// The recursion depth as the first argument of every translated function (recursion.ts): a
// recursive function counts its frame in a parameter, with no global read or written per call,
// and RecursionError still comes at CPython's depth. The depth through method tables and the
// text of instances is tested against CPython by tests/programs/classes/recursion_through_text.py.

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
});
