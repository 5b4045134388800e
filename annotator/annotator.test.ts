// Annotations of small programs through driver/pipeline.ts analyze(): the types the fixpoint
// infers for recursive functions, loops, specialized functions, lists widened after they were
// read, module variables, attributes per class hierarchy, branches folded on constants and
// narrowed by isinstance()/`is not None`, and the located CompileErrors (code from
// diagnostics/catalog.ts, line of the offending code, notes) for programs it must refuse.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import type { FunctionGraph, Variable } from '../frontend/flowmodel.ts';
import { analyze, type Analysis } from '../driver/pipeline.ts';
import { CompileError } from '../diagnostics/diagnostic.ts';
import { Diag, type DiagnosticKind } from '../diagnostics/catalog.ts';
import { SomeInteger, SomeList, type SomeValue } from './model.ts';
import { checkGraph } from '../frontend/checkgraph.ts';

function run(text: string): Analysis {
  return analyze(new SourceFile('t.py', text));
}

function graphs(analysis: Analysis): Map<string, FunctionGraph> {
  return new Map(analysis.annotator.graphs.map((g) => [g.name, g]));
}

function graph(analysis: Analysis, name: string): FunctionGraph {
  const g = graphs(analysis).get(name);
  if (!g) throw new Error(`no graph ${name}; graphs: ${[...graphs(analysis).keys()].join(', ')}`);
  return g;
}

/** A variable's annotation as `wyrm annotate` prints it (never annotated: impossible). */
function typeOf(v: Variable): string {
  return String(v.annotation ?? 'impossible');
}

/** `(param types) -> return type` of a graph. */
function signature(g: FunctionGraph): string {
  return `(${g.startblock.inputargs.map(typeOf).join(', ')}) -> ${typeOf(g.getReturnVar())}`;
}

/** The diagnostic a program is refused with: its kind, 1-based line and message. */
function refusal(text: string): { kind: DiagnosticKind; line: number; message: string; noteLines: number[] } {
  try {
    run(text);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const [d] = error.diagnostics;
    return {
      kind: d!.kind,
      line: d!.source.lineOf(d!.span.start),
      message: d!.message,
      noteLines: d!.notes.map((n) => (n.source && n.span ? n.source.lineOf(n.span.start) : 0)),
    };
  }
  throw new Error('the program was not refused');
}

describe('functions', () => {
  it('annotates a recursive fib as int -> int, with one graph', () => {
    const analysis = run('def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\nprint(fib(10))\n');
    const fib = graph(analysis, 'fib');
    expect(signature(fib)).toBe('(int) -> int');
    expect(analysis.annotator.graphs.filter((g) => g.name.startsWith('fib'))).toHaveLength(1);
    const recursive = fib.iteroperations().filter((op) => op.opname === 'simple_call');
    expect(recursive).toHaveLength(2);
    for (const call of recursive) expect([...analysis.annotator.callTargets.get(call)!.values()]).toEqual([fib]);
  });

  it('annotates a float accumulated in a while loop', () => {
    const analysis = run('def total(n):\n    s = 0.0\n    i = 0\n    while i < n:\n        s += 0.5\n        i += 1\n    return s\nprint(total(4))\n');
    const total = graph(analysis, 'total');
    expect(signature(total)).toBe('(int) -> float');
    const header = total.startblock.exits[0]!.target;
    expect(Object.fromEntries(header.inputargs.map((v) => [v.nameHint, typeOf(v)]))).toEqual({ n: 'int', s: 'float', i: 'int' });
  });

  it('specializes a function called with an int and with a str into two graphs', () => {
    const analysis = run('def ident(x):\n    return x\nprint(ident(1))\nprint(ident("a"))\n');
    expect(signature(graph(analysis, 'ident'))).toBe('(int) -> int');
    expect(signature(graph(analysis, 'ident[str]'))).toBe('(str) -> str');
    const calls = analysis.moduleGraph.iteroperations().filter((op) => op.opname === 'simple_call' && analysis.annotator.callTargets.has(op));
    expect(calls.map((op) => [...analysis.annotator.callTargets.get(op)!.values()][0]!.name)).toEqual(['ident', 'ident[str]']);
  });

  it('reuses one graph for arguments whose types unite (int constants)', () => {
    const analysis = run('def double(x):\n    return x * 2\nprint(double(1))\nprint(double(-7))\n');
    expect([...graphs(analysis).keys()].filter((n) => n.startsWith('double'))).toEqual(['double']);
    expect(signature(graph(analysis, 'double'))).toBe('(int) -> int');
  });

  it('binds keywords and defaults to parameters', () => {
    const analysis = run('def scale(x, factor=2.0, *, offset=0.0):\n    return x * factor + offset\nprint(scale(1.5, offset=1.0))\n');
    expect(signature(graph(analysis, 'scale'))).toBe('(float, float, float) -> float');
  });

  it('gives a function that never returns an impossible result', () => {
    const analysis = run('def fail(msg):\n    raise ValueError(msg)\ndef main():\n    fail("x")\n    return 1\nmain()\n');
    expect(signature(graph(analysis, 'fail'))).toBe('(str) -> impossible');
    // The code after the call is unreachable: main never returns either.
    expect(typeOf(graph(analysis, 'main').getReturnVar())).toBe('impossible');
  });

  it('leaves graphs that still satisfy checkGraph after annotation', () => {
    const analysis = run('def f(xs):\n    t = 0\n    for x in xs:\n        if x > 2:\n            t += x\n    return t\nprint(f([1, 2, 3]))\n');
    for (const g of analysis.annotator.graphs) expect(() => checkGraph(g)).not.toThrow();
    expect(() => analysis.annotator.checkAll()).not.toThrow();
  });
});

