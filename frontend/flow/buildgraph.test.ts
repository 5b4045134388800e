// Unit tests of the flow-graph builder (buildgraph.ts with builder.ts, statements.ts and
// expressions.ts): small Python functions are parsed, scanned and built, and the structure of
// their graphs is checked — the bool switch and join of an if/else, the inputs of a while
// loop's header, the `next` and StopIteration exit of a for loop, the definedness flag and
// `check_bound` of a name assigned on some paths only, module constants folded into the graph,
// conditions with `and`/`or`/`not` that branch without joining values, and the errors the
// builder raises. The shapes asserted are the ones docs/ARCHITECTURE.md promises.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../source.ts';
import { parseModule } from '../parser/parse.ts';
import { scanModule } from './modulescan.ts';
import { buildFunctionGraph, buildModuleGraph, parameterNames } from './buildgraph.ts';
import { Block, Constant, FunctionGraph, LAST_EXCEPTION, UNDEFINED, Variable, type Hlvalue, type Link } from '../flowmodel.ts';
import { Builtin, GlobalVariable, type PyClass, type PyModule } from '../program.ts';
import { BUILTIN_EXCEPTIONS } from '../builtins.ts';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';

function moduleOf(text: string): PyModule {
  const source = new SourceFile('t.py', text);
  return scanModule('__main__', source, parseModule(source));
}

/** The graph of the module-level function `name` in `text`. */
function graphOf(text: string, name: string): FunctionGraph {
  const module = moduleOf(text);
  const binding = module.bindings.get(name);
  if (binding?.kind !== 'function') throw new Error(`${name} is not a module-level function`);
  return buildFunctionGraph(binding.func);
}

function opnames(graph: FunctionGraph): string[] {
  return graph.iteroperations().map((op) => op.opname);
}

/** Every link entering `block`. */
function incoming(graph: FunctionGraph, block: Block): Link[] {
  return graph.iterlinks().filter((link) => link.target === block);
}

function constantValues(values: Hlvalue[]): unknown[] {
  return values.map((v) => (v instanceof Constant ? v.value : v));
}

/** The blocks where two or more paths meet (the final blocks excluded). */
function joins(graph: FunctionGraph): Block[] {
  return graph.iterblocks().filter((b) => !b.isFinal && incoming(graph, b).length > 1);
}

/** The error a build throws, as a CompileError. */
function buildError(work: () => unknown): CompileError {
  try {
    work();
  } catch (error) {
    if (error instanceof CompileError) return error;
    throw error;
  }
  throw new Error('expected a CompileError');
}

describe('if/else', () => {
  const text = 'def f(x):\n    if x > 0:\n        y = 1\n    else:\n        y = 2\n    return y\n';

  it('ends the start block with a switch on the truth of the test, false exit first', () => {
    const graph = graphOf(text, 'f');
    const start = graph.startblock;
    expect(start.inputargs.map((v) => v.nameHint)).toEqual(['x']);
    expect(start.operations.map((op) => op.opname)).toEqual(['gt', 'bool']);
    const [gt, truth] = start.operations;
    expect(gt!.args[0]).toBe(start.inputargs[0]);
    expect(constantValues(gt!.args.slice(1))).toEqual([0n]);
    expect(truth!.args).toEqual([gt!.result]);
    expect(start.exitswitch).toBe(truth!.result);
    expect(start.exits.map((l) => l.exitcase)).toEqual([false, true]);
  });

  it('joins both paths in a block with one input for the name they assign differently', () => {
    const graph = graphOf(text, 'f');
    const [join] = joins(graph);
    expect(joins(graph)).toHaveLength(1);
    expect(join!.inputargs.map((v) => v.nameHint)).toEqual(['y']);
    expect(incoming(graph, join!).map((l) => constantValues(l.args)).sort()).toEqual([[1n], [2n]]);
    expect(join!.exits[0]!.target).toBe(graph.returnblock);
    expect(join!.exits[0]!.args).toEqual(join!.inputargs);
  });

  it('needs no definedness flag for a name assigned on every path', () => {
    const graph = graphOf(text, 'f');
    expect(opnames(graph)).not.toContain('check_bound');
    expect(graph.iterblocks().flatMap((b) => b.inputargs).map((v) => v.nameHint)).not.toContain('y?');
  });

  it('builds no join when both branches return', () => {
    const graph = graphOf('def f(x):\n    if x:\n        return 1\n    else:\n        return 2\n', 'f');
    expect(joins(graph)).toEqual([]);
    expect(incoming(graph, graph.returnblock).map((l) => constantValues(l.args)).sort()).toEqual([[1n], [2n]]);
  });
});

