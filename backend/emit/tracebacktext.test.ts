// Unit tests of the traceback text of one frame (tracebacktext.ts) and of the site table that
// holds it (sites.ts). Uncaught exceptions must print exactly what CPython 3.11 prints, so each
// expected text below is CPython 3.11.7's own output for the same source line and failing
// expression (taken from `python3.11` tracebacks): `~` under the operands and `^` under the
// operator of a BinOp, `^` under the brackets of a Subscript, `^` under a whole call, no caret
// line when the expression is the whole line, wide characters counted twice.

import { describe, expect, it, test } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { frameSourceText } from './tracebacktext.ts';
import { siteFrame } from '../../runtime/hostsystem.mjs';
import { SITE_FIELDS, SiteTable } from './sites.ts';

/** The frame text for the `occurrence`-th appearance of `expr` in `text`. */
function frame(text: string, expr: string, occurrence = 0): string {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(expr, start + 1);
  if (start < 0) throw new Error(`'${expr}' not in the source`);
  return frameSourceText(new SourceFile('p.py', text), { start, length: expr.length });
}

describe('frameSourceText matches CPython 3.11', () => {
  it('a BinOp inside a larger expression: ~ under the operands, ^ under the operator', () => {
    const text = 'def f(a, b):\n    return a + (b // 0)\n';
    expect(frame(text, 'b // 0')).toBe('    return a + (b // 0)\n                ~~^^~~\n');
  });

  it('a BinOp with a parenthesized operand and extra spaces', () => {
    const text = 'def p1(a, b):\n    return (a) +  b\n';
    expect(frame(text, '(a) +  b')).toBe('    return (a) +  b\n           ~~~~^~~~\n');
    const spaced = 'def p8(a, b):\n    return a  /  b\n';
    expect(frame(spaced, 'a  /  b')).toBe('    return a  /  b\n           ~~~^~~~\n');
  });

  it('a BinOp whose operator has two characters, the right operand being a BinOp too', () => {
    const text = 'def p2(x):\n    return x ** 2.0 ** 2000\n';
    expect(frame(text, '2.0 ** 2000')).toBe('    return x ** 2.0 ** 2000\n                ~~~~^^~~~~~\n');
  });

  it('a BinOp that is a whole argument of the line\'s only call', () => {
    const text = 'print(10 // 0)\n';
    expect(frame(text, '10 // 0')).toBe('    print(10 // 0)\n          ~~~^^~~\n');
  });

  it('a Subscript: ~ under the value, ^ from the bracket to the closing bracket', () => {
    const text = 'def g(xs, i):\n    return xs[i] * 2\n';
    expect(frame(text, 'xs[i]')).toBe('    return xs[i] * 2\n           ~~^^^\n');
  });

  it('a Subscript with spaces inside its brackets', () => {
    const text = 'def k(d):\n    return 1 +   d[ 5 ]\n';
    expect(frame(text, 'd[ 5 ]')).toBe('    return 1 +   d[ 5 ]\n                 ~^^^^^\n');
  });

  it('a Subscript of a Subscript of a slice', () => {
    const chained = 'def p3(m, i, j):\n    return m[i][j] + 1\n';
    expect(frame(chained, 'm[i][j]')).toBe('    return m[i][j] + 1\n           ~~~~^^^\n');
    const sliced = 'def p9(xs):\n    return xs[1:2][5]\n';
    expect(frame(sliced, 'xs[1:2][5]')).toBe('    return xs[1:2][5]\n           ~~~~~~~^^^\n');
  });

  it('a call: ^ under the whole call', () => {
    const text = 'def call(x):\n    y = h(x)\n    return y\n';
    expect(frame(text, 'h(x)')).toBe('    y = h(x)\n        ^^^^\n');
    const inner = 'def h(x):\n    return int(x) + 1\n';
    expect(frame(inner, 'int(x)')).toBe('    return int(x) + 1\n           ^^^^^^\n');
  });

  it('no caret line when the failing expression is the whole stripped line', () => {
    const text = 'which = 1\nif which:\n    f(1, 2)\n';
    expect(frame(text, 'f(1, 2)')).toBe('    f(1, 2)\n');
  });

  it('an expression spanning lines: ^ to the end of its first line', () => {
    const call = 'def p7(f):\n    value = f(1,\n              2)\n';
    expect(frame(call, 'f(1,\n              2)')).toBe('    value = f(1,\n            ^^^^\n');
    const subscript = 'def p6(d):\n    return len(d[\n        0])\n';
    expect(frame(subscript, 'd[\n        0]')).toBe('    return len(d[\n               ^^\n');
  });

  it('wide characters take two columns', () => {
    const text = 'def p4(x):\n    s = "日本" + x\n';
    expect(frame(text, '"日本" + x')).toBe('    s = "日本" + x\n        ~~~~~~~^~~\n');
  });

  // CPython 3.11 prints an uncaught exception with its C printer (Python/traceback.c), which
  // removes only the indentation: the carets start at (column - indentation), also on the last
  // line of a file without a final newline (where traceback.py's arithmetic is one column off).
  it('the last line of a file without a final newline', () => {
    expect(frame('x = [1]\ny = x[3] + 1', 'x[3]')).toBe('    y = x[3] + 1\n        ~^^^\n');
    expect(frame('x = [1]\ny = x[3]', 'x[3]')).toBe('    y = x[3]\n        ~^^^\n');
  });

  it('the last line of a file ending in a newline', () => {
    expect(frame('x = [1]\ny = x[3] + 1\n', 'x[3]')).toBe('    y = x[3] + 1\n        ~^^^\n');
  });

  // Likewise, on a line with trailing whitespace CPython prints the whitespace and puts the
  // carets at (column - indentation), even when the expression is the rest of the line.
  it('a line with trailing whitespace', () => {
    expect(frame('def f(xs):\n    return xs[5] + 1   \n', 'xs[5]')).toBe('    return xs[5] + 1   \n           ~~^^^\n');
    expect(frame('f(1, 0)   \n', 'f(1, 0)')).toBe('    f(1, 0)   \n    ^^^^^^^\n');
  });

  it('a line ending in a comment, whose carets stop before it', () => {
    expect(frame('f(1, 0)  # call\n', 'f(1, 0)')).toBe('    f(1, 0)  # call\n    ^^^^^^^\n');
  });

  it('a line indented with a tab', () => {
    expect(frame('def f(a):\n\treturn a[3] + 1\n', 'a[3]')).toBe('    return a[3] + 1\n           ~^^^\n');
  });

  it('nothing for a blank line', () => {
    expect(frameSourceText(new SourceFile('p.py', 'x = 1\n\n'), { start: 6, length: 0 })).toBe('');
  });
});

