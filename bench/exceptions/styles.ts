// The ways of lowering Python exceptions to wasm that the benchmark compares, as WebAssembly text.
//
// Each style says how four things are written: a translated function (its recursion-depth
// prologue and epilogue), a call that may raise outside any try (the exception propagates to the
// caller, recording the call's traceback site), a raise, and a call inside `try: ... except C:`.
// The workloads (workloads.ts) are written once against this interface, so that every style runs
// the same program. The exnref variants are not a style of their own: they are the legacy-EH
// module put through Binaryen's translate-to-exnref pass (build.ts), since binaryen.js has no
// constructor for try_table or throw_ref.
//
// - `checked`: what Wyrm emits (backend/emit/function.ts, backend/support/exceptions.ts). A
//   raised exception is stored in the global $exc; after every call that may raise, the caller
//   tests the global and, if set, pushes the call's traceback site and branches to the
//   `$propagate` label around the body, whose epilogue leaves the recursion depth and returns 0.
// - `eh`: wasm exception handling with the legacy instructions (try/catch/rethrow, which
//   Binaryen's optimizer understands). `raise` throws the exception struct with tag $exn. To keep
//   CPython's traceback (one site per frame the exception passes through, as `checked` records),
//   every call that may raise outside a try is wrapped in `try ... catch_all` that pushes the
//   site and rethrows. A handler restores the recursion depth saved when its try was entered,
//   since the frames unwound did not run their epilogue.
// - `eh-bare`: as `eh` without the per-call catch_all: the traceback holds only the raising site
//   and the handler's site. A lower bound on what wasm exceptions cost, not a complete lowering.

/** The range of class ids an `except` clause catches (a class and its subclasses). */
export interface ClassRange {
  first: number;
  last: number;
}

export const VALUE_ERROR: ClassRange = { first: 23, last: 24 };
export const OVERFLOW_ERROR = 8;
export const RECURSION_ERROR = 21;

/**
 * One wasm function being written: its locals and fresh labels. Every function is exported, as
 * if called from several places: otherwise Binaryen inlines a function called once into its
 * caller, and the raise and its handler, or the call and the handler up the stack, would meet
 * in one function, which is not the case being measured.
 */
export class Fn {
  readonly name: string;
  readonly params: readonly string[];
  private readonly locals = new Map<string, string>();
  private labels = 0;

  constructor(name: string, params: readonly string[]) {
    this.name = name;
    this.params = params;
  }

  /** Declares local `$name` of `type` (once) and returns `$name`. */
  local(name: string, type = 'i64'): string {
    if (!this.params.includes(name)) this.locals.set(name, type);
    return `$${name}`;
  }

  /** A name not used before in this function, starting with `hint`. */
  fresh(hint: string): string {
    return `${hint}${this.labels++}`;
  }

  label(hint: string): string {
    return `$${this.fresh(hint)}`;
  }

  header(): string {
    const exported = ` (export "${this.name}")`;
    const params = this.params.map((p) => `(param $${p} i64)`).join(' ');
    const locals = [...this.locals].map(([n, t]) => `(local $${n} ${t})`).join(' ');
    return `(func $${this.name}${exported} ${params} (result i64) ${locals}`;
  }
}

export type StyleId = 'checked' | 'eh' | 'eh-bare';

export interface Style {
  readonly id: StyleId;
  /** Tags, globals and runtime functions this style adds to the common ones. */
  runtime(): string;
  /** A complete function around `body` (statements that end by returning). */
  func(f: Fn, body: string[]): string;
  /** `target = callee(args)`; an exception propagates to the caller, recording `site`. */
  call(f: Fn, target: string, callee: string, args: string[], site: number): string[];
  /** Raises a new exception of class `classId` at `site`. */
  raise(f: Fn, classId: number, site: number): string[];
  /**
   * `try: target = callee(args)` `except caught: onCaught` `else: onNormal`; both branches then
   * go on after the statement. Other exceptions propagate.
   */
  tryCall(f: Fn, target: string, callee: string, args: string[], site: number, caught: ClassRange, onCaught: string[], onNormal: string[]): string[];
}

/** `return value` from a translated function: leave the recursion depth first. */
export function ret(value: string): string[] {
  return ['(call $depth_leave)', `(return ${value})`];
}

function classTest(exc: string, range: ClassRange): string {
  return `(i32.le_u (i32.sub (struct.get $exc 0 ${exc}) (i32.const ${range.first})) (i32.const ${range.last - range.first}))`;
}

/** Types, globals and the runtime functions every style shares (as Wyrm's support code). */
export function commonRuntime(): string {
  return `
  (type $str (array (mut i32)))
  (type $sites (array (mut i32)))
  (type $exc (struct (field i32) (field (ref null $str))))
  (global $message (ref $str) (array.new_fixed $str 1 (i32.const 120)))
  (global $tb (mut (ref null $sites)) (ref.null none))
  (global $tb_len (mut i32) (i32.const 0))
  (global $depth (mut i32) (i32.const 0))
  (global $recursion_limit (mut i32) (i32.const 1000))
  (func $tb_push (param $site i32) (local $grown (ref null $sites))
    (if (if (result i32) (ref.is_null (global.get $tb)) (then (i32.const 1))
          (else (i32.ge_u (global.get $tb_len) (array.len (global.get $tb)))))
      (then
        (local.set $grown (array.new_default $sites (i32.add (i32.mul (global.get $tb_len) (i32.const 2)) (i32.const 16))))
        (if (i32.eqz (ref.is_null (global.get $tb)))
          (then (array.copy $sites $sites (local.get $grown) (i32.const 0) (global.get $tb) (i32.const 0) (global.get $tb_len))))
        (global.set $tb (local.get $grown))))
    (array.set $sites (global.get $tb) (global.get $tb_len) (local.get $site))
    (global.set $tb_len (i32.add (global.get $tb_len) (i32.const 1))))
  (func $depth_leave (global.set $depth (i32.sub (global.get $depth) (i32.const 1))))
  (func (export "tb_len") (result i32) (global.get $tb_len))
  (func (export "depth") (result i32) (global.get $depth))`;
}

