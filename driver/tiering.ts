// V8's tiering of WebAssembly for the two kinds of wasm one `wyrm` process runs. Binaryen (the
// translator's code generator, itself a large wasm module) is used briefly: with V8's default
// dynamic tiering, recompiling its hot functions with TurboFan cost more than it saved (nbody's
// translation: 1.16 s of CPU -> 0.71 s without it, min of 3 runs, user+sys). The translated
// program runs long and hot, so it gets the default tiering back. V8 reads these flags when it
// compiles a module, so each setting holds for the modules compiled after it.

import { setFlagsFromString } from 'node:v8';

/** Before Binaryen is loaded: its module is compiled with Liftoff only, and stays so. */
export function tierForTranslator(): void {
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
}

/** Before the translated program's module is compiled: V8's default tiering. */
export function tierForProgram(): void {
  setFlagsFromString('--wasm-tier-up');
  setFlagsFromString('--wasm-dynamic-tiering');
}
