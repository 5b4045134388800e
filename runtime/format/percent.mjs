// Python's printf-style `format % values` (CPython 3.11's PyUnicode_Format): conversions
// %s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c and %%, flags '-+ #0', width and precision
// given inline or as '*'. Errors come in CPython's order: an argument is taken before its
// conversion character is checked, and an unfinished specifier is an 'incomplete format'.
// `values` is the tuple on the right of '%' (a single value is a one-element array); mapping
// keys ('%(name)s') need a dict and raise 'format requires a mapping' as they do for a tuple.

import { C_INT_MAX, PY_SSIZE_T_MAX } from './c-limits.mjs';
import { overflowError, typeError, valueError } from './errors.mjs';
import { intToFloat } from './format-number.mjs';
import { doubleToString } from './float-text.mjs';
import { pyAscii, pyRepr, pyStr, pythonTypeName } from './values.mjs';

/** @typedef {import('./values.mjs').PyValue} PyValue */

/**
 * @typedef {object} Conversion one '%...' specifier
 * @property {boolean} leftAlign '-'
 * @property {boolean} plusSign '+'
 * @property {boolean} blankSign ' '
 * @property {boolean} alternate '#'
 * @property {boolean} zeroPad '0'
 * @property {number} width -1 when not given
 * @property {number} precision -1 when not given
 * @property {string} char the conversion character
 */

/**
 * format % values.
 * @param {string} format
 * @param {PyValue[]} values
 */
export function percentFormat(format, values) {
  const chars = Array.from(format);
  let argumentIndex = 0;
  const nextArgument = () => {
    if (argumentIndex < values.length) return values[argumentIndex++];
    throw typeError('not enough arguments for format string');
  };
  let text = '';
  let pos = 0;
  while (pos < chars.length) {
    const literalEnd = chars.indexOf('%', pos);
    if (literalEnd < 0) {
      text += chars.slice(pos).join('');
      break;
    }
    text += chars.slice(pos, literalEnd).join('');
    pos = literalEnd + 1;
    if (chars[pos] === '%') {
      text += '%';
      pos += 1;
      continue;
    }
    const parsed = parseConversion(chars, pos, nextArgument);
    pos = parsed.end;
    text += convert(parsed.conversion, nextArgument(), parsed.end - 1);
  }
  if (argumentIndex < values.length) {
    throw typeError('not all arguments converted during string formatting');
  }
  return text;
}

/**
 * Reads the specifier that starts after a '%' at `chars[start]`, taking '*' arguments.
 * @param {string[]} chars
 * @param {number} start
 * @param {() => PyValue} nextArgument
 * @returns {{conversion: Conversion, end: number}} end: the index after the conversion character
 */
export function parseConversion(chars, start, nextArgument) {
  let pos = start;
  let exhausted = false;
  /** The next character, or (once the format has run out) `current` again. */
  const next = (/** @type {string} */ current) => {
    if (pos < chars.length) return chars[pos++];
    exhausted = true;
    return current;
  };
  let char = chars[pos] ?? '';
  if (char === '(') throw typeError('format requires a mapping');
  const conversion = {
    leftAlign: false, plusSign: false, blankSign: false, alternate: false, zeroPad: false,
    width: -1, precision: -1, char: '',
  };
  for (;;) {
    char = next(char);
    if (exhausted) break;
    if (char === '-') conversion.leftAlign = true;
    else if (char === '+') conversion.plusSign = true;
    else if (char === ' ') conversion.blankSign = true;
    else if (char === '#') conversion.alternate = true;
    else if (char === '0') conversion.zeroPad = true;
    else break;
  }
  if (char === '*') {
    const width = starArgument(nextArgument(), PY_SSIZE_T_MAX, 'ssize_t');
    conversion.width = Number(width < 0n ? -width : width);
    if (width < 0n) conversion.leftAlign = true;
    // CPython negates the width in a C ssize_t, where the smallest value stays negative.
    if (width === -PY_SSIZE_T_MAX - 1n) conversion.width = 0;
    char = next(char);
  } else if (isAsciiDigit(char)) {
    let width = BigInt(char);
    for (char = next(char); !exhausted && isAsciiDigit(char); char = next(char)) {
      width = width * 10n + BigInt(char);
      if (width > PY_SSIZE_T_MAX) throw valueError('width too big');
    }
    conversion.width = Number(width);
  }
  if (char === '.') {
    conversion.precision = 0;
    char = next(char);
    if (char === '*') {
      conversion.precision = Math.max(0, Number(starArgument(nextArgument(), C_INT_MAX, 'int')));
      char = next(char);
    } else if (isAsciiDigit(char)) {
      let precision = BigInt(char);
      for (char = next(char); !exhausted && isAsciiDigit(char); char = next(char)) {
        precision = precision * 10n + BigInt(char);
        if (precision > C_INT_MAX) throw valueError('precision too big');
      }
      conversion.precision = Number(precision);
    }
  }
  if (!exhausted && (char === 'h' || char === 'l' || char === 'L')) char = next(char);
  if (exhausted) throw valueError('incomplete format');
  conversion.char = char;
  return { conversion, end: pos };
}

/** @param {string} char */
function isAsciiDigit(char) {
  return char >= '0' && char <= '9' && char.length === 1;
}

