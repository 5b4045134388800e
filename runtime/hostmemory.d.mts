// Types of runtime/hostmemory.mjs for the TypeScript side.

export function nodeMemoryCheck(v8: typeof import('node:v8'), vm: typeof import('node:vm')): (bytes: number) => boolean;
export function createMemoryImports(memoryFits: ((bytes: number) => boolean) | undefined): Record<string, (bytes: number) => number>;
