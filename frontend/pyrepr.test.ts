import { describe, expect, it } from 'vitest';
import { Ellipsis, PyBytes, PyComplex } from './ast.ts';
import { reprBytes, reprConstant, reprFloat, reprImaginary, reprStr } from './pyrepr.ts';

describe('Python repr', () => {
  it('chooses quotes and escapes like CPython', () => {
    expect(reprStr('abc')).toBe("'abc'");
    expect(reprStr("it's")).toBe('"it\'s"');
    expect(reprStr('both \' and "')).toBe("'both \\' and \"'");
    expect(reprStr('a\\b\n\t\r\x00\x7f')).toBe("'a\\\\b\\n\\t\\r\\x00\\x7f'");
    expect(reprStr('é中😀')).toBe("'é中😀'");
    expect(reprStr('\xa0\u2028\ufeff\ud800')).toBe("'\\xa0\\u2028\\ufeff\\ud800'");
    expect(reprStr('\u{e0001}')).toBe("'\\U000e0001'");
  });

  it('formats floats as repr(float) does', () => {
    const cases: [number, string][] = [
      [0, '0.0'], [1, '1.0'], [1.5, '1.5'], [0.1, '0.1'], [1e16, '1e+16'], [1e15, '1000000000000000.0'],
      [123456789012345678, '1.2345678901234568e+17'], [0.0001, '0.0001'], [0.00001, '1e-05'],
      [2.5e-7, '2.5e-07'], [1e308, '1e+308'], [Infinity, 'inf'], [5e-324, '5e-324'],
    ];
    for (const [value, text] of cases) expect(reprFloat(value)).toBe(text);
  });

  it('formats imaginary literals, bytes and the other constants', () => {
    expect(reprImaginary(1)).toBe('1j');
    expect(reprImaginary(2.5)).toBe('2.5j');
    expect(reprImaginary(1e100)).toBe('1e+100j');
    expect(reprImaginary(Infinity)).toBe('infj');
    expect(reprBytes(Uint8Array.from([0, 39, 65, 255]))).toBe('b"\\x00\'A\\xff"');
    expect(reprConstant(null)).toBe('None');
    expect(reprConstant(true)).toBe('True');
    expect(reprConstant(12345678901234567890123n)).toBe('12345678901234567890123');
    expect(reprConstant(Ellipsis)).toBe('Ellipsis');
    expect(reprConstant(new PyBytes(new Uint8Array()))).toBe("b''");
    expect(reprConstant(new PyComplex(0))).toBe('0j');
  });
});
