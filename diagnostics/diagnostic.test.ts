// Unit tests of diagnostics (diagnostic.ts): formatDiagnostic's layout — the
// `file:line:col: error: message [CODE]` line, the source line indented by four spaces, a caret
// under the span's first character and `~` under the rest of it on that line — and notes with
// or without a place. Columns count code points; a tab before the span is kept in the caret
// line so that the caret lines up in a terminal.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../frontend/source.ts';
import { CompileError, compileError, diagnostic, formatDiagnostic } from './diagnostic.ts';
import { Diag } from './catalog.ts';

/** A diagnostic on the first occurrence of `part` in `text`. */
function at(text: string, part: string, notes: Parameters<typeof diagnostic>[4] = []): string {
  const source = new SourceFile('prog.py', text);
  const start = text.indexOf(part);
  return formatDiagnostic(diagnostic(Diag.TypeConflict, 'the message', source, { start, length: part.length }, notes));
}

describe('formatDiagnostic', () => {
  it('prints the location, the message and its code, then the line with a caret and tildes', () => {
    expect(at('x = 1\ny = "a" + x\n', '"a" + x')).toBe('prog.py:2:5: error: the message [W1201]\n    y = "a" + x\n        ^~~~~~~\n');
  });

  it('puts a single caret under a span of one character or none', () => {
    expect(at('print(x)\n', 'x')).toBe('prog.py:1:7: error: the message [W1201]\n    print(x)\n          ^\n');
    const source = new SourceFile('prog.py', 'abc\n');
    const text = formatDiagnostic(diagnostic(Diag.SyntaxError, 'm', source, { start: 3, length: 0 }));
    expect(text).toBe('prog.py:1:4: error: m [W0101]\n    abc\n       ^\n');
  });

  it('underlines a span running past its line only up to the end of the line', () => {
    expect(at('f(1,\n  2)\n', 'f(1,\n  2)')).toBe('prog.py:1:1: error: the message [W1201]\n    f(1,\n    ^~~~\n');
  });

  it('keeps tabs of the indentation in the caret line', () => {
    expect(at('if x:\n\ty = z\n', 'z')).toBe('prog.py:2:6: error: the message [W1201]\n    \ty = z\n    \t    ^\n');
  });

  it('counts columns in code points', () => {
    expect(at('s = "é😀" + n\n', 'n')).toBe('prog.py:1:12: error: the message [W1201]\n    s = "é😀" + n\n               ^\n');
  });

  it('underlines a span holding emoji with one mark per code point', () => {
    expect(at('x = "😀😀" + 1\n', '"😀😀" + 1')).toBe('prog.py:1:5: error: the message [W1201]\n    x = "😀😀" + 1\n        ^~~~~~~~\n');
  });

  it('caps the underline of a very long span', () => {
    const long = `x = ${'a'.repeat(300)}\n`;
    const lines = at(long, 'a'.repeat(300)).split('\n');
    expect(lines[2]).toBe(`        ^${'~'.repeat(200)}`);
  });

  it('prints no excerpt for a span on a blank line', () => {
    const source = new SourceFile('prog.py', 'x = 1\n\n');
    expect(formatDiagnostic(diagnostic(Diag.SyntaxError, 'm', source, { start: 6, length: 1 }))).toBe('prog.py:2:1: error: m [W0101]\n');
  });

  it('prints each note with its own place and excerpt, or alone', () => {
    const source = new SourceFile('prog.py', 'x = 0\nx = "s"\n');
    const text = at('x = 0\nx = "s"\n', '"s"', [
      { message: "variable 'x' is int from here", source, span: { start: 4, length: 1 } },
      { message: 'a note without a place' },
    ]);
    expect(text).toBe(
      [
        'prog.py:2:5: error: the message [W1201]',
        '    x = "s"',
        '        ^~~',
        "prog.py:1:5: note: variable 'x' is int from here",
        '    x = 0',
        '        ^',
        'note: a note without a place',
        '',
      ].join('\n'),
    );
  });
});

describe('CompileError', () => {
  it('carries its diagnostics and their messages', () => {
    const source = new SourceFile('prog.py', 'x\n');
    const error = compileError(Diag.UndefinedName, "name 'x' is not defined", source, { start: 0, length: 1 });
    expect(error).toBeInstanceOf(CompileError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CompileError');
    expect(error.message).toBe("name 'x' is not defined");
    expect(error.diagnostics).toEqual([{ kind: Diag.UndefinedName, message: "name 'x' is not defined", source, span: { start: 0, length: 1 }, notes: [] }]);
    const two = new CompileError([error.diagnostics[0]!, { ...error.diagnostics[0]!, message: 'second' }]);
    expect(two.message).toBe("name 'x' is not defined\nsecond");
  });
});
