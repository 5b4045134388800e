// Types of runtime/hostmemory.mjs for the TypeScript side.

import type { HostFunctionFactory } from './hostinstance.mjs';

export function nodeMemoryCheck(v8: typeof import('node:v8'), vm: typeof import('node:vm')): (bytes: number) => boolean;
export const memory_fits: HostFunctionFactory;
