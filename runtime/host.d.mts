// Types of runtime/host.mjs for the TypeScript side (the translator and the tests).

import type { Host } from './hostinstance.mjs';

export interface ProgramIO {
  write(fd: number, bytes: Uint8Array): void;
  /** The next line of standard input with its line ending, or null at its end (for input()). */
  readLine?: () => string | null;
  /** Without readLine: the text of standard input, or a function returning it when first read. */
  stdin?: string | (() => string);
  /** Whether an allocation of this many bytes will fit (runtime/hostmemory.mjs). */
  memoryFits?: (bytes: number) => boolean;
  /**
   * Node's modules, when the program is the process (its loader run as a script): without
   * readLine or stdin, input() reads the process's standard input; without memoryFits, V8's heap
   * is asked.
   */
  node?: { fs: typeof import('node:fs'); v8: typeof import('node:v8'); vm: typeof import('node:vm') };
}

export interface HostProgramInfo {
  scriptPath: string;
  /** The traceback sites (backend/emit/sites.ts: SiteData). */
  sites: { paths: string[]; names: string[]; lines: string[]; frames: number[] };
  classNames: string[];
  math1: string[];
  math2: string[];
}

export function pyFloatRepr(x: number): string;
export function exactQuotient(a: bigint, b: bigint): number;
export function roundDigits(x: number, ndigits: bigint): number;
export function pyParseFloat(text: string): number | null;
export function createHost(program: HostProgramInfo, io: ProgramIO): Host;
export function instantiateProgram(module: WebAssembly.Module, program: HostProgramInfo, io: ProgramIO): Promise<{ instance: WebAssembly.Instance; start(argv: string[]): number }>;
export function runProgram(module: WebAssembly.Module, program: HostProgramInfo, argv: string[], io: ProgramIO): Promise<number>;
