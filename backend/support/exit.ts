// The exit status that sys.exit() asks for, read by the entry function when a SystemExit
// leaves the program.

import { binaryen } from '../wasm/binaryen.ts';
import type { Support } from './support.ts';

export function exitCode(s: Support): string {
  return s.global('exit_code', binaryen.i32, () => s.module.i32.const(0));
}
