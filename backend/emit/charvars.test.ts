// Which characters stay code points (charvars.ts): the translated module makes a str of a
// character only where one is read as a str. What the programs print is checked against
// CPython by tests/programs/data/char_variables.py.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { translate } from '../../driver/pipeline.ts';

/** The text of one function of the translated module. */
function functionText(program: string, name: string): string {
  const text = translate(new SourceFile('/tmp/chars.py', program), { text: true, names: true }).text!;
  const start = text.indexOf(`(func $py:${name} `);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n (func ', start + 1);
  return text.slice(start, end < 0 ? undefined : end);
}

const strsMade = (text: string): number => text.match(/call \$str_from_char\b/g)?.length ?? 0;

describe('char variables', () => {
  it('compare, search a constant and take ord() without making a str', () => {
    const program = `
import sys
def scan(text):
    n = 0
    for ch in text:
        if ch == "a" or ch in " \\n" or ord(ch) > 200:
            n += 1
    i = 0
    while i < len(text):
        if text[i] != text[0]:
            n += 1
        i += 1
    return n
print(scan(sys.argv[0]))
`;
    expect(strsMade(functionText(program, 'scan'))).toBe(0);
  });

  it('make the str where one is read as a str, and keep strs that may be longer', () => {
    const program = `
import sys
def use(text, n):
    out = []
    for ch in text:
        if ch == "x":
            out.append(ch)
    first = text[0]
    if n > 1:
        first = text[0:n]
    return len(out) + (1 if first == "a" else 0)
print(use(sys.argv[0], len(sys.argv)))
`;
    const text = functionText(program, 'use');
    // Two strs: the appended character's, and text[0]'s, which a slice may replace.
    expect(strsMade(text)).toBe(2);
  });

  it('answers ch.isdigit() and the other class predicates from the code point', () => {
    const program = `
import sys
def count(text):
    n = 0
    for ch in text:
        if ch.isdigit() or ch.isalpha() or ch.isspace():
            n += 1
    return n
print(count(sys.argv[0]))
`;
    const text = functionText(program, 'count');
    expect(strsMade(text)).toBe(0);
    expect(text).not.toContain('_all_have');
  });

  it('keeps a character compared by identity a str', () => {
    const program = `
import sys
def same(text):
    a = text[0]
    return a is text[0] or a == "b"
print(same(sys.argv[0]))
`;
    expect(strsMade(functionText(program, 'same'))).toBe(2);
  });
});
