// Types of runtime/hostformat.mjs for the TypeScript side (the translator and the tests).

import type { HostFunctionFactory } from './hostinstance.mjs';
import type { ResolvedSpec } from './pyformat.mjs';

export const TEXT_CHUNK: number;
export const FORMAT_ERRORS: readonly string[];
export const FORMAT_KINDS: readonly ('int' | 'bool' | 'float' | 'str' | 'none')[];
export const FORMAT_PATHS: readonly ResolvedSpec['path'][];
export const FORMAT_OPERATIONS: readonly ('format' | 'percent' | 'str.format')[];
export const SPEC_ALTERNATE: number;
export const SPEC_ADD_DOT_ZERO: number;
export const SPEC_NO_NEGATIVE_ZERO: number;
export function encodeSpec(spec: ResolvedSpec): number[];
export function floatText(x: number, code: string, precision: number, flags: number): string;
export const fmt_put: HostFunctionFactory;
export const fmt_push: HostFunctionFactory;
export const fmt_spec: HostFunctionFactory;
export const fmt_apply: HostFunctionFactory;
export const fmt_float: HostFunctionFactory;
export const fmt_text: HostFunctionFactory;
