// Calls with *args (starcall.ts) and the binder's TypeError messages, which a call with *args
// of a list raises at run time: CPython's order (keywords before the count of positional
// arguments) and words ("'a', 'b', and 'c'", "(and 1 keyword-only argument)").

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { analyze } from '../../driver/pipeline.ts';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import type { SpaceOperation } from '../../frontend/flowmodel.ts';
import { starListPlan } from './starcall.ts';

function refusal(text: string): string {
  try {
    analyze(new SourceFile('t.py', text));
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics[0]!.message;
    throw error;
  }
  throw new Error('the program was not refused');
}

/** The plan of the (one) call with *args of a list in the module's code. */
function planOf(text: string): ReturnType<typeof starListPlan> {
  const analysis = analyze(new SourceFile('t.py', text));
  const module = analysis.annotator.graphs.find((g) => g.name === '<module>')!;
  const ops: SpaceOperation[] = module.iterblocks().flatMap((b) => b.operations);
  return starListPlan(ops.find((op) => op.opname === 'call_args')!);
}

describe('the binder says what CPython says', () => {
  it('lists three missing arguments with a serial comma', () => {
    expect(refusal('def f(a, b, c):\n    return a\nf()\n')).toBe("f() missing 3 required positional arguments: 'a', 'b', and 'c'");
  });
  it('reports a keyword given twice before too many positional arguments', () => {
    expect(refusal('def f(a, b):\n    return a\nf(1, 2, 3, b=1)\n')).toBe("f() got multiple values for argument 'b'");
  });
  it('counts the keyword-only arguments given with too many positional ones', () => {
    expect(refusal('def g(a, *, k=1):\n    return a\ng(1, 2, k=3)\n')).toBe('g() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given');
  });
});

describe('calls with *args', () => {
  it('spreads a tuple into the positional arguments', () => {
    const analysis = analyze(new SourceFile('t.py', 'def f(a, b, c=0):\n    return a + b + c\nt = (1, 2)\nprint(f(*t), f(0, *t))\n'));
    const f = analysis.annotator.graphs.find((g) => g.name === 'f')!;
    expect(f.startblock.inputargs.map((v) => String(v.annotation))).toEqual(['int', 'int', 'int']);
  });
  it("records, for a list, which lengths the callee accepts and CPython's errors for the others", () => {
    const plan = planOf('def f(a, b=2):\n    return a + b\nxs = [1]\nprint(f(*xs))\n');
    expect(plan.outcomes).toEqual(["f() missing 1 required positional argument: 'a'", null, null]);
    expect(plan.tooMany).toBe('f() takes from 1 to 2 positional arguments but 3 were given');
  });
  it('refuses a list spread into a function with *args', () => {
    expect(refusal('def f(*a):\n    return len(a)\nxs = [1]\nprint(f(*xs))\n')).toMatch(/a function with a \*args parameter is not supported/);
  });
  it('refuses a value that is neither a tuple nor a list', () => {
    expect(refusal('def f(a):\n    return a\nprint(f(*"ab"))\n')).toBe('*args in a call needs a tuple or a list, not str');
  });
});