describe('while loops', () => {
  const text = 'def g(n):\n    i = 0\n    s = 0\n    while i < n:\n        s += i\n        i += 1\n    return s\n';

  it('enters a header block with an input for every variable the loop may change', () => {
    const graph = graphOf(text, 'g');
    const header = graph.startblock.exits[0]!.target;
    expect(header.inputargs.map((v) => v.nameHint)).toEqual(['n', 'i', 's']);
    expect(constantValues(graph.startblock.exits[0]!.args)).toEqual([graph.startblock.inputargs[0], 0n, 0n]);
    expect(header.operations.map((op) => op.opname)).toEqual(['lt', 'bool']);
    expect(header.exitswitch).toBe(header.operations[1]!.result);
  });

  it('returns to the header from the end of the body with the updated values', () => {
    const graph = graphOf(text, 'g');
    const header = graph.startblock.exits[0]!.target;
    const backEdges = incoming(graph, header).filter((l) => l.prevblock !== graph.startblock);
    expect(backEdges).toHaveLength(1);
    const body = backEdges[0]!.prevblock!;
    expect(body.operations.map((op) => op.opname)).toEqual(['inplace_add', 'inplace_add']);
    const [sNew, iNew] = body.operations.map((op) => op.result);
    expect(backEdges[0]!.args).toEqual([body.inputargs[0], iNew, sNew]);
  });

  it('leaves the loop on the false exit, carrying what follows the loop needs', () => {
    const graph = graphOf(text, 'g');
    const header = graph.startblock.exits[0]!.target;
    const exit = header.exits.find((l) => l.exitcase === false)!;
    expect(exit.args).toEqual([header.inputargs[2]]);
    expect(exit.target.exits[0]!.target).toBe(graph.returnblock);
  });

  it('gives a header input a definedness flag when the name is first bound inside the loop', () => {
    const graph = graphOf('def h(n):\n    while n > 0:\n        last = n\n        n -= 1\n    return last\n', 'h');
    const header = graph.startblock.exits[0]!.target;
    expect(header.inputargs.map((v) => v.nameHint)).toEqual(['n', 'last', 'last?']);
    expect(constantValues(graph.startblock.exits[0]!.args)).toEqual([graph.startblock.inputargs[0], UNDEFINED, false]);
    expect(opnames(graph)).toContain('check_bound');
  });

  it('keeps constants that the loop never changes out of the header', () => {
    const graph = graphOf('def h(n):\n    k = 3\n    while n > k:\n        n -= 1\n    return n\n', 'h');
    const header = graph.startblock.exits[0]!.target;
    expect(header.inputargs.map((v) => v.nameHint)).toEqual(['n']);
    expect(constantValues(header.operations[0]!.args.slice(1))).toEqual([3n]);
  });
});

describe('for loops', () => {
  const text = 'def h(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n';

  it('calls iter before the loop and next in the header, whose StopIteration exit leaves the loop', () => {
    const graph = graphOf(text, 'h');
    expect(graph.startblock.operations.map((op) => op.opname)).toEqual(['iter']);
    const header = graph.startblock.exits[0]!.target;
    const next = header.operations.at(-1)!;
    expect(next.opname).toBe('next');
    expect(next.args).toContain(header.inputargs.find((v) => v.nameHint.includes('iter')));
    expect(header.exitswitch).toBe(LAST_EXCEPTION);
    expect(header.exits.map((l) => l.exitcase)).toEqual([null, BUILTIN_EXCEPTIONS.get('StopIteration')]);
    const stop = header.exits[1]!;
    expect(stop.args).not.toContain(next.result);
    expect(stop.target.exits[0]!.target).toBe(graph.returnblock);
  });

  it('binds the loop target from the result of next on the normal exit', () => {
    const graph = graphOf(text, 'h');
    const header = graph.startblock.exits[0]!.target;
    const normal = header.exits[0]!;
    const index = normal.args.indexOf(header.operations.at(-1)!.result);
    expect(index).toBeGreaterThanOrEqual(0);
    const body = normal.target;
    const add = body.operations.find((op) => op.opname === 'inplace_add')!;
    expect(add.args[1]).toBe(body.inputargs[index]);
    expect(body.exits[0]!.target).toBe(header);
  });
});

