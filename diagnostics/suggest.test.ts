// Unit tests of closestName (suggest.ts), the "did you mean ...?" of undefined-name errors: it
// proposes the nearest candidate by edit distance (a change of case costing half), only within
// a distance that grows with the name's length, never the name itself or a hidden name.

import { describe, expect, it } from 'vitest';
import { closestName } from './suggest.ts';

describe('closestName', () => {
  it('proposes the candidate one edit away', () => {
    expect(closestName('averge', ['total', 'average', 'print'])).toBe('average');
    expect(closestName('prnt', ['print', 'len'])).toBe('print');
    expect(closestName('lenn', ['len', 'list'])).toBe('len');
  });

  it('prefers the nearest candidate, and the first of equally near ones', () => {
    expect(closestName('coutn', ['count', 'cout'])).toBe('cout');
    expect(closestName('ab', ['ac', 'ad'])).toBe('ac');
  });

  it('counts a change of case as half an edit', () => {
    expect(closestName('Total', ['totals', 'total'])).toBe('total');
    expect(closestName('MAXVALUE', ['max_value', 'MAX_VALUE'])).toBe('MAX_VALUE');
  });

  it('proposes nothing too far away for the name\'s length', () => {
    // Up to 1 edit for names of up to 3 characters, 2 for 4 to 6, 3 for 7 to 9, and so on.
    expect(closestName('xy', ['ab'])).toBeNull();
    expect(closestName('abc', ['xyz', 'abd'])).toBe('abd');
    expect(closestName('valeu', ['value'])).toBe('value');
    expect(closestName('value', ['vault'])).toBeNull();
    expect(closestName('numbers', ['nmbrs'])).toBe('nmbrs');
    expect(closestName('numbers', ['xxxxers'])).toBeNull();
    expect(closestName('number_of_items', ['numer_of_itmes'])).toBe('numer_of_itmes');
  });

  it('never proposes the name itself or a hidden name', () => {
    expect(closestName('x', ['x'])).toBeNull();
    expect(closestName('iter', ['.iter0', 'iter'])).toBeNull();
    expect(closestName('tmp', ['.tmp'])).toBeNull();
  });

  it('accepts any iterable of candidates, duplicates included', () => {
    expect(closestName('sizee', new Set(['size', 'size']))).toBe('size');
    expect(closestName('nothing', [])).toBeNull();
  });
});
