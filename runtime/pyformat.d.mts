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
