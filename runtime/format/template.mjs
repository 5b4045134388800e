// Python's str.format (CPython 3.11's Objects/stringlib/unicode_format.h): literal text with
// '{{' and '}}' escapes, replacement fields '{name!conversion:spec}' whose name is empty
// (automatic numbering), a position or a keyword, and specs that may themselves contain fields
// ('{:{width}}', two levels deep at most). Attribute and index access ('{0.x}', '{0[1]}') are
// refused: translated programs reach this only with positional and keyword values.

import { PY_SSIZE_T_MAX } from './c-limits.mjs';
import { PythonError, unsupportedFormat, valueError } from './errors.mjs';
import { formatValue } from './format-value.mjs';
import { decimalDigitValue } from './spec.mjs';
import { pyAscii, pyRepr, pyStr, reprString } from './values.mjs';

/** @typedef {import('./values.mjs').PyValue} PyValue */

/**
 * @typedef {object} FormatArguments
 * @property {PyValue[]} positional
 * @property {Record<string, PyValue>} named
 * @property {{manual: boolean | null, next: number}} numbering null until the first numbered
 *   or automatic field says which kind the template uses
 */

/**
 * @typedef {object} ReplacementField
 * @property {string} name
 * @property {string} conversion '' when none
 * @property {string} spec
 * @property {boolean} specHasFields
 * @property {number} end index after the closing '}'
 */

const MAX_NESTING = 2;

/**
 * template.format(*positional, **named).
 * @param {string} template
 * @param {PyValue[]} [positional]
 * @param {Record<string, PyValue>} [named]
 */
export function strFormat(template, positional = [], named = {}) {
  const args = { positional, named, numbering: { manual: null, next: 0 } };
  return expand(template, args, MAX_NESTING);
}

/**
 * @param {string} template
 * @param {FormatArguments} args
 * @param {number} depth how many more levels of fields in specs are allowed
 */
function expand(template, args, depth) {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let text = '';
  let pos = 0;
  while (pos < template.length) {
    const start = pos;
    let char = '';
    let markup = false;
    while (pos < template.length) {
      char = template[pos++];
      if (char === '{' || char === '}') {
        markup = true;
        break;
      }
    }
    const atEnd = pos >= template.length;
    let literalEnd = pos;
    if (char === '}' && (atEnd || template[pos] !== '}')) {
      throw valueError("Single '}' encountered in format string");
    }
    if (char === '{' && atEnd) throw valueError("Single '{' encountered in format string");
    if (markup) {
      if (template[pos] === char) {
        pos += 1;
        markup = false;
      } else {
        literalEnd -= 1;
      }
    }
    text += template.slice(start, literalEnd);
    if (!markup) continue;
    const field = parseField(template, pos);
    pos = field.end;
    text += renderField(field, args, depth);
  }
  return text;
}

/**
 * Reads the replacement field whose '{' ends before `start`.
 * @param {string} template
 * @param {number} start
 * @returns {ReplacementField}
 */
export function parseField(template, start) {
  let pos = start;
  let char = '';
  scan: while (pos < template.length) {
    char = template[pos++];
    switch (char) {
      case '{': throw valueError("unexpected '{' in field name");
      case '[':
        while (pos < template.length && template[pos] !== ']') pos += 1;
        continue;
      case '}': case ':': case '!':
        break scan;
    }
  }
  const name = template.slice(start, pos - 1);
  if (char !== '!' && char !== ':') {
    if (char !== '}') throw valueError("expected '}' before end of string");
    return { name, conversion: '', spec: '', specHasFields: false, end: pos };
  }
  let conversion = '';
  if (char === '!') {
    if (pos >= template.length) {
      throw valueError('end of string while looking for conversion specifier');
    }
    conversion = String.fromCodePoint(/** @type {number} */ (template.codePointAt(pos)));
    pos += conversion.length;
    if (pos < template.length) {
      const next = template[pos++];
      if (next === '}') return { name, conversion, spec: '', specHasFields: false, end: pos };
      if (next !== ':') throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let depth = 1;
  let specHasFields = false;
  while (pos < template.length) {
    const specChar = template[pos++];
    if (specChar === '{') {
      specHasFields = true;
      depth += 1;
    } else if (specChar === '}') {
      depth -= 1;
      if (depth === 0) {
        return { name, conversion, spec: template.slice(specStart, pos - 1), specHasFields, end: pos };
      }
    }
  }
  throw valueError("unmatched '{' in format spec");
}

/**
 * The text of one field: its value, converted, formatted with its (expanded) spec.
 * @param {ReplacementField} field
 * @param {FormatArguments} args
 * @param {number} depth
 */
function renderField(field, args, depth) {
  let value = fieldValue(field.name, args);
  if (field.conversion !== '') value = { type: 'str', value: convertValue(value, field.conversion) };
  const spec = field.specHasFields ? expand(field.spec, args, depth - 1) : field.spec;
  return formatValue(value, spec);
}

/**
 * @param {PyValue} value
 * @param {string} conversion
 */
function convertValue(value, conversion) {
  switch (conversion) {
    case 'r': return pyRepr(value);
    case 's': return pyStr(value);
    case 'a': return pyAscii(value);
  }
  const codePoint = /** @type {number} */ (conversion.codePointAt(0));
  const shown = codePoint > 32 && codePoint < 127 ? conversion : `\\x${codePoint.toString(16)}`;
  throw valueError(`Unknown conversion specifier ${shown}`);
}

/**
 * The value a field name designates (field_name_split and get_field_object).
 * @param {string} name
 * @param {FormatArguments} args
 */
function fieldValue(name, args) {
  const firstEnd = name.search(/[.[]/);
  const first = firstEnd < 0 ? name : name.slice(0, firstEnd);
  let index = fieldIndex(first);
  const automatic = first === '';
  if (automatic || index >= 0) {
    const numbering = args.numbering;
    if (numbering.manual === null) numbering.manual = !automatic;
    if (numbering.manual && automatic) {
      throw valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (!numbering.manual && !automatic) {
      throw valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (automatic) index = numbering.next++;
  }
  /** @type {PyValue} */
  let value;
  if (index < 0) {
    if (!Object.hasOwn(args.named, first)) throw new PythonError('KeyError', reprString(first));
    value = args.named[first];
  } else {
    if (index >= args.positional.length) {
      throw new PythonError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
    }
    value = args.positional[index];
  }
  if (firstEnd >= 0) {
    throw unsupportedFormat(`attribute or index access in a format field ('${name}')`);
  }
  return value;
}

/**
 * The position a field name gives, or -1 when it is not made of decimal digits.
 * @param {string} text
 */
export function fieldIndex(text) {
  if (text === '') return -1;
  let index = 0n;
  for (const char of text) {
    const digit = decimalDigitValue(/** @type {number} */ (char.codePointAt(0)));
    if (digit < 0) return -1;
    index = index * 10n + BigInt(digit);
    if (index > PY_SSIZE_T_MAX) throw valueError('Too many decimal digits in format string');
  }
  return Number(index);
}
