// round(x, ndigits) of floats by the host (roundDigits in host.mjs): correctly rounded from
// the exact binary value, half to even on exact ties, CPython's limits on ndigits.

import { describe, expect, it } from 'vitest';
import { roundDigits } from './host.mjs';

describe('roundDigits', () => {
  it('rounds the exact binary value (2.675 is below 2.675)', () => {
    expect(roundDigits(2.675, 2n)).toBe(2.67);
    expect(roundDigits(1.005, 2n)).toBe(1);
    expect(roundDigits(0.125, 2n)).toBe(0.12);
    expect(roundDigits(0.375, 2n)).toBe(0.38);
  });
  it('rounds to tens and hundreds with negative ndigits, keeping the sign of zero', () => {
    expect(roundDigits(1250, -2n)).toBe(1200);
    expect(roundDigits(1350, -2n)).toBe(1400);
    expect(Object.is(roundDigits(-0.4, 0n), -0)).toBe(true);
  });
  it("follows CPython's limits: x itself past 323 digits, a signed zero below -308", () => {
    expect(roundDigits(5e-324, 400n)).toBe(5e-324);
    expect(Object.is(roundDigits(-1e300, -400n), -0)).toBe(true);
    expect(roundDigits(Infinity, 2n)).toBe(Infinity);
    expect(roundDigits(1.7976931348623157e308, -308n)).toBe(Infinity);
  });
});