/**
 * The value of a '*' width or precision: an int (or bool) that fits the C type.
 * @param {PyValue} value
 * @param {bigint} max
 * @param {string} cType
 * @returns {bigint}
 */
function starArgument(value, max, cType) {
  if (value.type !== 'int' && value.type !== 'bool') throw typeError('* wants int');
  const n = value.type === 'int' ? value.value : BigInt(value.value);
  if (n > max || n < -max - 1n) throw overflowError(`Python int too large to convert to C ${cType}`);
  return n;
}

/**
 * One conversion of `value`, padded; `index` is where its character is, for the error.
 * @param {Conversion} conversion
 * @param {PyValue} value
 * @param {number} index
 */
function convert(conversion, value, index) {
  const char = conversion.char;
  switch (char) {
    case 's': return pad(conversion, truncate(pyStr(value), conversion.precision), false);
    case 'r': return pad(conversion, truncate(pyRepr(value), conversion.precision), false);
    case 'a': return pad(conversion, truncate(pyAscii(value), conversion.precision), false);
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      return pad(conversion, integerText(conversion, integerArgument(value, char)), true);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      const precision = conversion.precision < 0 ? 6 : conversion.precision;
      const text = doubleToString(floatArgument(value), char, precision, { alternate: conversion.alternate });
      return pad(conversion, text, true);
    }
    case 'c': return pad(conversion, characterArgument(value), false);
  }
  const codePoint = /** @type {number} */ (char.codePointAt(0));
  const shown = codePoint >= 31 && codePoint <= 126 ? char : '?';
  throw valueError(
    `unsupported format character '${shown}' (0x${codePoint.toString(16)}) at index ${index}`,
  );
}

/**
 * @param {string} text
 * @param {number} precision
 */
function truncate(text, precision) {
  if (precision < 0) return text;
  const chars = Array.from(text);
  return chars.length > precision ? chars.slice(0, precision).join('') : text;
}

/**
 * The int that %d, %x, ... format: floats truncate toward zero for %d, %i, %u.
 * @param {PyValue} value
 * @param {string} char
 */
function integerArgument(value, char) {
  if (value.type === 'int') return value.value;
  if (value.type === 'bool') return value.value ? 1n : 0n;
  const integerOnly = char === 'o' || char === 'x' || char === 'X';
  if (value.type === 'float' && !integerOnly) {
    const x = value.value;
    if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
    return BigInt(Math.trunc(x));
  }
  const wanted = integerOnly ? 'an integer' : 'a real number';
  throw typeError(`%${char} format: ${wanted} is required, not ${pythonTypeName(value)}`);
}

/**
 * The digits of an integer conversion: sign, '0x'/'0o' prefix for '#', then the digits padded
 * with zeros to the precision (_PyUnicode_FormatLong).
 * @param {Conversion} conversion
 * @param {bigint} n
 */
function integerText(conversion, n) {
  const char = conversion.char;
  const base = char === 'o' ? 8 : char === 'x' || char === 'X' ? 16 : 10;
  let digits = (n < 0n ? -n : n).toString(base);
  if (conversion.precision > digits.length) digits = digits.padStart(conversion.precision, '0');
  const prefix = conversion.alternate && base !== 10 ? `0${char.toLowerCase()}` : '';
  const text = (n < 0n ? '-' : '') + prefix + digits;
  return char === 'X' ? text.toUpperCase() : text;
}

/**
 * @param {PyValue} value
 * @returns {number}
 */
function floatArgument(value) {
  switch (value.type) {
    case 'float': return value.value;
    case 'int': return intToFloat(value.value);
    case 'bool': return value.value ? 1 : 0;
  }
  throw typeError(`must be real number, not ${pythonTypeName(value)}`);
}

/**
 * The character of %c: a str of length one, or a code point.
 * @param {PyValue} value
 */
function characterArgument(value) {
  if (value.type === 'str' && Array.from(value.value).length === 1) return value.value;
  if (value.type === 'int' || value.type === 'bool') {
    const n = value.type === 'int' ? value.value : BigInt(value.value);
    if (n < 0n || n > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  throw typeError('%c requires int or char');
}

/**
 * Pads a converted value to the width (unicode_format_arg_output). Numbers (`numeric`) take a
 * '+' or ' ' sign, and with the '0' flag are padded with zeros after the sign and the '0x'
 * prefix; everything else is padded with spaces.
 * @param {Conversion} conversion
 * @param {string} text
 * @param {boolean} numeric
 */
function pad(conversion, text, numeric) {
  const fill = numeric && conversion.zeroPad ? '0' : ' ';
  let body = text;
  let sign = '';
  if (numeric) {
    if (body[0] === '-' || body[0] === '+') {
      sign = body[0];
      body = body.slice(1);
    } else if (conversion.plusSign) sign = '+';
    else if (conversion.blankSign) sign = ' ';
  }
  let prefix = '';
  const char = conversion.char;
  if (conversion.alternate && (char === 'x' || char === 'X' || char === 'o')) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
  }
  const length = sign.length + prefix.length + Array.from(body).length;
  const padding = Math.max(0, conversion.width - length);
  if (conversion.leftAlign) return sign + prefix + body + ' '.repeat(padding);
  if (fill === '0') return sign + prefix + '0'.repeat(padding) + body;
  return ' '.repeat(padding) + sign + prefix + body;
}
