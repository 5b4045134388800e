// format(value, spec) for every value a translated program can format: str.__format__ here,
// int and float from format-number.mjs, bool as an int (but 'True' for an empty spec) and None
// through object.__format__, which accepts only the empty spec.

import { typeError, valueError } from './errors.mjs';
import { formatFloat, formatInt, unknownFormatCode } from './format-number.mjs';
import { parseFormatSpec } from './spec.mjs';

/** @typedef {import('./values.mjs').PyValue} PyValue */

/**
 * format(s, spec) for a str s.
 * @param {string} s
 * @param {string} spec
 */
export function formatStr(s, spec) {
  if (spec === '') return s;
  const parsed = parseFormatSpec(spec, 'str', 's', '<');
  if (parsed.type !== 's') throw unknownFormatCode(parsed.type, 'str');
  if (parsed.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (parsed.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (parsed.noNegativeZero) {
    throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  }
  if (parsed.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (parsed.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let chars = Array.from(s);
  if (parsed.precision >= 0 && chars.length > parsed.precision) {
    chars = chars.slice(0, parsed.precision);
  }
  const padding = Math.max(0, parsed.width - chars.length);
  let left = 0;
  if (parsed.align === '>') left = padding;
  else if (parsed.align === '^') left = Math.floor(padding / 2);
  return parsed.fill.repeat(left) + chars.join('') + parsed.fill.repeat(padding - left);
}

/**
 * format(value, spec) for a tagged Python value.
 * @param {PyValue} value
 * @param {string} spec
 */
export function formatValue(value, spec) {
  switch (value.type) {
    case 'str': return formatStr(value.value, spec);
    case 'int': return formatInt(value.value, spec);
    case 'bool': return formatInt(value.value ? 1n : 0n, spec, 'bool');
    case 'float': return formatFloat(value.value, spec);
    case 'none':
      if (spec !== '') throw typeError('unsupported format string passed to NoneType.__format__');
      return 'None';
  }
}
