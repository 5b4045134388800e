// The program generator's shared model (generate.ts): its options, the known differences it
// steers around, the types of the values it builds (expressions with their int bounds, variables,
// the context of the code being generated, the running cost of a body) and the base class that
// holds a program's plan while its parts are generated (genexpr.ts, genstmt.ts, genexc.ts).
//
// Ints keep a bound (the largest absolute value they can hold): an operation whose result may
// leave the 64-bit range has its operands reduced (`% m`) first, except with a small
// probability (GenOptions.overflow), where the program may raise Wyrm's OverflowError; the
// CPython side runs with 64-bit checks (cpython_runner.py), so both sides then agree.

import { printable, type Callable, type ClassInfo, type Ty } from './pytypes.ts';
import type { Rng } from './random.ts';

export interface GenOptions {
  /** Classes with attributes, methods, inheritance, super().__init__, __str__/__repr__. */
  classes: boolean;
  /** try/except/else/finally, raise of builtin and user exception classes. */
  exceptions: boolean;
  /** Probability that an int operation that may overflow 64 bits is left as it is. */
  overflow: number;
  /** Statements in the module-level code (roughly). */
  size: number;
  /** Constructs that trigger known Wyrm bugs (KNOWN_BUGS), left out so that runs find new ones. */
  avoid: ReadonlySet<string>;
}

/**
 * Known differences from CPython that the generator steers around by default (`npm run fuzz --
 * --no-avoid` generates them again). The bugs the fuzzer found are fixed and kept as regression
 * programs in tests/programs/fuzz/; what is left here cannot be fixed in Wyrm.
 */
export const KNOWN_BUGS: Readonly<Record<string, string>> = {
  libm:
    "math.sin, cos, atan, exp, log: CPython calls glibc, which misrounds about 1 input in 1000 (0.03-0.2% per function, " +
    'more for huge trig arguments) and whose results depend on the glibc version and on the CPU (its FMA variants); ' +
    "Wyrm's are correctly rounded (runtime/crmath.mjs), so the two differ in the last digit on those inputs",
};

export const DEFAULT_OPTIONS: GenOptions = { classes: true, exceptions: true, overflow: 0.03, size: 12, avoid: new Set(Object.keys(KNOWN_BUGS)) };

/** An expression: its source, type, int bound and precedence (higher binds tighter). */
export interface E {
  c: string;
  t: Ty;
  b: bigint;
  p: number;
  /** A list that may be shared (a variable, attribute, item or call result), not a new one. */
  alias?: boolean;
}

export const P = { ifexp: 1, or: 2, and: 3, not: 4, cmp: 5, bor: 6, bxor: 7, band: 8, shift: 9, add: 10, mul: 11, unary: 12, pow: 13, atom: 15 };
export const FULL = 2n ** 63n; // the bound of any 64-bit int (including -2**63)
/** For list expressions that are only read: any item bound will do. Stored lists (variables,
 *  attributes, parameters) must match their declared item bound exactly, since they alias. */
export const ANY = -1n;
export const BOUND_CLASSES: readonly bigint[] = [127n, 1000n, 65535n, 2n ** 31n - 1n, 2n ** 40n, 2n ** 62n, FULL];

export interface Var {
  name: string;
  t: Ty;
  b: bigint;
  /** Loop counters, `self`, parameters narrowed by isinstance: never assigned. */
  ro: boolean;
  global: boolean;
}

export interface Ctx {
  vars: Var[];
  fn: Callable | null;
  cls: ClassInfo | null;
  /** Runs of this point per call of the body (per program at module level). */
  mult: number;
  loop: boolean;
  noResize: boolean;
  handler: boolean;
  depth: number;
  /** Exception classes that may be raised in the innermost try body. */
  raised: Set<string> | null;
  inFinally: boolean;
  /** Assignments to module variables need a `global` declaration (functions, methods, main()). */
  inFunction: boolean;
}

/** The running estimate for the body being generated. */
export interface Acc {
  cost: number;
  lines: number;
  resizes: boolean;
  globals: Set<string>;
  recursiveCalls: number;
  /** Exception classes raised in the body or by its callees (caught or not). */
  raises: Set<string>;
  /** Statements generated so far in the body. */
  statements: number;
}