describe('names assigned on some paths only', () => {
  const text = 'def k(c):\n    if c:\n        z = 1\n    return z\n';

  it('carry a definedness flag into the join: the UNDEFINED constant and False on the other path', () => {
    const graph = graphOf(text, 'k');
    const [join] = joins(graph);
    expect(join!.inputargs.map((v) => v.nameHint)).toEqual(['z', 'z?']);
    expect(incoming(graph, join!).map((l) => constantValues(l.args))).toEqual(
      expect.arrayContaining([[UNDEFINED, false], [1n, true]]),
    );
  });

  it('check the flag with check_bound when read', () => {
    const graph = graphOf(text, 'k');
    const [join] = joins(graph);
    const check = join!.operations[0]!;
    expect(check.opname).toBe('check_bound');
    expect(check.args[0]).toBe(join!.inputargs[1]);
    expect(constantValues(check.args.slice(1))).toEqual(['z']);
    expect(join!.exits[0]!.args).toEqual([join!.inputargs[0]]);
  });

  it('check the flag only once when read twice', () => {
    const graph = graphOf('def k(c):\n    if c:\n        z = 1\n    print(z)\n    return z\n', 'k');
    expect(opnames(graph).filter((n) => n === 'check_bound')).toHaveLength(1);
  });

  it('read before any assignment, check the constant False (UnboundLocalError at run time)', () => {
    const graph = graphOf('def u():\n    print(z)\n    z = 1\n', 'u');
    const check = graph.startblock.operations[0]!;
    expect(check.opname).toBe('check_bound');
    expect(constantValues(check.args)).toEqual([false, 'z']);
  });
});

describe('module names in function graphs', () => {
  it('folds a module constant into the operation that reads it', () => {
    const graph = graphOf('N = 10\ndef m():\n    return N + 1\n', 'm');
    expect(opnames(graph)).toEqual(['add']);
    expect(constantValues(graph.startblock.operations[0]!.args)).toEqual([10n, 1n]);
  });

  it('folds module functions, builtins and imported members into constants', () => {
    const graph = graphOf('from math import sqrt\ndef one():\n    return 1.0\ndef m(x):\n    return sqrt(len(x) + one())\n', 'm');
    const calls = graph.iteroperations().filter((op) => op.opname === 'simple_call');
    const callees = calls.map((op) => (op.args[0] as Constant).value);
    expect(callees.map((c) => (c instanceof Builtin ? c.name : (c as { qualname: string }).qualname))).toEqual(['len', 'one', 'math.sqrt']);
  });

  it('reads and writes a module variable that a function rebinds with getglobal and setglobal', () => {
    const text = 'counter = 0\ndef inc():\n    global counter\n    counter += 1\n';
    const graph = graphOf(text, 'inc');
    expect(opnames(graph)).toEqual(['getglobal', 'inplace_add', 'setglobal']);
    const [get, , set] = graph.startblock.operations;
    const variable = (get!.args[0] as Constant).value as GlobalVariable;
    expect(variable).toBeInstanceOf(GlobalVariable);
    expect(variable.name).toBe('counter');
    expect((set!.args[0] as Constant).value).toBe(variable);
    expect(set!.args[1]).toBe(graph.startblock.operations[1]!.result);
  });

  it('folds __name__ in the module graph, so the main guard compares two constants', () => {
    const module = moduleOf('if __name__ == "__main__":\n    print(1)\n');
    const graph = buildModuleGraph(module);
    expect(graph.name).toBe('<module>');
    expect(graph.startblock.inputargs).toEqual([]);
    const eq = graph.startblock.operations[0]!;
    expect(eq.opname).toBe('eq');
    expect(constantValues(eq.args)).toEqual(['__main__', '__main__']);
  });

  it('keeps names used only at module level as locals of <module> (no setglobal)', () => {
    const module = moduleOf('x = 1\nx = x + 1\nprint(x)\n');
    const graph = buildModuleGraph(module);
    expect(opnames(graph)).toEqual(['add', 'simple_call']);
    const [add, print] = graph.startblock.operations;
    expect(constantValues(add!.args)).toEqual([1n, 1n]);
    expect(print!.args[1]).toBe(add!.result);
  });

  it('stores module variables read by functions with setglobal in the module graph', () => {
    const module = moduleOf('limit = 3\nlimit = 4\ndef f():\n    return limit\n');
    const graph = buildModuleGraph(module);
    expect(opnames(graph)).toEqual(['setglobal', 'setglobal']);
    expect(constantValues(graph.startblock.operations.map((op) => op.args[1]!))).toEqual([3n, 4n]);
  });
});

