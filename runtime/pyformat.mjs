// Python's number and string formatting for translated programs, exactly as CPython 3.11 writes
// it: format() with the format-spec mini-language, repr() of floats, `format % values` and
// str.format. Plain JavaScript for Node and browsers; the parts live in runtime/format/, one
// concern per file, and import nothing but each other.
//
// Values from the program arrive tagged with their Python type ({type: 'int', value: 5n}, see
// format/values.mjs). Errors are PythonError objects that carry the Python exception type and
// CPython's message.

export { PythonError } from './format/errors.mjs';
// str() of a float is its repr() (since Python 3.2), so floatStr is floatRepr under a second name.
export { floatRepr, floatRepr as floatStr } from './format/float-text.mjs';
export { formatFloat, formatInt } from './format/format-number.mjs';
export { formatStr, formatValue } from './format/format-value.mjs';
export { percentFormat } from './format/percent.mjs';
export { strFormat } from './format/template.mjs';
// The pieces Wyrm's translator and wasm formatter use: specs resolved for a kind of value, the
// float text before layout, and the parsers of `%` specifiers and str.format fields.
export { resolveFormatSpec } from './format/resolve.mjs';
export { doubleToString } from './format/float-text.mjs';
export { layoutNumber } from './format/number-layout.mjs';
export { parseConversion } from './format/percent.mjs';
export { fieldIndex, parseField } from './format/template.mjs';
export { pyAscii, pyRepr, pyStr, reprString } from './format/values.mjs';
