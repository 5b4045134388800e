// Types of runtime/hostsystem.mjs for the TypeScript side.

import type { HostFunctionFactory } from './hostinstance.mjs';
import type { HostProgramInfo } from './host.mjs';

/** The frame CPython prints for site `index` (its text) and the key repeated frames share. */
export function siteFrame(sites: HostProgramInfo['sites'], index: number): { key: string; text: string };
export const write: HostFunctionFactory;
export const time: HostFunctionFactory;
export const site_text: HostFunctionFactory;
export const class_name: HostFunctionFactory;