describe('conditions', () => {
  it('`and` branches on each operand without building a value', () => {
    const graph = graphOf('def a(x, y):\n    if x and y:\n        return 1\n    return 2\n', 'a');
    expect(opnames(graph)).toEqual(['bool', 'bool']);
    const [first, second] = graph.iteroperations();
    expect(first!.args[0]).toBe(graph.startblock.inputargs[0]);
    // The second test is reached only on the first one's true exit.
    const afterTrue = graph.startblock.exits.find((l) => l.exitcase === true)!.target;
    expect(afterTrue.operations).toEqual([second]);
    // The false paths meet without any value to join.
    for (const join of joins(graph)) expect(join.inputargs).toEqual([]);
  });

  it('`or` skips the second test on the first one\'s true exit', () => {
    const graph = graphOf('def o(x, y):\n    if x or y:\n        return 1\n    return 2\n', 'o');
    expect(opnames(graph)).toEqual(['bool', 'bool']);
    const afterFalse = graph.startblock.exits.find((l) => l.exitcase === false)!.target;
    const afterTrue = graph.startblock.exits.find((l) => l.exitcase === true)!.target;
    expect(afterFalse.operations.map((op) => op.opname)).toEqual(['bool']);
    expect(afterTrue.operations).toEqual([]);
    for (const join of joins(graph)) expect(join.inputargs).toEqual([]);
  });

  it('`not` swaps the exits instead of computing a negation', () => {
    const graph = graphOf('def n(x):\n    if not x:\n        return 1\n    return 2\n', 'n');
    expect(opnames(graph)).toEqual(['bool']);
    const whenFalse = graph.startblock.exits.find((l) => l.exitcase === false)!.target;
    expect(constantValues(whenFalse.exits[0]!.args)).toEqual([1n]);
    expect(whenFalse.exits[0]!.target).toBe(graph.returnblock);
  });

  it('a chained comparison evaluates its middle operand once and branches after each test', () => {
    const graph = graphOf('def c(a, b, c):\n    if a < b < c:\n        return 1\n    return 2\n', 'c');
    expect(opnames(graph)).toEqual(['lt', 'bool', 'lt', 'bool']);
    const [first, , second] = graph.iteroperations();
    const [, b] = graph.startblock.inputargs;
    expect(first!.args[1]).toBe(b);
    const secondBlock = graph.iterblocks().find((blk) => blk.operations.includes(second!))!;
    const carried = incoming(graph, secondBlock)[0]!.args;
    expect(carried).toContain(b);
  });

  it('`and` used as a value joins the two possible values in one input', () => {
    const graph = graphOf('def w(x):\n    r = x and 1\n    return r\n', 'w');
    const [join] = joins(graph);
    expect(join!.inputargs).toHaveLength(1);
    const values = incoming(graph, join!).map((l) => l.args[0]);
    expect(values).toContainEqual(new Constant(1n));
  });
});