const raiseParams = '(param $class i32) (param $message (ref null $str)) (param $site i32)';
const tracebackStart = `(global.set $tb_len (i32.const 0))
    (if (i32.ge_s (local.get $site) (i32.const 0)) (then (call $tb_push (local.get $site))))`;
const raiseCall = (classId: number, site: number): string => `(call $raise (i32.const ${classId}) (global.get $message) (i32.const ${site}))`;

export const checked: Style = {
  id: 'checked',
  runtime: () => `
  (global $exc (mut (ref null $exc)) (ref.null none))
  (func $raise ${raiseParams}
    (global.set $exc (struct.new $exc (local.get $class) (local.get $message)))
    ${tracebackStart})
  (func $depth_enter (result i32)
    (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
    (if (i32.gt_s (global.get $depth) (global.get $recursion_limit))
      (then ${raiseCall(RECURSION_ERROR, -1)} (return (i32.const 1))))
    (i32.const 0))
  (func (export "pending") (result i32) (i32.eqz (ref.is_null (global.get $exc))))`,
  func: (f, body) => `${f.header()}
    (block $propagate
      (if (call $depth_enter) (then (br $propagate)))
      ${body.join('\n      ')})
    (call $depth_leave)
    (i64.const 0))`,
  call: (_f, target, callee, args, site) => [
    `(local.set ${target} (call $${callee} ${args.join(' ')}))`,
    `(if (i32.eqz (ref.is_null (global.get $exc))) (then (call $tb_push (i32.const ${site})) (br $propagate)))`,
  ],
  raise: (_f, classId, site) => [raiseCall(classId, site), '(br $propagate)'],
  tryCall: (f, target, callee, args, site, caught, onCaught, onNormal) => {
    const after = f.label('after');
    return [
      `(block ${after}
        (local.set ${target} (call $${callee} ${args.join(' ')}))
        (if (i32.eqz (ref.is_null (global.get $exc)))
          (then
            (call $tb_push (i32.const ${site}))
            (if ${classTest('(global.get $exc)', caught)}
              (then (global.set $exc (ref.null none)) ${onCaught.join(' ')} (br ${after}))
              (else (br $propagate)))))
        ${onNormal.join(' ')})`,
    ];
  },
};

function legacyEH(id: 'eh' | 'eh-bare'): Style {
  const framesInTraceback = id === 'eh';
  return {
    id,
    runtime: () => `
  (tag $exn (param (ref null $exc)))
  (func $raise ${raiseParams} (local $e (ref null $exc))
    (local.set $e (struct.new $exc (local.get $class) (local.get $message)))
    ${tracebackStart}
    (throw $exn (local.get $e)))
  (func $depth_enter
    (global.set $depth (i32.add (global.get $depth) (i32.const 1)))
    (if (i32.gt_s (global.get $depth) (global.get $recursion_limit))
      (then ${raiseCall(RECURSION_ERROR, -1)})))
  (func (export "pending") (result i32) (i32.const 0))`,
    func: (f, body) => `${f.header()}
    (call $depth_enter)
    ${body.join('\n    ')})`,
    call: (f, target, callee, args, site) => {
      const direct = `(call $${callee} ${args.join(' ')})`;
      if (!framesInTraceback) return [`(local.set ${target} ${direct})`];
      const t = f.label('frame');
      return [`(local.set ${target} (try ${t} (result i64) (do ${direct}) (catch_all (call $tb_push (i32.const ${site})) (rethrow ${t}))))`];
    },
    raise: (_f, classId, site) => [raiseCall(classId, site), '(unreachable)'],
    tryCall: (f, target, callee, args, site, caught, onCaught, onNormal) => {
      const saved = f.local(f.fresh('saved'), 'i32');
      const x = f.local('caught', '(ref null $exc)');
      const after = f.label('after');
      const handler = f.label('handler');
      const t = f.label('try');
      return [
        `(local.set ${saved} (global.get $depth))`,
        `(block ${after}
          (block ${handler}
            (local.set ${target} (try ${t} (result i64)
              (do (call $${callee} ${args.join(' ')}))
              (catch $exn
                (local.set ${x} (pop (ref null $exc)))
                (global.set $depth (local.get ${saved}))
                (call $tb_push (i32.const ${site}))
                (br_if ${handler} ${classTest(`(local.get ${x})`, caught)})
                (rethrow ${t}))))
            ${onNormal.join(' ')}
            (br ${after}))
          ${onCaught.join(' ')})`,
      ];
    },
  };
}

export const eh = legacyEH('eh');
export const ehBare = legacyEH('eh-bare');
export const STYLES: readonly Style[] = [checked, eh, ehBare];
