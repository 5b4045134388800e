// Types of runtime/hoststdin.mjs for the TypeScript side.

export function linesOfText(getText: () => string): () => string | null;
export function linesOfChunks(readChunk: () => Uint8Array | null): () => string | null;
export function createInputImports(readLine: (() => string | null) | undefined): Record<string, (...args: number[]) => number>;
export function stdinChunks(readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: null) => number): () => Uint8Array | null;
