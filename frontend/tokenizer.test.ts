import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer.ts';
import { Tok, tokenSpelling } from './tokens.ts';
import type { Token } from './tokens.ts';

const kindNames = new Map(Object.entries(Tok).map(([name, kind]) => [kind as number, name]));

/** Tokens as short readable strings: spelling for operators/keywords, Kind(value) otherwise. */
function show(tokens: Token[]): string[] {
  return tokens.map((t) => tokenSpelling.get(t.kind) ?? (t.value ? `${kindNames.get(t.kind)}(${t.value})` : kindNames.get(t.kind)!));
}

describe('tokenize', () => {
  it('produces INDENT and DEDENT around blocks and skips blank and comment lines', () => {
    const { tokens, error } = tokenize('if x:\n    y = 1\n\n    # note\n    z\nw\n');
    expect(error).toBeNull();
    expect(show(tokens)).toEqual([
      'if', 'Name(x)', ':', 'Newline', 'Indent', 'Name(y)', '=', 'Number(1)', 'Newline',
      'Name(z)', 'Newline', 'Dedent', 'Name(w)', 'Newline', 'EndOfFile',
    ]);
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(show(tokenize('x = (1,\n  2) + \\\n 3').tokens)).toEqual([
      'Name(x)', '=', '(', 'Number(1)', ',', 'Number(2)', ')', '+', 'Number(3)', 'Newline', 'EndOfFile',
    ]);
  });

  it('splits f-strings into start, middle, fields and end (PEP 701)', () => {
    const { tokens, usesPython312FStrings } = tokenize(`f"a{x!r:>{w}}b{"q"}"`);
    expect(show(tokens)).toEqual([
      'FStringStart(f")', 'FStringMiddle(a)', '{', 'Name(x)', '!', 'Name(r)', ':', 'FStringMiddle(>)', '{', 'Name(w)',
      '}', '}', 'FStringMiddle(b)', '{', 'String("q")', '}', 'FStringEnd', 'Newline', 'EndOfFile',
    ]);
    expect(usesPython312FStrings).toBe(true);
  });

  it('halves doubled braces in f-string text', () => {
    const middle = tokenize("f'{{a}}'").tokens[1]!;
    expect(middle.kind).toBe(Tok.FStringMiddle);
    expect(middle.value).toBe('{a}');
  });

  it('recognizes every string prefix and numeric form', () => {
    const kinds = tokenize("rb'x' BR'x' u'x' Rf'x' 0x_1F 0o17 0b1 1_000.5e-3 1j .5 5.").tokens.map((t) => t.kind);
    expect(kinds.slice(0, 4)).toEqual([Tok.String, Tok.String, Tok.String, Tok.FStringStart]);
    expect(kinds.filter((k) => k === Tok.Number)).toHaveLength(7);
  });

  it('normalizes identifiers with NFKC and keeps soft keywords as names', () => {
    const tokens = tokenize('ﬁle match _ type').tokens;
    expect(tokens.slice(0, 4).map((t) => [t.kind, t.value])).toEqual([
      [Tok.Name, 'file'], [Tok.Name, 'match'], [Tok.Name, '_'], [Tok.Name, 'type'],
    ]);
  });

  it('reports inconsistent tabs and spaces as a TabError', () => {
    const { error } = tokenize('if x:\n        a\n\tb\n');
    expect(error?.kind.code).toBe('W0103');
  });

  it('stops at the first error with an Error token', () => {
    const { tokens, error } = tokenize('x = "abc\ny = 1\n');
    expect(error?.message).toBe('unterminated string literal (detected at line 1)');
    expect(tokens[tokens.length - 2]!.kind).toBe(Tok.Error);
  });

  it('limits bracket nesting to 200 as CPython does', () => {
    expect(tokenize('('.repeat(201)).error?.message).toBe('too many nested parentheses');
    expect(tokenize('('.repeat(200)).error?.message).toBe("'(' was never closed");
  });
});
