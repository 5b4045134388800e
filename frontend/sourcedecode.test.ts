import { describe, expect, it } from 'vitest';
import { SourceDecodeError, declaredEncoding, decodeSource } from './sourcedecode.ts';

const bytes = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeSource (PEP 263)', () => {
  it('decodes UTF-8 by default and drops a byte order mark', () => {
    expect(decodeSource(bytes('x = "\xc3\xa9"\n'))).toBe('x = "é"\n');
    expect(decodeSource(bytes('\xef\xbb\xbfx\n'))).toBe('x\n');
  });

  it('honours a coding cookie on line 1 or 2, not later', () => {
    expect(declaredEncoding(bytes('# -*- coding: latin-1 -*-\n'))).toBe('latin-1');
    expect(declaredEncoding(bytes('#!/usr/bin/python\n# vim: set fileencoding=ISO-8859-1 :\n'))).toBe('latin-1');
    expect(declaredEncoding(bytes('x = 1\n# coding: latin-1\n'))).toBeNull();
    expect(decodeSource(bytes('# coding: latin-1\nx = "\xe9\x80"\n'))).toBe('# coding: latin-1\nx = "é\x80"\n');
    expect(decodeSource(bytes('# coding: cp1252\nx = "\x80"\n'))).toBe('# coding: cp1252\nx = "€"\n');
  });

  it('rejects invalid bytes, unknown encodings and a BOM that contradicts the cookie', () => {
    expect(() => decodeSource(bytes('x = "\xe9"\n'))).toThrow(SourceDecodeError);
    expect(() => decodeSource(bytes('# coding: no-such-thing\n'))).toThrow(/unknown encoding/);
    expect(() => decodeSource(bytes('\xef\xbb\xbf# coding: latin-1\n'))).toThrow(/BOM/);
  });

  it('leaves null bytes for the tokenizer to report', () => {
    expect(decodeSource(bytes('x\x00\xff'))).toBe('x\x00\ufffd');
  });
});
