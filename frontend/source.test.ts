import { describe, expect, it } from 'vitest';
import { SourceFile } from './source.ts';

describe('SourceFile', () => {
  const src = new SourceFile('p.py', 'a = 1\r\nb = "é"\nc\rd');
  it('maps offsets to 1-based lines and code-point columns', () => {
    expect(src.lineColumn(0)).toEqual({ line: 1, column: 1 });
    expect(src.lineColumn(7)).toEqual({ line: 2, column: 1 });
    expect(src.lineColumn(12)).toEqual({ line: 2, column: 6 });
    expect(src.lineColumn(17)).toEqual({ line: 4, column: 1 });
  });
  it('returns line text without terminators', () => {
    expect(src.lineText(1)).toBe('a = 1');
    expect(src.lineText(2)).toBe('b = "é"');
    expect(src.lineText(3)).toBe('c');
    expect(src.lineCount).toBe(4);
  });
});
