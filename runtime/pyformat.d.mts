// Types of runtime/pyformat.mjs for the TypeScript side (the translator and the tests).

export type PyValue =
  | { type: 'int'; value: bigint }
  | { type: 'float'; value: number }
  | { type: 'str'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'none'; value?: null };

export type PythonErrorType = 'ValueError' | 'TypeError' | 'IndexError' | 'KeyError' | 'OverflowError';

export class PythonError extends Error {
  constructor(pythonType: PythonErrorType, message: string);
  pythonType: PythonErrorType;
}

export function floatRepr(x: number): string;
export function floatStr(x: number): string;
export function formatFloat(x: number, spec: string): string;
export function formatInt(n: bigint, spec: string, typeName?: string): string;
export function formatStr(s: string, spec: string): string;
export function formatValue(value: PyValue, spec: string): string;
export function percentFormat(format: string, values: PyValue[]): string;
export function strFormat(template: string, positional?: PyValue[], named?: Record<string, PyValue>): string;
export function pyStr(value: PyValue): string;
export function pyRepr(value: PyValue): string;
export function pyAscii(value: PyValue): string;
export function reprString(s: string): string;

export interface ResolvedSpec {
  path: 'text' | 'str' | 'int' | 'float';
  fill: string;
  align: string;
  sign: '' | '+' | ' ';
  width: number;
  separator: '' | ',' | '_';
  groupSize: number;
  precision: number;
  type: string;
  alternate: boolean;
  addDotZero: boolean;
  noNegativeZero: boolean;
}
export type SpecKind = 'int' | 'bool' | 'float' | 'str' | 'none';
export function resolveFormatSpec(spec: string, kind: SpecKind): ResolvedSpec;
export function doubleToString(
  x: number, code: string, precision: number,
  options: { alternate?: boolean; addDotZero?: boolean; noNegativeZero?: boolean },
): string;

/** The parts of a number that layoutNumber pads, signs and groups. */
export interface NumberParts {
  negative: boolean;
  prefix: string;
  digits: string;
  hasDecimalPoint: boolean;
  remainder: string;
  upper: boolean;
}
export function layoutNumber(
  parts: NumberParts,
  spec: Pick<ResolvedSpec, 'fill' | 'align' | 'sign' | 'width' | 'separator' | 'groupSize'>,
  grouped: boolean,
): string;

/** One `%` specifier, as parseConversion reads it. */
export interface PercentConversion {
  leftAlign: boolean;
  plusSign: boolean;
  blankSign: boolean;
  alternate: boolean;
  zeroPad: boolean;
  width: number;
  precision: number;
  char: string;
}
export function parseConversion(chars: string[], start: number, nextArgument: () => PyValue): { conversion: PercentConversion; end: number };

/** One str.format replacement field, as parseField reads it. */
export interface ReplacementField {
  name: string;
  conversion: string;
  spec: string;
  specHasFields: boolean;
  end: number;
}
export function parseField(template: string, start: number): ReplacementField;
export function fieldIndex(text: string): number;