describe('graph entry points', () => {
  it('gives the start block one input per parameter, keyword-only ones last', () => {
    const module = moduleOf('def f(a, /, b, *, c=1):\n    return a\n');
    const binding = module.bindings.get('f');
    if (binding?.kind !== 'function') throw new Error('f is a function');
    expect(parameterNames(binding.func)).toEqual(['a', 'b', 'c']);
    const graph = buildFunctionGraph(binding.func);
    expect(graph.startblock.inputargs.map((v) => v.nameHint)).toEqual(['a', 'b', 'c']);
    expect(graph.name).toBe('f');
    expect(graph.func).toBe(binding.func);
  });

  it('returns None from a function that falls off its end', () => {
    const graph = graphOf('def f(x):\n    print(x)\n', 'f');
    const into = incoming(graph, graph.returnblock);
    expect(into.map((l) => constantValues(l.args))).toEqual([[null]]);
  });

  it('drops the inputs no operation needs (simplified graphs)', () => {
    const graph = graphOf('def f(x, y):\n    if x:\n        print(1)\n    return y\n', 'f');
    for (const block of graph.iterblocks()) {
      if (block === graph.startblock || block.isFinal) continue;
      expect(block.inputargs.map((v) => v.nameHint)).not.toContain('x');
    }
  });

  it('names the methods of classes by their qualified name', () => {
    const module = moduleOf('class C:\n    def m(self):\n        return 1\n');
    const method = [...module.functions.values()].find((f) => f.name === 'm')!;
    expect(buildFunctionGraph(method).name).toBe('C.m');
  });

  it('produces graphs whose variables are all fresh Variables', () => {
    const graph = graphOf('def f(x):\n    y = x + 1\n    return y * 2\n', 'f');
    const results = graph.iteroperations().map((op) => op.result);
    expect(results.every((v) => v instanceof Variable)).toBe(true);
    expect(new Set(results).size).toBe(results.length);
  });
});

describe('errors while building', () => {
  it('refuses a decorator on a nested function (W0201) at its line', () => {
    const text = 'def f(x):\n    @staticmethod\n    def g():\n        return x\n    return g()\n';
    const error = buildError(() => graphOf(text, 'f'));
    const [d] = error.diagnostics;
    expect(d!.kind).toBe(Diag.Unsupported);
    expect(d!.message).toBe('a decorator on a nested function is not supported by Wyrm');
    expect(d!.source.lineOf(d!.span.start)).toBe(2);
  });

  it('refuses a yield inside try/finally in a generator (W0201)', () => {
    const text = 'def f(n):\n    try:\n        yield n\n    finally:\n        print(n)\n';
    const body = graphOf(text, 'f').startblock.operations[0]!.args[0] as Constant;
    const generatorClass = body.value as PyClass;
    const error = buildError(() => buildFunctionGraph(generatorClass.methods.get('__next__')!));
    expect(error.diagnostics[0]!.kind.code).toBe('W0201');
    expect(error.message).toContain('a yield inside a try with a finally clause');
  });

  it('reports an undefined name (W0301) with the closest known name', () => {
    const error = buildError(() => graphOf('def f(total):\n    return totl + 1\n', 'f'));
    const [d] = error.diagnostics;
    expect(d!.kind).toBe(Diag.UndefinedName);
    expect(d!.message).toBe("name 'totl' is not defined; did you mean 'total'?");
    expect(d!.source.text.slice(d!.span.start, d!.span.start + d!.span.length)).toBe('totl');
  });

  it('reports `break` outside a loop and `return` outside a function as syntax errors (W0101)', () => {
    const outside = buildError(() => graphOf('def f():\n    break\n', 'f'));
    expect(outside.diagnostics[0]!.kind).toBe(Diag.SyntaxError);
    expect(outside.message).toBe("'break' outside loop");
    const module = moduleOf('return 1\n');
    const error = buildError(() => buildModuleGraph(module));
    expect(error.diagnostics[0]!.kind).toBe(Diag.SyntaxError);
    expect(error.message).toBe("'return' outside function");
  });
});
