// Literals for generated programs: ints (small, large, near the 64-bit edges, in every base),
// floats (exact decimal text of doubles, specials through float()), and strings (quotes,
// escapes, control characters, non-ASCII and astral code points), each written as Python source.

import type { Rng } from './random.ts';

export const INT64_MAX = 2n ** 63n - 1n;
export const INT64_MIN = -(2n ** 63n);

/** Values near the edges of the 64-bit range and of the 32- and 53-bit ranges. */
const EDGE_INTS: readonly bigint[] = [
  INT64_MAX, INT64_MAX - 1n, INT64_MIN, INT64_MIN + 1n, 2n ** 62n, -(2n ** 62n), 2n ** 32n, 2n ** 32n - 1n,
  2n ** 31n - 1n, -(2n ** 31n), 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n) - 1n, 3037000499n, 3037000500n, 10n ** 18n,
];

function abs(v: bigint): bigint {
  return v < 0n ? -v : v;
}

/** Python source for the int `v`: decimal mostly, sometimes hex, octal, binary or with `_`. */
export function intLiteral(rng: Rng, v: bigint): string {
  if (v === INT64_MIN) return '(-9223372036854775807 - 1)';
  const magnitude = abs(v);
  let text: string;
  const style = rng.below(12);
  if (style === 0) text = `0x${magnitude.toString(16)}`;
  else if (style === 1 && magnitude < 1n << 20n) text = `0b${magnitude.toString(2)}`;
  else if (style === 2) text = `0o${magnitude.toString(8)}`;
  else if (style === 3 && magnitude >= 1000n) text = magnitude.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '_');
  else text = magnitude.toString();
  return v < 0n ? `-${text}` : text;
}

/** An int value of a random size class; `edge` allows values near the 64-bit limits. */
export function intValue(rng: Rng, edge: boolean): bigint {
  const kind = rng.weighted({ tiny: 6, small: 4, medium: 2, large: 1, edge: edge ? 1 : 0 });
  switch (kind) {
    case 'tiny':
      return BigInt(rng.int(-3, 12));
    case 'small':
      return BigInt(rng.int(-200, 1000));
    case 'medium':
      return BigInt(rng.int(-1_000_000, 1_000_000));
    case 'large':
      return BigInt(rng.int(-(2 ** 30), 2 ** 30)) * BigInt(rng.int(1, 2 ** 20));
    default: {
      const base = rng.pick(EDGE_INTS);
      const delta = BigInt(rng.int(-2, 2));
      const v = base + delta;
      return v > INT64_MAX || v < INT64_MIN ? base : v;
    }
  }
}

export function intBound(v: bigint): bigint {
  return abs(v);
}

const FLOAT_POOL: readonly number[] = [
  0, 0.5, 1, 1.5, 2, 2.5, 3, 0.1, 0.2, 0.3, 1 / 3, 3.14159, 2.718281828459045, 100, 1e-7, 1e-5, 1e16, 1e17,
  1e22, 1e21, 123456.789, 1.5e300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 9007199254740992,
  9007199254740993, 4.35, 0.015, 1e100, 12345678901234567890, 0.1 + 0.2, 7.0e-10, 65536.25,
];

/** A finite double. */
export function floatValue(rng: Rng): number {
  const kind = rng.below(4);
  let v: number;
  if (kind === 0) v = rng.pick(FLOAT_POOL);
  else if (kind === 1) v = rng.int(-50, 50) / rng.pick([1, 2, 4, 8, 10, 3, 7, 100]);
  else if (kind === 2) v = (rng.next() - 0.5) * 10 ** rng.int(-8, 12);
  else v = rng.int(-1000, 1000) + rng.pick([0, 0.25, 0.5, 0.125, 0.1]);
  return rng.chance(0.2) ? -v : v;
}

/** Python source for a finite double: JavaScript's shortest round-trip text is valid Python. */
export function floatLiteral(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`floatLiteral(${v})`);
  if (Object.is(v, -0)) return '-0.0';
  let text = String(Math.abs(v));
  if (!/[.e]/.test(text)) text += '.0';
  return v < 0 ? `-${text}` : text;
}

const STRING_POOL: readonly string[] = [
  '', 'a', 'b', 'ab', 'abc', 'x', 'Z', 'hello', 'world', 'hello world', ' ', '  padded  ', '0', '42', '-7', '3.5',
  '1e3', 'inf', '-inf', 'nan', ' 12 ', '+5', '1_000', 'abc123', "it's", 'say "hi"', 'both \' and "', 'tab\there',
  'new\nline', 'cr\rlf', 'back\\slash', 'é', 'naïve', 'Ünïcödé', '中文', '日本語テキスト', '🐍', 'a🐍b', '\u00ff',
  '\u0000', 'nul\u0000mid', '\u007f', '\u0080', '\u200b', '\u2028', 'ß', 'ǅ', '\u{10ffff}', 'mixed 🐍 é 中', '{}', '%s', '\\n',
  'True', 'None', '[1, 2]',
];

export function stringValue(rng: Rng): string {
  if (rng.chance(0.75)) return rng.pick(STRING_POOL);
  const alphabet = rng.pick(['abcxyz', '0123456789', 'aé中🐍 ', "'\"\\\n\t", 'AbC dEf']);
  const chars = [...alphabet];
  let s = '';
  for (let i = rng.int(0, 6); i > 0; i--) s += rng.pick(chars);
  return s;
}

/** Python source for the str `s`, with escapes chosen at random where several are possible. */
export function stringLiteral(rng: Rng, s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : rng.chance(0.8) ? "'" : '"';
  const rawNonAscii = rng.chance(0.7);
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += `\\x${cp.toString(16).padStart(2, '0')}`;
    else if (cp < 0x80) out += ch;
    else if (cp === 0x2028 || cp === 0x2029 || cp === 0x200b || cp === 0x85 || cp === 0xa0 || cp < 0xa0) {
      out += `\\u${cp.toString(16).padStart(4, '0')}`;
    } else if (rawNonAscii) out += ch;
    else if (cp <= 0xffff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += `\\U${cp.toString(16).padStart(8, '0')}`;
  }
  return out + quote;
}

/** Text for inside an f-string: braces doubled, no quotes or backslashes. */
export function fstringText(s: string): string {
  return s.replace(/[{}]/g, (b) => b + b).replace(/['"\\\n\r\t]/g, '_').replace(/[\u0000-\u001f\u007f]/g, '_');
}

/** Python source for a float value that may be infinite or NaN. */
export function specialFloat(rng: Rng): string {
  return rng.pick(["float('inf')", "float('-inf')", "float('nan')", 'math.inf', '-math.inf', 'math.nan', 'math.pi', 'math.e']);
}
