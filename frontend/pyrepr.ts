// Python's repr() of the values that appear in an AST: str (CPython's quote choice and escapes
// of non-printable characters), bytes, int, float (shortest round-trip, `1e+16`, `inf`),
// imaginary literals, None/True/False and Ellipsis. Used by the AST dumper.

import { Ellipsis, PyBytes, PyComplex, PySurrogateStr } from './ast.ts';
import type { PyConstant } from './ast.ts';
import { isPrintable } from './pyprintable.ts';

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

/** repr() of a str. */
export function reprStr(s: string): string {
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 92) plain = false;
  }
  if (plain) {
    const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
    if (!(quote === "'" && s.includes("'"))) return quote + s + quote;
  }
  return reprCodePoints(Array.from(s, (ch) => ch.codePointAt(0)!));
}

/** repr() of a str given as its code points (which may include lone surrogates). */
export function reprCodePoints(codePoints: readonly number[]): string {
  const quote = codePoints.includes(39) && !codePoints.includes(34) ? 34 : 39;
  let out = String.fromCharCode(quote);
  for (const c of codePoints) {
    if (c === 92) out += '\\\\';
    else if (c === quote) out += '\\' + String.fromCharCode(quote);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += String.fromCharCode(c);
    else if (!isPrintable(c)) {
      if (c < 0x100) out += '\\x' + hex(c, 2);
      else if (c < 0x10000) out += '\\u' + hex(c, 4);
      else out += '\\U' + hex(c, 8);
    } else out += String.fromCodePoint(c);
  }
  return out + String.fromCharCode(quote);
}

/** repr() of a bytes value. */
export function reprBytes(bytes: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of bytes) {
    if (b === 39) hasSingle = true;
    else if (b === 34) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 34 : 39;
  let out = 'b' + String.fromCharCode(quote);
  for (const b of bytes) {
    if (b === quote || b === 92) out += '\\' + String.fromCharCode(b);
    else if (b === 9) out += '\\t';
    else if (b === 10) out += '\\n';
    else if (b === 13) out += '\\r';
    else if (b < 0x20 || b >= 0x7f) out += '\\x' + hex(b, 2);
    else out += String.fromCharCode(b);
  }
  return out + String.fromCharCode(quote);
}

/** Python's 'r' float formatting; `addDotZero` as repr(float) does, not as complex repr. */
function formatFloat(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDotZero ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mantissa, exponentText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const decimalPoint = exponent + 1;
  if (decimalPoint <= -4 || decimalPoint > 16) {
    const body = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${body}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  let text: string;
  if (decimalPoint <= 0) text = '0.' + '0'.repeat(-decimalPoint) + digits;
  else if (decimalPoint >= digits.length) text = digits + '0'.repeat(decimalPoint - digits.length) + (addDotZero ? '.0' : '');
  else text = digits.slice(0, decimalPoint) + '.' + digits.slice(decimalPoint);
  return sign + text;
}

export function reprFloat(x: number): string {
  return formatFloat(x, true);
}

/** repr() of a complex number whose real part is +0 (the value of an imaginary literal). */
export function reprImaginary(imag: number): string {
  return formatFloat(imag, false) + 'j';
}

export function reprConstant(value: PyConstant): string {
  if (value === null) return 'None';
  switch (typeof value) {
    case 'boolean': return value ? 'True' : 'False';
    case 'bigint': return value.toString();
    case 'number': return reprFloat(value);
    case 'string': return reprStr(value);
    case 'symbol': return 'Ellipsis';
  }
  if (value instanceof PySurrogateStr) return reprCodePoints(value.codePoints);
  if (value instanceof PyBytes) return reprBytes(value.bytes);
  if (value instanceof PyComplex) return reprImaginary(value.imag);
  return value === Ellipsis ? 'Ellipsis' : '?';
}
