// How instances hash (instancehash.ts), by CPython's rule: identity without __eq__ and
// __hash__, the class's __hash__ when it has one, unhashable with __eq__ alone (also inherited
// __hash__ hidden by a subclass's __eq__), refused when a hierarchy mixes the two ways.

import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../frontend/source.ts';
import { analyze } from '../../driver/pipeline.ts';
import { CompileError } from '../../diagnostics/diagnostic.ts';

function outcome(classes: string, key: string): string {
  try {
    analyze(new SourceFile('t.py', `${classes}\nd = {${key}: 1}\nprint(len(d))\n`));
    return 'hashable';
  } catch (error) {
    if (error instanceof CompileError) return error.diagnostics[0]!.message;
    throw error;
  }
}

const EQ = '    def __eq__(self, other):\n        return True\n';
const HASH = '    def __hash__(self):\n        return 1\n';

describe('instances as dict keys', () => {
  it('hash by identity without __eq__ and __hash__', () => {
    expect(outcome('class A:\n    pass\n', 'A()')).toBe('hashable');
  });
  it('hash with __hash__ (and __eq__)', () => {
    expect(outcome(`class A:\n${EQ}${HASH}`, 'A()')).toBe('hashable');
  });
  it('are unhashable with __eq__ alone', () => {
    expect(outcome(`class A:\n${EQ}`, 'A()')).toBe("unhashable type: 'A' (a dict key must be hashable; A defines __eq__ but not __hash__)");
  });
  it('are unhashable when a subclass defines __eq__ over an inherited __hash__', () => {
    expect(outcome(`class A:\n${EQ}${HASH}\nclass B(A):\n${EQ}`, 'B()')).toMatch(/^unhashable type: 'B'/);
  });
  it('are refused when some classes of the hierarchy hash by identity and others by __hash__', () => {
    expect(outcome(`class A:\n    pass\nclass B(A):\n${EQ}${HASH}\nx = B()\n`, 'A()')).toMatch(/hash by identity \(A\) or by __hash__ \(B\)/);
  });
});
