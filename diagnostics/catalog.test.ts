// Unit tests of the diagnostic catalog (catalog.ts). Codes are published (tools and the
// refused-program fixtures match on them), so each must be unique, well-formed, and in the
// group of its phase that the catalog's header describes: W01 syntax, W02 unsupported
// constructs, W03 names and scopes, W12 type inference, W13 calls, W09 command line.

import { describe, expect, it } from 'vitest';
import { Diag } from './catalog.ts';

const entries = Object.entries(Diag);

describe('the diagnostic catalog', () => {
  it('gives every kind a distinct code of the form W and four digits', () => {
    const codes = entries.map(([, kind]) => kind.code);
    for (const code of codes) expect(code).toMatch(/^W\d{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every kind a distinct, non-empty title', () => {
    const titles = entries.map(([, kind]) => kind.title);
    for (const title of titles) expect(title.trim()).not.toBe('');
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('puts each kind in the group of its phase', () => {
    const group = (name: keyof typeof Diag): string => Diag[name].code.slice(0, 3);
    expect(['SyntaxError', 'IndentationError', 'TabError', 'NestingTooDeep', 'EncodingError'].map((n) => group(n as keyof typeof Diag))).toEqual(Array(5).fill('W01'));
    expect([group('Unsupported'), group('UnsupportedBuiltin'), group('UnsupportedOperation')]).toEqual(['W02', 'W02', 'W02']);
    expect([group('UndefinedName'), group('UnboundLocal')]).toEqual(['W03', 'W03']);
    expect([group('TypeConflict'), group('ListItemConflict'), group('ReturnConflict'), group('NoEntryPoint')]).toEqual(['W12', 'W12', 'W12', 'W12']);
    expect([group('BadCall'), group('NotCallable')]).toEqual(['W13', 'W13']);
    expect([group('CliUsage'), group('CliFile')]).toEqual(['W09', 'W09']);
    const known = new Set(['W01', 'W02', 'W03', 'W09', 'W12', 'W13']);
    for (const [, kind] of entries) expect(known.has(kind.code.slice(0, 3))).toBe(true);
  });

  it('keeps the codes that are already published', () => {
    expect(Diag.SyntaxError.code).toBe('W0101');
    expect(Diag.Unsupported.code).toBe('W0201');
    expect(Diag.UndefinedName.code).toBe('W0301');
    expect(Diag.TypeConflict.code).toBe('W1201');
    expect(Diag.ListItemConflict.code).toBe('W1203');
    expect(Diag.ReturnConflict.code).toBe('W1204');
    expect(Diag.BadCall.code).toBe('W1301');
  });
});
