// The registry of runtime support code written directly in wasm: each function, global and
// memory area is defined the first time some lowered code asks for it, so a program carries
// only the support it uses.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { ValueModel } from '../memory/valuemodel.ts';
import type { ClassLayout } from '../emit/classes.ts';
import { STR, CHARS, LATIN1, STR_REF as STR_NONNULL } from './types.ts';

/** Linear memory layout: the output buffer, then a scratch area the host writes text into. */
export const OUTPUT_BUFFER = 0;
export const OUTPUT_BUFFER_SIZE = 65536;
export const SCRATCH = 65536;
export const SCRATCH_SIZE = 65536;
export const MEMORY_PAGES = 2;

export interface HostImport {
  readonly name: string;
  readonly params: readonly binaryen.Type[];
  readonly result: binaryen.Type;
}

export class Support {
  readonly module: binaryen.Module;
  readonly model: ValueModel;
  readonly classes: ClassLayout;
  private readonly defined = new Set<string>();
  private readonly imported = new Set<string>();
  private readonly strings = new Map<string, string>();
  /**
   * How raise() makes the exception of a class id when some builtin exception classes have
   * fields of their own (emit/exceptionlayout.ts); null: a plain BaseException struct.
   */
  exceptionMaker: ((cls: () => Expr, message: () => Expr) => Expr) | null = null;

  constructor(module: binaryen.Module, model: ValueModel, classes: ClassLayout) {
    this.module = module;
    this.model = model;
    this.classes = classes;
  }

  /** The class id of a builtin exception class. */
  classId(name: string): number {
    return this.classes.builtinId(name);
  }

  /** Defines `name` with `define` unless already defined; returns the name. */
  ensure(name: string, define: () => void): string {
    if (!this.defined.has(name)) {
      this.defined.add(name);
      define();
    }
    return name;
  }

  /** A function imported from the host module `host`. */
  host(fn: HostImport): string {
    const name = `host_${fn.name}`;
    if (!this.imported.has(name)) {
      this.imported.add(name);
      this.module.addFunctionImport(name, 'host', fn.name, binaryen.createType([...fn.params]), fn.result);
    }
    return name;
  }

  hostCall(fn: HostImport, args: Expr[]): Expr {
    return this.module.call(this.host(fn), args, fn.result);
  }

  /** A constant str, built once into an immutable global. */
  str(text: string): Expr {
    let name = this.strings.get(text);
    if (name === undefined) {
      name = `str_${this.strings.size}`;
      this.strings.set(text, name);
      const codes = [...text].map((ch) => this.module.i32.const(ch.codePointAt(0)!));
      const kind = [...text].every((ch) => ch.codePointAt(0)! < 256) ? LATIN1 : CHARS;
      const init = this.model.structNew(STR, [this.module.i64.const(0n), this.model.arrayNewFixed(kind, codes)]);
      this.module.addGlobal(name, this.model.valueType(STR_NONNULL), false, init);
    }
    return this.module.global.get(name, this.model.valueType(STR_NONNULL));
  }

  /** A mutable global of a primitive type, created once. */
  global(name: string, type: binaryen.Type, init: () => Expr): string {
    this.ensure(`global:${name}`, () => {
      this.module.addGlobal(name, type, true, init());
    });
    return name;
  }
}

/** The host functions Wyrm's modules may import; runtime/host.mjs implements them. */
export const HOST = {
  write: { name: 'write', params: [binaryen.i32, binaryen.i32, binaryen.i32], result: binaryen.none },
  floatRepr: { name: 'float_repr', params: [binaryen.f64], result: binaryen.i32 },
  floatFormat: { name: 'float_format', params: [binaryen.f64, binaryen.i32, binaryen.i32, binaryen.i32], result: binaryen.i32 },
  siteText: { name: 'site_text', params: [binaryen.i32], result: binaryen.i32 },
  className: { name: 'class_name', params: [binaryen.i32], result: binaryen.i32 },
  mathUnary: { name: 'math1', params: [binaryen.i32, binaryen.f64], result: binaryen.f64 },
  mathBinary: { name: 'math2', params: [binaryen.i32, binaryen.f64, binaryen.f64], result: binaryen.f64 },
  time: { name: 'time', params: [binaryen.i32], result: binaryen.f64 },
  // input() (support/input.ts, runtime/hoststdin.mjs).
  inputLine: { name: 'input_line', params: [binaryen.i32], result: binaryen.i32 },
  inputCode: { name: 'input_code', params: [binaryen.i32], result: binaryen.i32 },
  // Whether a large allocation will fit in the host's heap (runtime/hostmemory.mjs).
  memoryFits: { name: 'memory_fits', params: [binaryen.f64], result: binaryen.i32 },
  parseFloat: { name: 'parse_float', params: [binaryen.i32], result: binaryen.i32 },
  isPrintable: { name: 'is_printable', params: [binaryen.i32], result: binaryen.i32 },
  charClass: { name: 'char_class', params: [binaryen.i32], result: binaryen.i32 },
  charInfo: { name: 'char_info', params: [binaryen.i32, binaryen.i32], result: binaryen.i32 },
  caseFull: { name: 'case_full', params: [binaryen.i32, binaryen.i32], result: binaryen.i32 },
  intTrueDivide: { name: 'int_true_divide', params: [binaryen.i64, binaryen.i64], result: binaryen.f64 },
  roundFloat: { name: 'round_float', params: [binaryen.f64, binaryen.i64], result: binaryen.f64 },
  // String formatting (runtime/hostformat.mjs; the protocol is described there).
  fmtPut: { name: 'fmt_put', params: [binaryen.i32], result: binaryen.none },
  fmtPush: { name: 'fmt_push', params: [binaryen.i32, binaryen.i64, binaryen.f64], result: binaryen.none },
  fmtSpec: { name: 'fmt_spec', params: [binaryen.i32], result: binaryen.i32 },
  fmtApply: { name: 'fmt_apply', params: [binaryen.i32, binaryen.i32], result: binaryen.i32 },
  fmtFloat: { name: 'fmt_float', params: [binaryen.f64, binaryen.i32, binaryen.i32, binaryen.i32], result: binaryen.i32 },
  fmtText: { name: 'fmt_text', params: [binaryen.i32], result: binaryen.i32 },
} as const satisfies Record<string, HostImport>;
