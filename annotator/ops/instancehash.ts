// Instances as dict keys and set members, as CPython hashes and compares them: a class that
// defines neither __eq__ nor __hash__ hashes and compares by identity; one that defines
// __hash__ hashes with it (and compares with its __eq__, or by identity); one that defines
// __eq__ without __hash__ (or sets `__hash__ = None`) is unhashable. The runtime library's
// hash() (runtime/lib/hash.py) calls `hash_instance` or `hash_identity` for instances, chosen
// here from the classes the value may belong to, and its lookups test `identical(a, b) or
// a == b`, CPython's PyObject_RichCompareBool, which tries identity before __eq__.
//
// An identity hash is a number given to the object the first time it is hashed, kept in a
// hidden attribute `.hash` of its class (so only classes whose instances are hashed carry it).

import { Diag } from '../../diagnostics/catalog.ts';
import type { ClassDef, ClassDesc } from '../classdef.ts';
import { SomeBool, SomeInstance, SomeInteger, type SomeValue } from '../model.ts';
import type { CallArguments } from './builtins.ts';
import type { OpRequest } from './registry.ts';

/** The hidden attribute that holds an instance's identity hash (0 until it is hashed). */
export const IDENTITY_HASH_FIELD = '.hash';

export type InstanceHashing =
  | { kind: 'identity' }
  | { kind: 'method' }
  | { kind: 'unhashable'; cls: ClassDesc; reason: string }
  | { kind: 'mixed'; identity: ClassDesc; method: ClassDesc };

/** How CPython hashes instances of exactly `desc`: the first class in its MRO that decides. */
function hashingOf(desc: ClassDesc): { kind: 'identity' | 'method' } | { kind: 'unhashable'; reason: string } {
  for (const c of desc.mro()) {
    const hash = c.ownMember('__hash__');
    if (hash?.kind === 'method') return { kind: 'method' };
    if (hash?.kind === 'constant' && hash.value === null) return { kind: 'unhashable', reason: `${c.displayName} sets __hash__ to None` };
    if (hash) return { kind: 'unhashable', reason: `${c.displayName}.__hash__ is not a method` };
    if (c.ownMember('__eq__')) return { kind: 'unhashable', reason: `${c.displayName} defines __eq__ but not __hash__` };
  }
  return { kind: 'identity' };
}

/** How the instances of `classdef` and of its subclasses hash. */
export function instanceHashing(classdef: ClassDef): InstanceHashing {
  let identity: ClassDesc | null = null;
  let method: ClassDesc | null = null;
  for (const c of classdef.descendants()) {
    const h = hashingOf(c.desc);
    if (h.kind === 'unhashable') return { kind: 'unhashable', cls: c.desc, reason: h.reason };
    if (h.kind === 'identity') identity ??= c.desc;
    else method ??= c.desc;
  }
  if (identity && method) return { kind: 'mixed', identity, method };
  return { kind: method ? 'method' : 'identity' };
}

/** The library function hash() calls for an instance of `classdef`, or null when unhashable. */
export function instanceHashFunction(classdef: ClassDef): string | null {
  const h = instanceHashing(classdef);
  if (h.kind === 'identity') return 'hash_identity';
  if (h.kind === 'method') return 'hash_instance';
  return null;
}

/** Refuses instances that CPython cannot hash, or that Wyrm cannot (some by __hash__, some not). */
export function checkInstanceHashable(req: OpRequest, s: SomeInstance, what: string): void {
  // A subclass seen later may change the answer: decide again then.
  s.classdef.subclassReaders.add(req.position);
  const h = instanceHashing(s.classdef);
  if (h.kind === 'unhashable') {
    throw req.error(Diag.UnsupportedOperation, `unhashable type: '${h.cls.name}' (a ${what} must be hashable; ${h.reason})`);
  }
  if (h.kind === 'mixed') {
    throw req.error(
      Diag.UnsupportedOperation,
      `instances of ${s.classdef.desc.displayName} as ${what}s hash by identity (${h.identity.displayName}) or by __hash__ (${h.method.displayName}); Wyrm needs one way for a ${what}`,
    );
  }
}

function instanceArgument(req: OpRequest, name: string, s: SomeValue | undefined): SomeInstance {
  if (!(s instanceof SomeInstance) || s.canBeNone) throw req.error(Diag.BadCall, `intrinsic ${name} needs an instance, not ${s}`);
  return s;
}

/**
 * The intrinsics of identity: `identity_hash(x)` (the object's number, given on first use) and
 * `identical(a, b)` (`a is b` for instances; a constant False for values without identity in
 * Wyrm, whose equality is their identity test).
 */
export function identityIntrinsic(req: OpRequest, name: string, call: CallArguments): SomeValue | null {
  const args = call.positional;
  if (name === '__wyrm__.identity_hash') {
    const x = instanceArgument(req, 'identity_hash', args[0]);
    x.classdef.generalize(IDENTITY_HASH_FIELD, new SomeInteger({ nonneg: true }), req.site);
    return new SomeInteger({ nonneg: true });
  }
  if (name === '__wyrm__.identical') {
    if (args.length !== 2) throw req.error(Diag.BadCall, 'intrinsic identical takes two arguments');
    return args.every((a) => a instanceof SomeInstance) ? new SomeBool() : new SomeBool(false);
  }
  return null;
}
