// The programs the benchmark times, written once against a lowering style (styles.ts), each with
// the Python it stands for. Like Wyrm's output, every function counts the recursion depth, `+`
// and `-` on ints test for overflow (raising OverflowError inline), and every call to a function
// that may raise is followed by the style's propagation code. Other checks Wyrm would emit (the
// zero test of `%`, Python's modulo sign fix-up) are the same in every style and left out.
// Traceback sites are small numbers, as in Wyrm's site table.

import { Fn, OVERFLOW_ERROR, ret, VALUE_ERROR, type Style } from './styles.ts';

/** `target = a + b` (or `a - b`) with Wyrm's overflow test; `a` and `b` are pure expressions. */
function arith(style: Style, f: Fn, op: 'add' | 'sub', target: string, a: string, b: string, site: number): string[] {
  const r = f.local(f.fresh('r'));
  const overflow =
    op === 'add'
      ? `(i64.lt_s (i64.and (i64.xor (local.get ${r}) ${a}) (i64.xor (local.get ${r}) ${b})) (i64.const 0))`
      : `(i64.lt_s (i64.and (i64.xor ${a} ${b}) (i64.xor ${a} (local.get ${r}))) (i64.const 0))`;
  return [`(local.set ${r} (i64.${op} ${a} ${b}))`, `(if ${overflow} (then ${style.raise(f, OVERFLOW_ERROR, site).join(' ')}))`, `(local.set ${target} (local.get ${r}))`];
}

/** `for i in range(n): body` (the range loop needs no overflow test). */
function forRange(f: Fn, i: string, n: string, body: string[]): string[] {
  const exit = f.label('done');
  const top = f.label('loop');
  return [
    `(local.set ${i} (i64.const 0))`,
    `(block ${exit} (loop ${top}
        (br_if ${exit} (i64.ge_s (local.get ${i}) ${n}))
        ${body.join('\n        ')}
        (local.set ${i} (i64.add (local.get ${i}) (i64.const 1)))
        (br ${top})))`,
  ];
}

const get = (local: string): string => `(local.get ${local})`;

export type ModuleId = 'fib' | 'loop' | 'raise' | 'deep';

/** A module of the benchmark: its Python and its functions in a given style. */
export interface Workload {
  id: ModuleId;
  python: string;
  functions(style: Style): string[];
}