describe('lists', () => {
  it('widens the item type of an empty list with append', () => {
    const analysis = run('def make():\n    xs = []\n    xs.append(1.5)\n    return xs\nprint(make())\n');
    expect(signature(graph(analysis, 'make'))).toBe('() -> list[float]');
  });

  it('re-flows a function that read the items before a later append widened them', () => {
    const analysis = run('def first(xs):\n    return xs[0]\nxs = [1]\nprint(first(xs))\nxs.append(-2)\n');
    const first = graph(analysis, 'first');
    const item = first.getReturnVar().annotation as SomeInteger;
    expect(item).toBeInstanceOf(SomeInteger);
    // [1] alone would give non-negative items; -2 arrived later and reached first() too.
    expect(item.nonneg).toBe(false);
    const list = first.startblock.inputargs[0]!.annotation as SomeList;
    expect((list.listdef.item.value as SomeInteger).nonneg).toBe(false);
  });

  it('gives a list the common base class of the instances it holds', () => {
    const analysis = run('class A:\n    pass\nclass B(A):\n    pass\nclass C(A):\n    pass\nxs = [B(), C()]\nprint(len(xs))\n');
    const newlist = analysis.moduleGraph.iteroperations().find((op) => op.opname === 'newlist')!;
    expect(typeOf(newlist.result)).toBe('list[A]');
  });
});

describe('module variables', () => {
  it('annotates a module variable with everything stored into it', () => {
    const analysis = run('counter = 0\ndef inc():\n    global counter\n    counter += 1\ninc()\nprint(counter)\n');
    const cells = analysis.annotator.bookkeeper.allGlobalCells();
    expect(cells.map((c) => [c.variable.name, String(c.value)])).toEqual([['counter', 'int']]);
    expect(signature(graph(analysis, 'inc'))).toBe('() -> None');
  });

  it('folds a module constant into the functions that read it', () => {
    const analysis = run('SCALE = 3\ndef f(x):\n    return x * SCALE\nprint(f(2))\n');
    expect(analysis.annotator.bookkeeper.allGlobalCells()).toEqual([]);
    expect(signature(graph(analysis, 'f'))).toBe('(int) -> int');
  });
});

