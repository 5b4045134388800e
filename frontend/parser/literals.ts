// Values of literal tokens: numbers to bigint / float / imaginary, and string bodies with their
// escape sequences processed the way CPython's string parser does (str and bytes rules differ:
// \u, \U and \N{...} exist only in str literals, and bytes literals must be ASCII).

import { PyBytes, PyComplex, PySurrogateStr } from '../ast.ts';
import { lookupUnicodeName } from './unicodenames.ts';

export function numberValue(text: string): bigint | number | PyComplex {
  const clean = text.includes('_') ? text.replaceAll('_', '') : text;
  const last = clean.charCodeAt(clean.length - 1) | 0x20;
  if (last === 106) return new PyComplex(Number(clean.slice(0, -1)));
  const second = clean.charCodeAt(1) | 0x20;
  if (clean.charCodeAt(0) === 48 && (second === 120 || second === 111 || second === 98)) return BigInt(clean);
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return Number(clean);
  }
  return BigInt(clean);
}

/** A string token split into its parts. */
export interface StringParts {
  /** Lowercased prefix letters. */
  prefix: string;
  /** Text between the quotes, line endings not yet normalized. */
  body: string;
  /** Offset of the body in the source. */
  bodyStart: number;
}

export function splitStringToken(text: string, tokenStart: number): StringParts {
  let i = 0;
  while (text.charCodeAt(i) !== 34 && text.charCodeAt(i) !== 39) i++;
  const quote = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return {
    prefix: text.slice(0, i).toLowerCase(),
    body: text.slice(i + q, text.length - q),
    bodyStart: tokenStart + i + q,
  };
}

/** A problem found while decoding escapes; `offset` is relative to the decoded text's start. */
export class EscapeError extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/**
 * Processes the escapes of a str literal body (or an f-string's literal part).
 * Raw bodies only get their line endings normalized. The offsets (in the result) of surrogates
 * written as escapes go to `escapedSurrogates`, so that the caller can keep them apart from
 * the astral characters they would otherwise pair into (see PySurrogateStr).
 */
export function decodeStr(body: string, raw: boolean, escapedSurrogates?: number[]): string {
  const text = normalizeNewlines(body);
  if (raw || !text.includes('\\')) return text;
  let out = '';
  let chunk = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    out += text.slice(chunk, i);
    const escStart = i;
    i++;
    const c = text.charCodeAt(i);
    i++;
    switch (c) {
      case 10: break;
      case 92: out += '\\'; break;
      case 39: out += "'"; break;
      case 34: out += '"'; break;
      case 97: out += '\x07'; break;
      case 98: out += '\b'; break;
      case 102: out += '\f'; break;
      case 110: out += '\n'; break;
      case 114: out += '\r'; break;
      case 116: out += '\t'; break;
      case 118: out += '\v'; break;
      case 120: out += String.fromCodePoint(readHex(text, i, 2, escStart, 'truncated \\xXX escape')); i += 2; break;
      case 117: {
        const unit = readHex(text, i, 4, escStart, 'truncated \\uXXXX escape');
        if (isSurrogate(unit)) escapedSurrogates?.push(out.length);
        out += String.fromCharCode(unit);
        i += 4;
        break;
      }
      case 85: {
        const cp = readHex(text, i, 8, escStart, 'truncated \\UXXXXXXXX escape');
        if (cp > 0x10ffff) throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", escStart);
        if (isSurrogate(cp)) escapedSurrogates?.push(out.length);
        out += String.fromCodePoint(cp);
        i += 8;
        break;
      }
      case 78: {
        const close = text.charCodeAt(i) === 123 ? text.indexOf('}', i) : -1;
        const cp = close < 0 ? undefined : lookupUnicodeName(text.slice(i + 1, close));
        if (cp === undefined) throw new EscapeError("(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name", escStart);
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        if (c >= 48 && c <= 55) {
          let value = c - 48;
          for (let k = 0; k < 2; k++) {
            const d = text.charCodeAt(i);
            if (!(d >= 48 && d <= 55)) break;
            value = value * 8 + (d - 48);
            i++;
          }
          out += String.fromCharCode(value);
        } else if (Number.isNaN(c)) {
          out += '\\';
        } else {
          // Unknown escapes stay as written (CPython only warns).
          i = escStart + 1;
          out += '\\';
        }
    }
    chunk = i;
  }
  return out + text.slice(chunk);
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/**
 * The value of a str literal: `text` itself, unless an escaped surrogate (at one of the
 * `escapedSurrogates` offsets) stands next to a surrogate it would pair with in UTF-16.
 */
export function strValue(text: string, escapedSurrogates: readonly number[]): string | PySurrogateStr {
  if (escapedSurrogates.length === 0) return text;
  const escaped = new Set(escapedSurrogates);
  const pairsWrongly = (at: number): boolean => {
    const high = text.charCodeAt(at);
    const low = text.charCodeAt(at + 1);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff && (escaped.has(at) || escaped.has(at + 1));
  };
  if (!escapedSurrogates.some((at) => pairsWrongly(at) || pairsWrongly(at - 1))) return text;
  const codePoints: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length && !pairsWrongly(at)) {
      const low = text.charCodeAt(at + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoints.push(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
        at++;
        continue;
      }
    }
    codePoints.push(unit);
  }
  return new PySurrogateStr(codePoints);
}

function readHex(text: string, at: number, count: number, escStart: number, what: string): number {
  let value = 0;
  for (let k = 0; k < count; k++) {
    const digit = hexValue(text.charCodeAt(at + k));
    if (digit < 0) throw new EscapeError(`(unicode error) 'unicodeescape' codec can't decode bytes: ${what}`, escStart);
    value = value * 16 + digit;
  }
  return value;
}

/** Processes the escapes of a bytes literal body. */
export function decodeBytes(body: string, raw: boolean): PyBytes {
  const text = normalizeNewlines(body);
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) throw new EscapeError('bytes can only contain ASCII literal characters', i);
    if (c !== 92 || raw) {
      out.push(c);
      i++;
      continue;
    }
    const escStart = i;
    const e = text.charCodeAt(i + 1);
    i += 2;
    switch (e) {
      case 10: break;
      case 92: out.push(92); break;
      case 39: out.push(39); break;
      case 34: out.push(34); break;
      case 97: out.push(7); break;
      case 98: out.push(8); break;
      case 102: out.push(12); break;
      case 110: out.push(10); break;
      case 114: out.push(13); break;
      case 116: out.push(9); break;
      case 118: out.push(11); break;
      case 120: {
        const hi = hexValue(text.charCodeAt(i));
        const lo = hexValue(text.charCodeAt(i + 1));
        if (hi < 0 || lo < 0) throw new EscapeError("(value error) invalid \\x escape at position " + escStart, escStart);
        out.push(hi * 16 + lo);
        i += 2;
        break;
      }
      default:
        if (e >= 48 && e <= 55) {
          let value = e - 48;
          for (let k = 0; k < 2; k++) {
            const d = text.charCodeAt(i);
            if (!(d >= 48 && d <= 55)) break;
            value = value * 8 + (d - 48);
            i++;
          }
          out.push(value & 0xff);
        } else if (Number.isNaN(e)) {
          out.push(92);
        } else {
          out.push(92);
          i = escStart + 1;
        }
    }
  }
  return new PyBytes(Uint8Array.from(out));
}
