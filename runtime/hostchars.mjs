// The host functions of Python's character classes and case mappings, which come from
// JavaScript's Unicode tables (a translated module carries none of its own): char_info,
// char_class, case_full and is_printable. Each of those exports is the factory of the import of
// that name (see hostinstance.mjs). Plain JavaScript with no Node imports.

/**
 * The decimal value of a Unicode digit (any script), or -1. Every decimal digit belongs to a
 * run of ten consecutive code points from 0 to 9, so its value is its distance from the run's
 * start.
 */
export function digitValue(codePoint) {
  const isDigit = (c) => /\p{Nd}/u.test(String.fromCodePoint(c));
  if (!isDigit(codePoint)) return -1;
  let start = codePoint;
  while (start > 0 && isDigit(start - 1)) start -= 1;
  return (codePoint - start) % 10;
}

/** Bits of charInfo(2, c): Python's character classes for str.isalpha() and the others. */
const CHAR_BITS = [
  [1, /\p{L}/u], // isalpha
  [2, /\p{Nd}|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24f5-\u24fd\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u], // isdigit
  [4, /\p{Nd}/u], // isdecimal
  [8, /\p{N}/u], // isnumeric
  [16, /[\s\x1c-\x1f\x85]/u], // isspace
  [32, /\p{Uppercase}/u],
  [64, /\p{Lowercase}/u],
  [128, /\p{Lt}/u], // titlecase
  [256, /\p{Cased}/u],
  [512, /\p{Case_Ignorable}/u],
];

/**
 * Character information for the runtime library: 0 and 1 give the lower- and uppercase of a
 * code point (-1 when the mapping has several characters), 2 the class bits above.
 */
export function charInfo(which, codePoint) {
  const ch = String.fromCodePoint(codePoint);
  if (which === 2) {
    let bits = 0;
    for (const [bit, pattern] of CHAR_BITS) if (pattern.test(ch) && !(bit === 16 && codePoint === 0xfeff)) bits |= bit;
    return bits;
  }
  const mapped = which === 0 ? ch.toLowerCase() : ch.toUpperCase();
  const points = [...mapped];
  return points.length === 1 ? points[0].codePointAt(0) : -1;
}

/** Python's str.isspace() for one code point. */
export function isPySpace(codePoint) {
  return /[\s\x1c-\x1f\x85]/u.test(String.fromCodePoint(codePoint)) && codePoint !== 0xfeff;
}

/** Python's str.isprintable() for one code point. */
export function isPrintable(codePoint) {
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(String.fromCodePoint(codePoint));
}

export function char_info() {
  return charInfo;
}

/** A code point's digit value, 10 for white space, else -1 (int() and float() of a str). */
export function char_class() {
  return (codePoint) => {
    const digit = digitValue(codePoint);
    if (digit >= 0) return digit;
    return isPySpace(codePoint) ? 10 : -1;
  };
}

/** The full lower- (which = 0) or uppercase of a code point, as text in the scratch area. */
export function case_full(host) {
  return (which, codePoint) => {
    const ch = String.fromCodePoint(codePoint);
    return host.putText(which === 0 ? ch.toLowerCase() : ch.toUpperCase());
  };
}

export function is_printable() {
  return (codePoint) => (isPrintable(codePoint) ? 1 : 0);
}