describe('branches on constants', () => {
  it('follows only the taken side of `if __name__ == "__main__"`', () => {
    // The other side would be refused ('+' on str and int) if it were annotated.
    const analysis = run('if __name__ == "__main__":\n    print(1)\nelse:\n    print("a" + 1)\n');
    const module = analysis.moduleGraph;
    const printed = module.iteroperations().filter((op) => op.opname === 'simple_call');
    const annotated = printed.filter((op) => analysis.annotator.annotated.has(module.iterblocks().find((b) => b.operations.includes(op))!));
    expect(annotated).toHaveLength(1);
    expect(typeOf(module.startblock.exitswitch as Variable)).toBe('bool');
    expect((module.startblock.exitswitch as Variable).annotation).toMatchObject({ isConstant: true, constValue: true });
  });

  it('folds a branch on a constant argument inside the called function', () => {
    const analysis = run('def pick(n):\n    if n > 0:\n        return 1.5\n    return "never"\nprint(pick(1))\n');
    expect(signature(graph(analysis, 'pick'))).toBe('(int) -> float');
  });
});

describe('classes', () => {
  const shapes = [
    'class Shape:',
    '    def __init__(self, name):',
    '        self.name = name',
    'class Circle(Shape):',
    '    def __init__(self, r):',
    '        Shape.__init__(self, "circle")',
    '        self.r = r',
    'class Square(Shape):',
    '    def __init__(self, side):',
    '        Shape.__init__(self, "square")',
    '        self.side = side',
    'def area(s):',
    '    if isinstance(s, Circle):',
    '        return 3.0 * s.r * s.r',
    '    return 1.0',
    'shapes = [Circle(1.0), Square(2)]',
    'for s in shapes:',
    '    print(s.name, area(s))',
    '',
  ].join('\n');

  it('gives each attribute a type on the class that uses it', () => {
    const analysis = run(shapes);
    const attrs = Object.fromEntries(
      analysis.annotator.bookkeeper.allClassDefs().filter((d) => !d.desc.isBuiltin).map((d) => [d.name, Object.fromEntries([...d.attrs].map(([n, a]) => [n, String(a.value)]))]),
    );
    expect(attrs).toEqual({ Shape: { name: 'str' }, Circle: { r: 'float' }, Square: { side: 'int' } });
    expect(signature(graph(analysis, 'Circle.__init__'))).toBe('(Circle, float) -> None');
    expect(signature(graph(analysis, 'area'))).toBe('(Shape) -> float');
  });

  it('narrows a variable to the class isinstance() tested, in the true branch', () => {
    const analysis = run(shapes);
    const area = graph(analysis, 'area');
    const whenTrue = area.startblock.exits.find((l) => l.exitcase === true)!.target;
    const getattr = whenTrue.operations.find((op) => op.opname === 'getattr')!;
    expect(typeOf(getattr.args[0] as Variable)).toBe('Circle');
  });

  it('lets isinstance() exclude None before an attribute read', () => {
    const analysis = run(
      'import sys\nclass C:\n    def __init__(self, r):\n        self.r = r\ndef pick(n):\n    if n > 1:\n        return C(1.0)\n    return None\ndef f(s):\n    if isinstance(s, C):\n        return s.r\n    return 0.0\nprint(f(pick(len(sys.argv))))\n',
    );
    expect(signature(graph(analysis, 'f'))).toBe('(C or None) -> float');
  });

  it('lets `is not None` exclude None before an attribute read', () => {
    const analysis = run(
      'class Node:\n    def __init__(self, v, nxt):\n        self.v = v\n        self.nxt = nxt\nhead = Node(1, Node(2, None))\nn = head\nt = 0\nwhile n is not None:\n    t += n.v\n    n = n.nxt\nprint(t)\n',
    );
    const reads = analysis.moduleGraph.iteroperations().filter((op) => op.opname === 'getattr');
    expect(reads.map((op) => typeOf(op.args[0] as Variable))).toEqual(['Node', 'Node']);
    const nxt = analysis.annotator.bookkeeper.allClassDefs().find((d) => d.name === 'Node')!.attrs.get('nxt')!;
    expect(String(nxt.value)).toBe('Node or None');
  });
});

