// Types of runtime/host.mjs for the TypeScript side (the translator and the tests).

export interface ProgramIO {
  write(fd: number, bytes: Uint8Array): void;
  /** The next line of standard input with its line ending, or null at its end (for input()). */
  readLine?: () => string | null;
  /** Whether an allocation of this many bytes will fit (runtime/hostmemory.mjs). */
  memoryFits?: (bytes: number) => boolean;
}

export interface HostProgramInfo {
  scriptPath: string;
  sites: { key: string; text: string }[];
  classNames: string[];
  math1: string[];
  math2: string[];
}

export function pyFloatRepr(x: number): string;
export function exactQuotient(a: bigint, b: bigint): number;
export function roundDigits(x: number, ndigits: bigint): number;
export function pyParseFloat(text: string): number | null;
export function createHost(program: HostProgramInfo, io: ProgramIO): {
  imports: WebAssembly.Imports;
  attach(instance: WebAssembly.Instance): void;
  putArgument(text: string): number;
};
export function runProgram(module: WebAssembly.Module, program: HostProgramInfo, argv: string[], io: ProgramIO): Promise<number>;
