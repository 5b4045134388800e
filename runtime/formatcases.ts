// The fixture of CPython's formatting results (pyformat.cases.json, written by pyformat_cases.py
// under CPython 3.11): its types, loaded once, and its values decoded into the formatter's form.
// Shared by the formatter's tests, the format planner's tests and tools/format-conformance.ts.

import { readFileSync } from 'node:fs';
import type { PyValue } from './pyformat.mjs';

export type JsonValue =
  | { type: 'int'; value: string }
  | { type: 'float'; value: string }
  | { type: 'str'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'none' };

/** CPython's text, or [exception type, message]. */
export type Outcome = string | [string, string];

export interface FormatCases {
  python: string;
  format: [JsonValue, string, Outcome][];
  floatRepr: [string, string][];
  percent: [string, JsonValue[], Outcome][];
  strFormat: [string, JsonValue[], Record<string, JsonValue>, Outcome][];
}

export function loadFormatCases(): FormatCases {
  return JSON.parse(readFileSync(new URL('./pyformat.cases.json', import.meta.url), 'utf8')) as FormatCases;
}

/** A float as the fixture writes it (repr, with inf and nan). */
export function parseFloatRepr(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

export function decodeValue(value: JsonValue): PyValue {
  switch (value.type) {
    case 'int': return { type: 'int', value: BigInt(value.value) };
    case 'float': return { type: 'float', value: parseFloatRepr(value.value) };
    case 'str': return { type: 'str', value: value.value };
    case 'bool': return { type: 'bool', value: value.value };
    case 'none': return { type: 'none' };
  }
}
