// Types of runtime/hostinstance.mjs for the TypeScript side (the tests).

import type { HostProgramInfo, ProgramIO } from './host.mjs';

/** What the host functions of one instance share (see hostinstance.mjs). */
export interface HostContext {
  program: HostProgramInfo;
  io: ProgramIO;
  memory(): WebAssembly.Memory;
  scratchAddress: number;
  scratch(): Uint8Array;
  putText(text: string): number;
  shared<T>(create: (host: HostContext) => T): T;
}

/** Makes the host function of one import for one instance. */
export type HostFunctionFactory = (host: HostContext) => (...args: never[]) => unknown;

export interface Host {
  imports: WebAssembly.Imports;
  attach(instance: WebAssembly.Instance): void;
  putArgument(text: string): number;
}

export function createHost(program: HostProgramInfo, io: ProgramIO, factories: Record<string, HostFunctionFactory>): Host;
export function instantiateProgram(
  module: WebAssembly.Module, program: HostProgramInfo, io: ProgramIO, factories: Record<string, HostFunctionFactory>,
): Promise<{ instance: WebAssembly.Instance; start(argv: string[]): number }>;