describe('SiteTable', () => {
  // Sites are read back as the host reads them (runtime/hostsystem.mjs).
  const frames = (sites: SiteTable): { key: string; text: string }[] => {
    const data = sites.data();
    return Array.from({ length: data.frames.length / SITE_FIELDS }, (_, i) => siteFrame(data, i));
  };

  it('writes the File line with the display path, line and function, and the frame text', () => {
    const source = new SourceFile('p.py', 'def f(xs):\n    return xs[2]\n');
    const sites = new SiteTable(() => '/abs/p.py');
    const start = source.text.indexOf('xs[2]');
    const index = sites.site(source, { start, length: 5 }, 'f');
    expect(index).toBe(0);
    expect(frames(sites).map((f) => f.text)).toEqual(['  File "/abs/p.py", line 2, in f\n    return xs[2]\n           ~~^^^\n']);
  });

  it('shares one entry between identical sites and keeps the order of first use', () => {
    const source = new SourceFile('p.py', 'a = f()\nb = g()\n');
    const sites = new SiteTable();
    const first = sites.site(source, { start: 4, length: 3 }, '<module>');
    const second = sites.site(source, { start: 12, length: 3 }, '<module>');
    expect([first, second, sites.site(source, { start: 4, length: 3 }, '<module>')]).toEqual([0, 1, 0]);
    const [a, b] = frames(sites);
    expect(a!.key).not.toBe(b!.key);
    expect([a!.text, b!.text]).toEqual(['  File "p.py", line 1, in <module>\n    a = f()\n        ^^^\n', '  File "p.py", line 2, in <module>\n    b = g()\n        ^^^\n']);
  });

  it('gives two sites of one line and function the same key (CPython collapses them as one frame)', () => {
    const source = new SourceFile('p.py', 'def f(n):\n    return f(n - 1) + f(n - 2)\n');
    const sites = new SiteTable();
    sites.site(source, { start: source.text.indexOf('f(n - 1)'), length: 8 }, 'f');
    sites.site(source, { start: source.text.indexOf('f(n - 2)'), length: 8 }, 'f');
    const [a, b] = frames(sites);
    expect(a!.key).toBe(b!.key);
    expect(a!.text).not.toBe(b!.text);
  });

  it('keeps each path, function name and source line once', () => {
    const source = new SourceFile('p.py', 'x = [1][5] + [2][6]\n');
    const sites = new SiteTable(() => '/a/long/path/to/p.py');
    sites.site(source, { start: 4, length: 6 }, '<module>');
    sites.site(source, { start: 13, length: 6 }, '<module>');
    expect(sites.data()).toMatchObject({ paths: ['/a/long/path/to/p.py'], names: ['<module>'], lines: ['x = [1][5] + [2][6]'] });
  });

  it('writes only the File line for a site without a span, at line 1', () => {
    const sites = new SiteTable();
    sites.site(new SourceFile('p.py', 'x = 1\n'), null, 'main');
    expect(frames(sites)[0]!.text).toBe('  File "p.py", line 1, in main\n');
  });
});
