// The generator's static view of a program: the types of values, the classes and callables it
// declared, and the variables in scope. Everything generated is typed by construction, so the
// programs stay inside Wyrm's subset: one type per variable, lists of one item type, ints that
// are not bools, no int/float or int/None unions.

/** Builtin exception classes the generator raises or catches, with their bases. */
export const BUILTIN_EXCEPTION_BASES: Readonly<Record<string, string | null>> = {
  BaseException: null,
  Exception: 'BaseException',
  ArithmeticError: 'Exception',
  ZeroDivisionError: 'ArithmeticError',
  OverflowError: 'ArithmeticError',
  LookupError: 'Exception',
  IndexError: 'LookupError',
  KeyError: 'LookupError',
  ValueError: 'Exception',
  RuntimeError: 'Exception',
  NotImplementedError: 'RuntimeError',
  TypeError: 'Exception',
  AssertionError: 'Exception',
};

export type Ty =
  | { k: 'int' }
  | { k: 'float' }
  | { k: 'bool' }
  | { k: 'str' }
  | { k: 'none' }
  | { k: 'list'; item: Ty }
  | { k: 'inst'; cls: ClassInfo }
  /** A caught exception (only in an except handler's variable): a builtin or a user class. */
  | { k: 'exc'; name: string; cls: ClassInfo | null };

export const INT: Ty = { k: 'int' };
export const FLOAT: Ty = { k: 'float' };
export const BOOL: Ty = { k: 'bool' };
export const STR: Ty = { k: 'str' };
export const NONE: Ty = { k: 'none' };

export type ListTy = Ty & { k: 'list' };

export function listOf(item: Ty): ListTy {
  return { k: 'list', item };
}

export interface Param {
  name: string;
  t: Ty;
  /** For int parameters (and lists of ints): the largest absolute value the callers pass. */
  b: bigint;
  /** Python source of the default value, if the parameter has one. */
  def?: string;
}

export interface Attr {
  name: string;
  t: Ty;
  b: bigint;
}

/** A function, or a method slot (a method name with its signature, shared by the overrides). */
export interface Callable {
  name: string;
  /** A callable may only call callables of lower order (so calls never cycle), and itself
   *  through its depth parameter when it is recursive. */
  order: number;
  params: Param[];
  ret: Ty;
  retB: bigint;
  /** Recursive functions take `depth` first; calls from elsewhere pass at most this. */
  maxDepth: number;
  /** The class declaring a method slot (null for functions). */
  owner: ClassInfo | null;
  /** Estimated statements run and lines printed per call, once its body is generated. */
  cost: number;
  lines: number;
  /** Whether a call may change the length of some list (not allowed while iterating a list). */
  resizes: boolean;
  /** Exception classes a call may raise. */
  raises: Set<string>;
  done: boolean;
}

export interface ClassInfo {
  name: string;
  base: ClassInfo | null;
  /** For exception classes: the builtin base of the root (Exception, ValueError...). */
  excBase: string | null;
  attrs: Attr[];
  /** The __init__ parameters (after self), or null when the class inherits its base's __init__. */
  init: Param[] | null;
  slots: Callable[];
  /** The methods this class implements (its own slots and the overrides), by name. */
  bodies: Map<string, string[]>;
  hasStr: boolean;
  hasRepr: boolean;
  subclasses: ClassInfo[];
}

export function sameTy(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'list') return sameTy(a.item, (b as { item: Ty }).item);
  if (a.k === 'inst') return a.cls === (b as { cls: ClassInfo }).cls;
  if (a.k === 'exc') return a.name === (b as { name: string }).name;
  return true;
}

export function isSubclass(c: ClassInfo, of: ClassInfo): boolean {
  for (let k: ClassInfo | null = c; k; k = k.base) if (k === of) return true;
  return false;
}

/** Whether a value of type `value` may be stored where `target` is expected. */
export function assignable(target: Ty, value: Ty): boolean {
  if (target.k === 'inst' && value.k === 'inst') return isSubclass(value.cls, target.cls);
  return sameTy(target, value);
}

export function ancestors(c: ClassInfo): ClassInfo[] {
  const out: ClassInfo[] = [];
  for (let k: ClassInfo | null = c; k; k = k.base) out.push(k);
  return out;
}

export function descendants(c: ClassInfo): ClassInfo[] {
  return [c, ...c.subclasses.flatMap(descendants)];
}

export function allAttrs(c: ClassInfo): Attr[] {
  return ancestors(c).reverse().flatMap((k) => k.attrs);
}

export function allSlots(c: ClassInfo): Callable[] {
  return ancestors(c).reverse().flatMap((k) => k.slots);
}

/** The __init__ parameters that construct an instance of c. */
export function initParams(c: ClassInfo): Param[] {
  for (let k: ClassInfo | null = c; k; k = k.base) if (k.init) return k.init;
  return [];
}

export function hasStrOrRepr(c: ClassInfo): boolean {
  return ancestors(c).some((k) => k.hasStr || k.hasRepr);
}

export function hasRepr(c: ClassInfo): boolean {
  return ancestors(c).some((k) => k.hasRepr);
}

/** Whether print()/str() (or, quoted, repr() and list printing) of a value of type t is exact. */
export function printable(t: Ty, quoted = false): boolean {
  switch (t.k) {
    case 'list':
      return printable(t.item, true);
    case 'inst':
      return quoted ? hasRepr(t.cls) : hasStrOrRepr(t.cls);
    default:
      return true;
  }
}

/** The names of a builtin or user exception class and its ancestors, nearest first. */
export function exceptionAncestry(name: string, cls: ClassInfo | null): string[] {
  const out: string[] = [];
  let builtin: string | null = name;
  if (cls) {
    for (const k of ancestors(cls)) out.push(k.name);
    builtin = ancestors(cls).at(-1)!.excBase;
  }
  for (let b = builtin; b; b = BUILTIN_EXCEPTION_BASES[b] ?? null) out.push(b);
  return out;
}
