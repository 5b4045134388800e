// The Python values that the format functions receive from translated code, tagged with their
// Python type, and their str(), repr() and ascii(): what %s, %r, %a, {!s}, {!r} and {!a} show.
// str repr follows CPython's unicode_repr: its choice of quote and its escapes of characters
// that str.isprintable() rejects (taken from the JavaScript engine's Unicode tables).

import { floatRepr } from './float-text.mjs';

/**
 * @typedef {{type: 'int', value: bigint} | {type: 'float', value: number} |
 *   {type: 'str', value: string} | {type: 'bool', value: boolean} |
 *   {type: 'none', value?: null}} PyValue
 */

const PYTHON_TYPE_NAMES = { int: 'int', float: 'float', str: 'str', bool: 'bool', none: 'NoneType' };

/**
 * The name of the value's Python type, as error messages spell it.
 * @param {PyValue} value
 */
export function pythonTypeName(value) {
  return PYTHON_TYPE_NAMES[value.type];
}

/**
 * str(value).
 * @param {PyValue} value
 * @returns {string}
 */
export function pyStr(value) {
  switch (value.type) {
    case 'int': return value.value.toString();
    case 'float': return floatRepr(value.value);
    case 'str': return value.value;
    case 'bool': return value.value ? 'True' : 'False';
    case 'none': return 'None';
  }
}

/**
 * repr(value).
 * @param {PyValue} value
 */
export function pyRepr(value) {
  return value.type === 'str' ? reprString(value.value) : pyStr(value);
}

/**
 * ascii(value): repr() with every non-ASCII character escaped.
 * @param {PyValue} value
 */
export function pyAscii(value) {
  let text = '';
  for (const char of pyRepr(value)) {
    const codePoint = /** @type {number} */ (char.codePointAt(0));
    text += codePoint < 0x80 ? char : escapeCodePoint(codePoint);
  }
  return text;
}

/**
 * repr() of a str.
 * @param {string} s
 */
export function reprString(s) {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let text = quote;
  for (const char of s) {
    const codePoint = /** @type {number} */ (char.codePointAt(0));
    if (char === quote || char === '\\') text += `\\${char}`;
    else if (char === '\t') text += '\\t';
    else if (char === '\n') text += '\\n';
    else if (char === '\r') text += '\\r';
    else if (codePoint < 0x20 || codePoint === 0x7f) text += escapeCodePoint(codePoint);
    else if (codePoint < 0x7f || isPrintable(char)) text += char;
    else text += escapeCodePoint(codePoint);
  }
  return text + quote;
}

/** @param {number} codePoint */
function escapeCodePoint(codePoint) {
  const hex = codePoint.toString(16);
  if (codePoint < 0x100) return `\\x${hex.padStart(2, '0')}`;
  if (codePoint < 0x10000) return `\\u${hex.padStart(4, '0')}`;
  return `\\U${hex.padStart(8, '0')}`;
}

/**
 * str.isprintable() of one non-ASCII character: not a control, format, surrogate, private-use,
 * unassigned, line, paragraph or space separator character.
 * @param {string} char
 */
function isPrintable(char) {
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(char);
}
