// Types of runtime/hoststdin.mjs for the TypeScript side.

import type { HostFunctionFactory } from './hostinstance.mjs';

export function linesOfText(getText: () => string): () => string | null;
export function linesOfChunks(readChunk: () => Uint8Array | null): () => string | null;
export function stdinChunks(readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: null) => number): () => Uint8Array | null;
export const input_line: HostFunctionFactory;
export const input_code: HostFunctionFactory;
