// Source bytes to text, as PEP 263 says: a UTF-8 byte order mark, or a coding declaration in a
// comment on line 1 or 2 (`# -*- coding: latin-1 -*-`), else UTF-8. Decoding is strict: bytes
// that are not valid in the declared encoding are an error, as in CPython.

export class SourceDecodeError extends Error {}

const cookiePattern = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const blankOrComment = /^[ \t\f]*(?:[#\r\n]|$)/;

/** The first `count` lines of the file as latin-1 text (enough to find a coding cookie). */
function firstLines(bytes: Uint8Array, count: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length && lines.length < count; i++) {
    const b = bytes[i]!;
    if (b === 10) {
      lines.push(line);
      line = '';
    } else line += String.fromCharCode(b);
  }
  if (lines.length < count) lines.push(line);
  return lines;
}

/** Python's name normalization for the encodings it special-cases. */
function normalizeEncoding(name: string): string {
  const lower = name.toLowerCase().replaceAll('_', '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-')) return 'utf-8';
  if (/^(latin-1|iso-8859-1|iso-latin-1)(-|$)/.test(lower) || lower === 'latin1' || lower === 'l1') return 'latin-1';
  return lower;
}

/** The declared encoding of a file (normalized), or null when there is no cookie. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const [line1 = '', line2 = ''] = firstLines(bytes, 2);
  const m1 = cookiePattern.exec(line1);
  if (m1) return normalizeEncoding(m1[1]!);
  if (blankOrComment.test(line1)) {
    const m2 = cookiePattern.exec(line2);
    if (m2) return normalizeEncoding(m2[1]!);
  }
  return null;
}

export function decodeSource(bytes: Uint8Array): string {
  let body = bytes;
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) body = bytes.subarray(3);
  const encoding = declaredEncoding(body) ?? 'utf-8';
  if (hasBom && encoding !== 'utf-8') throw new SourceDecodeError(`encoding problem: ${encoding} with BOM`);
  if (encoding === 'latin-1') {
    let text = '';
    for (let i = 0; i < body.length; i += 8192) {
      text += String.fromCharCode(...body.subarray(i, i + 8192));
    }
    return text;
  }
  // CPython rejects null bytes before decoding, as a syntax error: decode leniently so that
  // the tokenizer can report it.
  const fatal = !body.includes(0);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal, ignoreBOM: true });
  } catch {
    throw new SourceDecodeError(`unknown encoding: ${encoding}`);
  }
  try {
    return decoder.decode(body);
  } catch {
    throw new SourceDecodeError(`source is not valid ${encoding} text`);
  }
}