export const WORKLOADS: readonly Workload[] = [
  {
    id: 'fib',
    python: `def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def run_fib(n: int) -> int:
    try:
        r = fib(n)
    except ValueError:
        return -1
    return r`,
    functions(style) {
      const fib = new Fn('fib', ['n']);
      const [t, a, b, r] = ['t', 'a', 'b', 'result'].map((n) => fib.local(n)) as [string, string, string, string];
      const fibBody = [
        `(if (i64.lt_s (local.get $n) (i64.const 2)) (then ${ret('(local.get $n)').join(' ')}))`,
        ...arith(style, fib, 'sub', t, '(local.get $n)', '(i64.const 1)', 3),
        ...style.call(fib, a, 'fib', [get(t)], 1),
        ...arith(style, fib, 'sub', t, '(local.get $n)', '(i64.const 2)', 4),
        ...style.call(fib, b, 'fib', [get(t)], 2),
        ...arith(style, fib, 'add', r, get(a), get(b), 5),
        ...ret(get(r)),
      ];
      const run = new Fn('run_fib', ['n']);
      const value = run.local('value');
      const runBody = [...style.tryCall(run, value, 'fib', ['(local.get $n)'], 6, VALUE_ERROR, ret('(i64.const -1)'), []), ...ret(get(value))];
      return [style.func(fib, fibBody), style.func(run, runBody)];
    },
  },
  {
    id: 'loop',
    python: `def small(i: int) -> int:
    if i < 0:
        raise ValueError("x")
    return i & 7

def loop(n: int) -> int:
    acc = 0
    for i in range(n):
        acc += small(i)
    return acc

def run_loop(n: int) -> int:          # the handler is one frame up
    try:
        r = loop(n)
    except ValueError:
        return -1
    return r

def run_loop_try(n: int) -> int:      # a try around each call
    acc = 0
    for i in range(n):
        try:
            v = small(i)
        except ValueError:
            v = -1
        acc += v
    return acc`,
    functions(style) {
      const small = new Fn('small', ['i']);
      const smallBody = [
        `(if (i64.lt_s (local.get $i) (i64.const 0)) (then ${style.raise(small, VALUE_ERROR.first, 10).join(' ')}))`,
        ...ret('(i64.and (local.get $i) (i64.const 7))'),
      ];
      const loop = new Fn('loop', ['n']);
      const [acc, i, v] = ['acc', 'i', 'v'].map((n) => loop.local(n)) as [string, string, string];
      const loopBody = [
        `(local.set ${acc} (i64.const 0))`,
        ...forRange(loop, i, '(local.get $n)', [...style.call(loop, v, 'small', [get(i)], 11), ...arith(style, loop, 'add', acc, get(acc), get(v), 12)]),
        ...ret(get(acc)),
      ];
      const run = new Fn('run_loop', ['n']);
      const value = run.local('value');
      const runBody = [...style.tryCall(run, value, 'loop', ['(local.get $n)'], 13, VALUE_ERROR, ret('(i64.const -1)'), []), ...ret(get(value))];
      const tryLoop = new Fn('run_loop_try', ['n']);
      const [acc2, i2, v2] = ['acc', 'i', 'v'].map((n) => tryLoop.local(n)) as [string, string, string];
      const tryLoopBody = [
        `(local.set ${acc2} (i64.const 0))`,
        ...forRange(tryLoop, i2, '(local.get $n)', [
          ...style.tryCall(tryLoop, v2, 'small', [get(i2)], 14, VALUE_ERROR, [`(local.set ${v2} (i64.const -1))`], []),
          ...arith(style, tryLoop, 'add', acc2, get(acc2), get(v2), 15),
        ]),
        ...ret(get(acc2)),
      ];
      return [style.func(small, smallBody), style.func(loop, loopBody), style.func(run, runBody), style.func(tryLoop, tryLoopBody)];
    },
  },
  {
    id: 'raise',
    python: `def maybe(i: int, every: int) -> int:
    if i % every == 0:
        raise ValueError("x")
    return i

def run_raise(n: int, every: int) -> int:
    acc = 0
    for i in range(n):
        try:
            v = maybe(i, every)
        except ValueError:
            v = -1
        acc += v
    return acc`,
    functions(style) {
      const maybe = new Fn('maybe', ['i', 'every']);
      const maybeBody = [
        `(if (i64.eqz (i64.rem_s (local.get $i) (local.get $every))) (then ${style.raise(maybe, VALUE_ERROR.first, 20).join(' ')}))`,
        ...ret('(local.get $i)'),
      ];
      const run = new Fn('run_raise', ['n', 'every']);
      const [acc, i, v] = ['acc', 'i', 'v'].map((n) => run.local(n)) as [string, string, string];
      const runBody = [
        `(local.set ${acc} (i64.const 0))`,
        ...forRange(run, i, '(local.get $n)', [
          ...style.tryCall(run, v, 'maybe', [get(i), '(local.get $every)'], 21, VALUE_ERROR, [`(local.set ${v} (i64.const -1))`], []),
          ...arith(style, run, 'add', acc, get(acc), get(v), 22),
        ]),
        ...ret(get(acc)),
      ];
      return [style.func(maybe, maybeBody), style.func(run, runBody)];
    },
  },
  {
    id: 'deep',
    python: `def down(d: int) -> int:
    if d == 0:
        raise ValueError("x")
    return down(d - 1) + 1

def run_deep(reps: int, d: int) -> int:
    acc = 0
    for r in range(reps):
        try:
            v = down(d)
        except ValueError:
            v = 1
        acc += v
    return acc`,
    functions(style) {
      const down = new Fn('down', ['d']);
      const [t, v, r] = ['t', 'v', 'result'].map((n) => down.local(n)) as [string, string, string];
      const downBody = [
        `(if (i64.eqz (local.get $d)) (then ${style.raise(down, VALUE_ERROR.first, 30).join(' ')}))`,
        ...arith(style, down, 'sub', t, '(local.get $d)', '(i64.const 1)', 31),
        ...style.call(down, v, 'down', [get(t)], 32),
        ...arith(style, down, 'add', r, get(v), '(i64.const 1)', 33),
        ...ret(get(r)),
      ];
      const run = new Fn('run_deep', ['reps', 'd']);
      const [acc, i, v2] = ['acc', 'i', 'v'].map((n) => run.local(n)) as [string, string, string];
      const runBody = [
        `(local.set ${acc} (i64.const 0))`,
        ...forRange(run, i, '(local.get $reps)', [
          ...style.tryCall(run, v2, 'down', ['(local.get $d)'], 34, VALUE_ERROR, [`(local.set ${v2} (i64.const 1))`], []),
          ...arith(style, run, 'add', acc, get(acc), get(v2), 35),
        ]),
        ...ret(get(acc)),
      ];
      return [style.func(down, downBody), style.func(run, runBody)];
    },
  },
];