describe('refused programs', () => {
  it('a variable that is an int on one path and a str on another (W1201), with a note at the other', () => {
    const r = refusal('import sys\nmode = 0\nif len(sys.argv) > 1:\n    mode = "verbose"\nprint(mode)\n');
    expect(r.kind).toBe(Diag.TypeConflict);
    expect(r.line).toBe(4);
    expect(r.message).toBe("variable 'mode' is str here but int elsewhere; Wyrm needs one type for it");
    expect(r.noteLines).toEqual([2]);
  });

  it('an int meeting a float, with advice (W1201)', () => {
    const r = refusal('import sys\nx = 0\nif len(sys.argv) > 1:\n    x = 2.5\nprint(x)\n');
    expect(r.kind).toBe(Diag.TypeConflict);
    expect(r.message).toContain('write the int as a float');
  });

  it('a module variable stored with two types (W1201)', () => {
    const r = refusal('x = 0\ndef f():\n    global x\n    x = 1.5\nf()\n');
    expect(r.kind).toBe(Diag.TypeConflict);
    expect(r.line).toBe(4);
    expect(r.message).toBe("module variable 'x' is float here but int elsewhere; Wyrm needs one type for it");
    expect(r.noteLines).toEqual([1]);
  });

  it('a list item of another type (W1203), with a note at the list', () => {
    const r = refusal('values = [1, 2]\nvalues.append("three")\n');
    expect(r.kind).toBe(Diag.ListItemConflict);
    expect(r.line).toBe(2);
    expect(r.noteLines).toEqual([1]);
  });

  it('a function returning two types (W1204), at each return', () => {
    const r = refusal('import sys\ndef f(n):\n    if n > 1:\n        return n * 10\n    return "none"\nprint(f(len(sys.argv)))\n');
    expect(r.kind).toBe(Diag.ReturnConflict);
    // The false exit is followed first, so the str is known when the int arrives.
    expect(r.message).toBe('f() returns int here, but str elsewhere');
    expect(r.line).toBe(4);
    expect(r.noteLines).toEqual([5]);
  });

  it('a function returning a parameter and a str (W1204), at the return statement', () => {
    const r = refusal('import sys\ndef f(n):\n    if n > 1:\n        return n\n    return "none"\nprint(f(len(sys.argv)))\n');
    expect(r.kind).toBe(Diag.ReturnConflict);
    expect(r.line).toBe(4);
  });

  it('a conflict at a join after a dead input was removed (W1201), at the assignment', () => {
    const r = refusal('import sys\ndef f(n):\n    x = n\n    if n > 1:\n        x = "s"\n    return x\nprint(f(len(sys.argv)))\n');
    expect(r.kind).toBe(Diag.TypeConflict);
    expect(r.message).toBe("variable 'x' is str here but int elsewhere; Wyrm needs one type for it");
    expect(r.line).toBe(5);
  });

  it('an operation on types that do not support it (W0203)', () => {
    const r = refusal('import sys\nprint("n=" + len(sys.argv))\n');
    expect(r.kind).toBe(Diag.UnsupportedOperation);
    expect(r.message).toBe("unsupported operation '+' on str and int");
    expect(r.line).toBe(2);
  });

  it('a call missing an argument (W1301)', () => {
    const r = refusal('def area(w, h):\n    return w * h\n\nprint(area(3))\n');
    expect(r.kind).toBe(Diag.BadCall);
    expect(r.message).toBe("area() missing 1 required positional argument: 'h'");
    expect(r.line).toBe(4);
  });

  it('printing a value that may be a bool or an int (W1201)', () => {
    const r = refusal('import sys\nflag = True\nif len(sys.argv) > 1:\n    flag = 2\nprint(flag)\n');
    expect(r.kind).toBe(Diag.TypeConflict);
    expect(r.line).toBe(5);
  });

  it('an unsupported builtin (W0202) and an undefined name (W0301)', () => {
    expect(refusal('print(eval("1"))\n').kind).toBe(Diag.UnsupportedBuiltin);
    const undefined = refusal('def average(a, b):\n    return (a + b) / 2\nprint(averge(1, 2))\n');
    expect(undefined.kind).toBe(Diag.UndefinedName);
    expect(undefined.message).toBe("name 'averge' is not defined; did you mean 'average'?");
    expect(undefined.line).toBe(3);
  });
});

describe('the values annotations carry', () => {
  it('marks results computed from constants as constants', () => {
    const analysis = run('x = 2 + 3\nprint(x)\n');
    const add = analysis.moduleGraph.iteroperations().find((op) => op.opname === 'add')!;
    const s = add.result.annotation as SomeValue;
    expect(String(s)).toBe('int');
    expect((s as SomeInteger).nonneg).toBe(true);
  });
});