export const MAX_PROGRAM_COST = 60_000;
export const MAX_PROGRAM_LINES = 400;
export const MAX_BODY_COST = 2_500;
export const MAX_BODY_LINES = 30;
export const ASSUMED_LIST_LENGTH = 12;
/** Statements per function body and in the module-level code (big bodies translate slowly). */
export const MAX_BODY_STATEMENTS = 18;
export const MAX_MAIN_STATEMENTS = 60;

/** Keeps stored strings short: a string that grows from itself in a loop would double. */
export const CLIP = ['def clip(s: str) -> str:', '    if len(s) > 60:', "        return s[0] + '~' + str(len(s))", '    return s'];

export function indent(lines: string[]): string[] {
  return lines.map((l) => (l === '' ? l : `    ${l}`));
}

export function wrap(e: E, min: number): string {
  return e.p >= min ? e.c : `(${e.c})`;
}

export function maxB(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}

export function minB(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

export function nextPow2(b: bigint): bigint {
  let p = 1n;
  while (p < b) p <<= 1n;
  return minB(p, FULL);
}

/** The builtin base of an exception class's root, or null for other classes. */
export function exceptionRoot(c: ClassInfo): string | null {
  let k = c;
  while (k.base) k = k.base;
  return k.excBase;
}

/** Whether the innermost items of t are ints (whose bound matters). */
export function intItems(t: Ty): boolean {
  return t.k === 'int' || (t.k === 'list' && intItems(t.item));
}

export function tyName(t: Ty): string {
  switch (t.k) {
    case 'list':
      return `list[${tyName(t.item)}]`;
    case 'inst':
      return t.cls.name;
    case 'exc':
      return t.name;
    case 'none':
      return 'None';
    default:
      return t.k;
  }
}

/** A program being generated: its plan, and the running estimate of the body being built. */
export abstract class GeneratorBase {
  /** A type of value the program can use here (genstmt.ts). */
  protected abstract anyType(ctx: Ctx): Ty;

  protected readonly rng: Rng;
  protected readonly opts: GenOptions;
  protected counter = 0;
  protected classes: ClassInfo[] = [];
  protected excClasses: ClassInfo[] = [];
  protected functions: Callable[] = [];
  protected functionBodies = new Map<Callable, string[]>();
  /** Whether the program needs clip() (see stored()). */
  protected usesClip = false;
  protected moduleVars: Var[] = [];
  protected moduleLines: string[] = [];
  protected acc: Acc = { cost: 0, lines: 0, resizes: false, globals: new Set(), recursiveCalls: 0, raises: new Set(), statements: 0 };
  protected accLimit = { cost: MAX_BODY_COST, lines: MAX_BODY_LINES, statements: MAX_BODY_STATEMENTS };

  constructor(rng: Rng, opts: GenOptions) {
    this.rng = rng;
    this.opts = opts;
  }

  protected fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  protected canAfford(ctx: Ctx, cost: number, lines: number): boolean {
    return this.acc.cost + ctx.mult * cost <= this.accLimit.cost && this.acc.lines + ctx.mult * lines <= this.accLimit.lines;
  }

  protected charge(ctx: Ctx, cost: number, lines = 0): void {
    this.acc.cost += ctx.mult * cost;
    this.acc.lines += ctx.mult * lines;
  }

  protected varsOf(ctx: Ctx, pred: (v: Var) => boolean): Var[] {
    return ctx.vars.filter(pred);
  }

  /** Records that an exception of class `name` may be raised here. */
  protected noteRaise(ctx: Ctx, name: string): void {
    ctx.raised?.add(name);
    this.acc.raises.add(name);
  }

  /** A modulus that keeps a value within bound b. */
  protected modulus(b: bigint): string {
    const choices = [7n, 10n, 97n, 100n, 127n, 256n, 1000n, 65536n, 1000003n, 2n ** 31n - 1n, 2n ** 40n].filter((m) => m - 1n <= b);
    return String(choices.length ? this.rng.pick(choices) : 2n);
  }

  /** The type of a visible variable, so that prints show the program's state. */
  protected printableVarType(ctx: Ctx): Ty {
    const vs = this.varsOf(ctx, (v) => printable(v.t) && v.t.k !== 'exc');
    return vs.length ? this.rng.pick(vs).t : this.anyType(ctx);
  }
}
