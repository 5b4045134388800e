// A format spec resolved, once, for one kind of value: what format(value, spec) will do with
// any value of that kind, as the plain pieces that Wyrm's wasm formatter lays out
// (backend/support/format.ts). The translator resolves a constant spec when it translates the
// program; the host resolves a spec computed at run time. Either way every error format() could
// raise for this spec and kind, whatever the value, is raised here, with CPython's message and in
// CPython's order (as formatStr, formatInt and formatFloat check them); the only errors left to
// the value are those of 'c' (the code point's range).

import { C_INT_MAX } from './c-limits.mjs';
import { typeError, valueError } from './errors.mjs';
import { unknownFormatCode } from './format-number.mjs';
import { parseFormatSpec } from './spec.mjs';

/** The presentation types that keep an int an int ('c' aside). */
const INTEGER_TYPES = 'bdoxXn';
/** The presentation types of float; an int converts to float for all but 'n'. */
const REAL_TYPES = 'eEfFgGn%';
/** Widths and precisions are kept below 2**31: anything longer cannot be built anyway. */
const FIELD_MAX = 0x7fffffff;

/**
 * @typedef {object} ResolvedSpec
 * @property {'text' | 'str' | 'int' | 'float'} path 'text': str() of the value as it is (the
 *   empty spec); 'str': a str padded and truncated; 'int': an int's digits laid out; 'float': a
 *   float (or an int converted to float) written by doubleToString, then laid out
 * @property {string} fill one code point
 * @property {string} align '<', '>', '^' or '='
 * @property {string} sign '', '+' or ' ' (a '-' option is the default, '')
 * @property {number} width 0 when not given
 * @property {string} separator '', ',' or '_'
 * @property {number} groupSize digits between separators
 * @property {number} precision -1 when not given: str: the most characters kept; float: the
 *   digits doubleToString writes; int: the fewest digits written (only `%` formatting sets it)
 * @property {string} type int: b c d n o x X; float: doubleToString's code (e E f F g G r) or '%'
 * @property {boolean} alternate '#': the 0x/0o/0b prefix of an int, doubleToString's alternate form
 * @property {boolean} addDotZero float: '1.0' rather than '1' (no presentation type given)
 * @property {boolean} noNegativeZero float: the 'z' option
 */

/** @type {ResolvedSpec} */
const TEXT = {
  path: 'text', fill: ' ', align: '<', sign: '', width: 0, separator: '', groupSize: 3,
  precision: -1, type: '', alternate: false, addDotZero: false, noNegativeZero: false,
};

/**
 * Resolves `spec` for values of `kind`, throwing the PythonError format() would raise for every
 * such value.
 * @param {string} spec
 * @param {'int' | 'bool' | 'float' | 'str' | 'none'} kind
 * @returns {ResolvedSpec}
 */
export function resolveFormatSpec(spec, kind) {
  if (spec === '') return TEXT;
  switch (kind) {
    case 'str': return resolveStr(spec);
    case 'int': case 'bool': return resolveInt(spec, kind);
    case 'float': {
      const parsed = parseFormatSpec(spec, 'float', '', '>');
      if (parsed.type !== '' && !REAL_TYPES.includes(parsed.type)) throw unknownFormatCode(parsed.type, 'float');
      return resolveReal(parsed);
    }
    case 'none': throw typeError('unsupported format string passed to NoneType.__format__');
  }
  throw new Error(`no format spec for values of kind ${kind}`);
}

/** @param {string} spec */
function resolveStr(spec) {
  const parsed = parseFormatSpec(spec, 'str', 's', '<');
  if (parsed.type !== 's') throw unknownFormatCode(parsed.type, 'str');
  if (parsed.sign === ' ') throw valueError('Space not allowed in string format specifier');
  if (parsed.sign !== '') throw valueError('Sign not allowed in string format specifier');
  if (parsed.noNegativeZero) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (parsed.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  if (parsed.align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  return {
    ...TEXT, path: 'str', fill: parsed.fill, align: parsed.align, width: width(parsed.width),
    precision: Math.min(parsed.precision, FIELD_MAX),
  };
}

/**
 * @param {string} spec
 * @param {'int' | 'bool'} typeName
 */
function resolveInt(spec, typeName) {
  const parsed = parseFormatSpec(spec, typeName, 'd', '>');
  const type = parsed.type;
  if (REAL_TYPES.includes(type) && type !== 'n') return resolveReal(parsed);
  if (!INTEGER_TYPES.includes(type) && type !== 'c') throw unknownFormatCode(type, typeName);
  if (parsed.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (parsed.noNegativeZero) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  if (type === 'c') {
    if (parsed.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (parsed.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
  }
  return {
    ...TEXT, path: 'int', fill: parsed.fill, align: parsed.align, sign: signOf(parsed.sign),
    width: width(parsed.width), separator: type === 'n' ? '' : parsed.separator,
    groupSize: parsed.groupSize, type, alternate: parsed.alternate,
  };
}

/**
 * formatFloatWithSpec's choices, for a float or an int converted to float.
 * @param {import('./spec.mjs').FormatSpec} parsed
 * @returns {ResolvedSpec}
 */
function resolveReal(parsed) {
  if (parsed.precision > Number(C_INT_MAX)) throw valueError('precision too big');
  let code = parsed.type;
  let precision = parsed.precision;
  let defaultPrecision = 6;
  let addDotZero = false;
  if (code === '') {
    addDotZero = true;
    code = 'r';
    defaultPrecision = 0;
  }
  if (code === 'n') code = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (code === 'r') code = 'g';
  return {
    ...TEXT, path: 'float', fill: parsed.fill, align: parsed.align, sign: signOf(parsed.sign),
    width: width(parsed.width), separator: parsed.type === 'n' ? '' : parsed.separator,
    groupSize: parsed.groupSize, precision, type: code, alternate: parsed.alternate, addDotZero,
    noNegativeZero: parsed.noNegativeZero,
  };
}

/** @param {string} sign */
function signOf(sign) {
  return sign === '-' ? '' : sign;
}

/** @param {number} given -1 when not given */
function width(given) {
  return given < 0 ? 0 : Math.min(given, FIELD_MAX);
}
