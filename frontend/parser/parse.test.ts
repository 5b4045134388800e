import { describe, expect, it } from 'vitest';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import type * as A from '../ast.ts';
import { dumpModule } from '../astdump.ts';
import { SourceFile } from '../source.ts';
import { parseModule, parseSource } from './parse.ts';

function parse(text: string): A.Module {
  return parseModule(new SourceFile('t.py', text));
}

function textOf(text: string, node: A.Located): string {
  return text.slice(node.start, node.start + node.length);
}

/** The first diagnostic of a failed parse: message and 1-based line. */
function failure(text: string): { message: string; line: number; code: string } {
  const source = new SourceFile('t.py', text);
  try {
    parseModule(source);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const d = error.diagnostics[0]!;
    return { message: d.message, line: source.lineOf(d.span.start), code: d.kind.code };
  }
  throw new Error('parsed without error');
}

describe('parseModule', () => {
  it('gives nodes the spans CPython gives them', () => {
    const text = 'x = foo(a, b=1)[2:3] + -y\nif x:\n    pass\n';
    const [assign, ifStmt] = parse(text).body as [A.Assign, A.If];
    expect(textOf(text, assign)).toBe('x = foo(a, b=1)[2:3] + -y');
    const sum = assign.value as A.BinOp;
    expect(textOf(text, sum.left)).toBe('foo(a, b=1)[2:3]');
    expect(textOf(text, (sum.left as A.Subscript).slice)).toBe('2:3');
    expect(textOf(text, ((sum.left as A.Subscript).value as A.Call).keywords[0]!)).toBe('b=1');
    expect(textOf(text, sum.right)).toBe('-y');
    expect(textOf(text, ifStmt)).toBe('if x:\n    pass');
  });

  it('treats soft keywords as keywords only where they start a statement of their kind', () => {
    const body = parse('match x:\n    case _: pass\nmatch = 1\nmatch(x)\ntype T = int\ntype = 2\n').body;
    expect(body.map((s) => s.nodeType)).toEqual(['Match', 'Assign', 'Expr', 'TypeAlias', 'Assign']);
  });

  it('reports which syntax needs Python 3.12', () => {
    expect(parseSource(new SourceFile('t.py', 'def f[T](x: T): pass\n')).usesPython312Syntax).toBe(true);
    expect(parseSource(new SourceFile('t.py', 'f"{"a"}"\n')).usesPython312Syntax).toBe(true);
    expect(parseSource(new SourceFile('t.py', 'f"{a!r:>{w}}"\n')).usesPython312Syntax).toBe(false);
  });

  it('dumps 3.12 fields only in 3.12 mode', () => {
    const module = parse('class C: pass\n');
    expect(dumpModule(module, '3.11')).toBe("Module(body=[ClassDef(name='C', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])");
    expect(dumpModule(module, '3.12')).toContain('decorator_list=[], type_params=[])');
  });

  it('rejects invalid targets with CPython messages and lines', () => {
    expect(failure('x = 1\nf() = 2\n')).toEqual({
      message: "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 2, code: 'W0101',
    });
    expect(failure('del 1\n').message).toBe('cannot delete literal');
    expect(failure('x + 1 += 2\n').message).toBe("'expression' is an illegal expression for augmented assignment");
    expect(failure('for f() in x: pass\n').message).toBe('cannot assign to function call');
    expect(failure('f(a=1,\n  a=2)\n')).toMatchObject({ message: 'keyword argument repeated: a', line: 2 });
    expect(failure('def f(a=1, b): pass\n').message).toBe('non-default argument follows default argument');
  });

  it('does not treat scope errors as syntax errors', () => {
    expect(() => parse('return 1\nbreak\nyield x\nawait y\nnonlocal z\n')).not.toThrow();
  });

  it('reports indentation problems as IndentationError or TabError', () => {
    expect(failure('if x:\npass\n')).toMatchObject({ line: 2, code: 'W0102' });
    expect(failure('x = 1\n    y = 2\n')).toMatchObject({ message: 'unexpected indent', line: 2, code: 'W0102' });
    expect(failure('if x:\n        a\n\tb\n')).toMatchObject({ line: 3, code: 'W0103' });
  });

  it('turns pathological nesting into a located error', () => {
    expect(failure('x = ' + '('.repeat(10000) + ')'.repeat(10000))).toMatchObject({ message: 'too many nested parentheses', line: 1 });
    expect(failure('x = ' + '-'.repeat(100000) + '1')).toMatchObject({ code: 'W0104', line: 1 });
  });
});
