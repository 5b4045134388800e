// Classes and instances: instantiation (with __init__), attribute reads and writes, bound
// methods and their calls (direct when one implementation can be reached, virtual otherwise),
// super(), properties, class attributes, isinstance() narrowing, and the special methods that
// operators call (__add__, __eq__, __len__, __str__...).

import { Diag } from '../../diagnostics/catalog.ts';
import { CallShape } from '../../frontend/callshape.ts';
import { Variable } from '../../frontend/flowmodel.ts';
import { PyClass } from '../../frontend/program.ts';
import { CallBindingError, type FunctionDesc } from '../description.ts';
import type { Attribute, ClassDef, ClassDesc } from '../classdef.ts';
import { initReplacesArgs, readExceptionArgs, recordExceptionArgs } from './exceptionargs.ts';
import {
  SomeBool, SomeBuiltin, SomeDict, SomeFloat, SomeInstance, SomeInteger, SomeList, SomeMethod, SomeNone, SomeNullable, SomePBC, SomeSet, SomeString, SomeSuper, SomeTuple,
  s_ImpossibleValue, type MethodImplementation, type SomeValue,
} from '../model.ts';
import { union, UnionError } from '../union.ts';
import type { CallArguments } from './builtins.ts';
import type { OpRequest } from './registry.ts';
import { conformAttribute } from './declarations.ts';
import { readClassVariable } from './variables.ts';

/** Calls one function of the program with already bound parameter annotations. */
function callGraph(req: OpRequest, desc: FunctionDesc, positional: readonly SomeValue[], call: CallArguments): SomeValue {
  let cells: SomeValue[];
  try {
    const shape = call.shape ? new CallShape(positional.length, call.shape.keywords) : null;
    cells = desc.bindArguments(shape, [...positional, ...call.keywords.values()]);
  } catch (error) {
    if (error instanceof CallBindingError) throw req.error(Diag.BadCall, error.message);
    throw error;
  }
  const graph = desc.graphFor(cells);
  req.annotator.recordCallTarget(req.op, desc, graph);
  return req.annotator.recursiveCall(graph, req.position, cells);
}

function unionResults(req: OpRequest, results: SomeValue[], what: string): SomeValue {
  let result: SomeValue = s_ImpossibleValue;
  for (const r of results) {
    try {
      result = union(result, r);
    } catch (error) {
      if (error instanceof UnionError) throw req.error(Diag.ReturnConflict, `the implementations of ${what} return different types (${result} and ${r})`);
      throw error;
    }
  }
  return result;
}

/** The self annotation an implementation receives: its own class when it overrides below. */
function selfFor(req: OpRequest, impl: MethodImplementation, receiver: SomeValue): SomeValue {
  if (!(receiver instanceof SomeInstance)) return receiver;
  const ownerDef = req.annotator.bookkeeper.getClassDef(impl.owner);
  if (ownerDef !== receiver.classdef && ownerDef.isSubclassOf(receiver.classdef)) return new SomeInstance(ownerDef);
  return receiver.withNone(false);
}

/** A call of a bound method: every implementation it may reach, with one common signature. */
export function callMethod(req: OpRequest, method: SomeMethod, call: CallArguments): SomeValue {
  const bookkeeper = req.annotator.bookkeeper;
  const results = method.implementations.map((impl) => {
    const desc = bookkeeper.getDesc(impl.func);
    // A classmethod receives the class it was read from (a subclass's, through a subclass).
    const self = method.binding === 'classmethod' ? method.self : selfFor(req, impl, method.self);
    return callGraph(req, desc, [self, ...call.positional], call);
  });
  if (method.implementations.length > 1) req.annotator.recordFamily(method.implementations.map((impl) => bookkeeper.getDesc(impl.func)));
  return unionResults(req, results, `${method.name}()`);
}

/** The implementations of a method reached from instances of `classdef`: its own and overrides. */
export function implementationsOf(req: OpRequest, classdef: ClassDef, name: string): MethodImplementation[] {
  classdef.subclassReaders.add(req.position);
  const found: MethodImplementation[] = [];
  const inherited = classdef.desc.lookup(name);
  if (inherited && inherited.kind === 'method') found.push({ func: inherited.func, owner: inherited.owner });
  for (const sub of classdef.descendants().slice(1)) {
    const own = sub.desc.ownMember(name);
    if (own && own.kind === 'method' && !found.some((f) => f.func === own.func)) found.push({ func: own.func, owner: own.owner });
  }
  return found;
}

/** Creates instances of the classes in `descs`, running __init__. */
export function instantiate(req: OpRequest, descs: readonly ClassDesc[], call: CallArguments): SomeValue {
  const bookkeeper = req.annotator.bookkeeper;
  let result: SomeValue = s_ImpossibleValue;
  for (const desc of descs) {
    const classdef = bookkeeper.getClassDef(desc);
    classdef.instantiated = true;
    const instance = new SomeInstance(classdef);
    const init = desc.lookup('__init__');
    // BaseException.__new__ keeps the constructor's arguments, unless __init__ replaces them.
    if (desc.isExceptionClass() && !initReplacesArgs(desc)) recordExceptionArgs(req, classdef, call.positional);
    if (init && init.kind === 'method') {
      const returned = callGraph(req, bookkeeper.getDesc(init.func), [instance, ...call.positional], call);
      if (!(returned instanceof SomeNone) && returned.toString() !== 'impossible') {
        throw req.error(Diag.BadCall, `__init__() should return None, not ${returned}`);
      }
    } else if (desc.isExceptionClass()) {
      exceptionArguments(req, call);
    } else if (call.positional.length > 0 || call.keywords.size > 0) {
      throw req.error(Diag.BadCall, `${desc.name}() takes no arguments`);
    }
    try {
      result = union(result, instance);
    } catch (error) {
      if (!(error instanceof UnionError)) throw error;
      const names = descs.map((d) => d.name).join(', ');
      throw req.error(Diag.TypeConflict, `the classes called here (${names}) make instances with no common base class; derive them from one base class that defines what the caller uses`);
    }
  }
  return result;
}

/**
 * BaseException.__init__(*args): the arguments become the message str() shows. An instance
 * argument's __str__ and __repr__ (when its class has them) are called to make it; one without
 * them shows a placeholder where CPython shows its address (support/text.ts).
 */
export function exceptionArguments(req: OpRequest, call: CallArguments): void {
  if (call.keywords.size > 0) throw req.error(Diag.BadCall, 'exceptions take no keyword arguments');
  for (const arg of call.positional) {
    if (!(arg instanceof SomeInstance)) continue;
    const instance = arg.withNone(false) as SomeInstance;
    for (const name of ['__str__', '__repr__']) callSpecial(req, instance, name, []);
  }
}

/** obj.name for an instance. */
export function instanceGetattr(req: OpRequest, instance: SomeInstance, name: string): SomeValue {
  const classdef = instance.classdef;
  const member = classdef.desc.lookup(name);
  const implementations = implementationsOf(req, classdef, name);
  if (implementations.length > 0 && (!member || member.kind === 'method')) return new SomeMethod(name, instance, implementations);
  if (member) {
    switch (member.kind) {
      case 'staticmethod':
        return req.annotator.bookkeeper.immutableValue(member.func);
      case 'classmethod':
        return new SomeMethod(name, new SomePBC([classdef.desc]), [{ func: member.func, owner: member.owner }], 'classmethod');
      case 'property': {
        if (!member.getter) throw req.error(Diag.UnsupportedOperation, `property '${name}' has no getter`);
        return callGraph(req, req.annotator.bookkeeper.getDesc(member.getter), [instance.withNone(false)], { shape: null, positional: [], keywords: new Map() });
      }
      default:
        break;
    }
  }
  if (name === 'args' && !member && classdef.desc.isExceptionClass()) readExceptionArgs(req, classdef);
  // A class attribute the program assigns: one value for the class and all its instances.
  if (member?.kind === 'variable') return readClassVariable(req, member.variable);
  let attr: Attribute;
  try {
    attr = classdef.attribute(name);
  } catch (error) {
    // The subclasses' types of the attribute, moved up here, have no union.
    if (error instanceof UnionError) throw req.error(Diag.TypeConflict, `attribute '${name}' is ${error.left} in some subclasses of ${classdef.name} and ${error.right} in others; Wyrm needs one type to read it here`);
    throw error;
  }
  attr.readers.add(req.position);
  attr.firstRead ??= req.site;
  if (member?.kind === 'constant') {
    // A class attribute read on an instance: the value of the instance's class (or a store).
    const constants = classdef.descendants().map((c) => ({ owner: c, member: c.desc.lookup(name) })).filter((m) => m.member?.kind === 'constant');
    let value = attr.value;
    for (const { owner, member } of constants) {
      const constant = req.annotator.bookkeeper.immutableValue((member as { value: unknown }).value);
      try {
        value = union(value, constant);
      } catch (error) {
        if (!(error instanceof UnionError)) throw error;
        throw req.error(Diag.TypeConflict, `the class attribute '${name}' is ${constant.withoutConstant()} in ${owner.name} but ${value.withoutConstant()} in another class read here; Wyrm needs one type for it`);
      }
    }
    return value;
  }
  return attr.value;
}

/** obj.name = value for an instance. */
/**
 * The attributes instances of `classdef` may have when every class of its MRO declares
 * `__slots__` (their union); null when one does not (its instances then have a __dict__).
 */
function slotsOf(classdef: ClassDef): Set<string> | null {
  const names = new Set<string>();
  for (const desc of classdef.desc.mro()) {
    const cls = desc.pyobj;
    if (!(cls instanceof PyClass) || cls.slots === null) return null;
    for (const name of cls.slots) names.add(name);
  }
  return names;
}

export function instanceSetattr(req: OpRequest, instance: SomeInstance, name: string, value: SomeValue): SomeValue {
  const classdef = instance.classdef;
  const member = classdef.desc.lookup(name);
  if (member?.kind === 'property') {
    if (!member.setter) throw req.error(Diag.UnsupportedOperation, `property '${name}' of ${classdef.name} has no setter`);
    callGraph(req, req.annotator.bookkeeper.getDesc(member.setter), [instance.withNone(false), value], { shape: null, positional: [], keywords: new Map() });
    return new SomeNone();
  }
  if (member?.kind === 'variable') {
    throw req.error(Diag.UnsupportedOperation, `assigning '${name}' on an instance of ${classdef.name} would hide the class attribute that the program also assigns through the class; Wyrm keeps one value for both: assign it through the class`);
  }
  if (member && member.kind !== 'constant') throw req.error(Diag.UnsupportedOperation, `cannot assign to the method '${name}' of ${classdef.name}`);
  const slots = slotsOf(classdef);
  if (slots !== null && !slots.has(name)) {
    throw req.error(Diag.UndefinedAttribute, `'${classdef.name}' object has no attribute '${name}': its __slots__ do not name it (CPython raises AttributeError here)`);
  }
  let stored = conformAttribute(req, classdef, name, value.withoutConstant());
  // The instance attribute hides the class attributes of the same name, of this class or of a
  // subclass (whose instances this store may set too): one type for all of them.
  const hidden = [member, ...classdef.descendants().slice(1).map((c) => c.desc.ownMember(name))];
  for (const classMember of hidden) {
    if (classMember?.kind !== 'constant') continue;
    const classValue = req.annotator.bookkeeper.immutableValue(classMember.value).withoutConstant();
    try {
      stored = union(stored, classValue);
    } catch (error) {
      if (!(error instanceof UnionError)) throw error;
      throw req.error(Diag.TypeConflict, `attribute '${name}' of ${classdef.name} is ${stored} here but the class attribute '${name}' of ${classMember.owner.name} is ${classValue}; Wyrm needs one type for both`);
    }
  }
  try {
    classdef.generalize(name, stored, req.site);
  } catch (error) {
    if (error instanceof UnionError) {
      const attr = classdef.locate(name)!;
      const notes = attr.origin ? [{ message: `'${name}' is ${attr.value} from here`, source: attr.origin.source, span: attr.origin.span }] : [];
      throw req.error(Diag.TypeConflict, `attribute '${name}' of ${attr.owner.name} is ${stored} here but ${attr.value} elsewhere; Wyrm needs one type for it`, notes);
    }
    throw error;
  }
  return new SomeNone();
}

/** super() in a method of `cls`: the next implementation after `cls` in the receiver's order. */
export function superGetattr(req: OpRequest, sup: SomeSuper, name: string): SomeValue {
  const base = sup.cls.base;
  const member = base?.lookup(name) ?? null;
  if (member && member.kind === 'method') return new SomeMethod(name, sup.self, [{ func: member.func, owner: member.owner }]);
  if (name === '__init__') return new SomeBuiltin(base?.isExceptionClass() ? 'BaseException.__init__' : 'object.__init__', sup.self);
  throw req.error(Diag.UnsupportedOperation, `super() has no supported attribute '${name}' here`);
}

/**
 * Calls the special method `name` of an instance (`__add__` for +), or returns null when its
 * class defines none.
 */
export function callSpecial(req: OpRequest, instance: SomeInstance, name: string, args: readonly SomeValue[]): SomeValue | null {
  const implementations = implementationsOf(req, instance.classdef, name);
  if (implementations.length === 0) return null;
  return callMethod(req, new SomeMethod(name, instance, implementations), { shape: null, positional: args, keywords: new Map() });
}

/** isinstance(x, C): narrows x in the branch where it holds. */
/** The builtin types isinstance() accepts, and the annotations whose values are of each. */
const BUILTIN_TYPES: Record<string, (s: SomeValue) => boolean> = {
  int: (s) => s instanceof SomeInteger,
  bool: (s) => s instanceof SomeBool,
  float: (s) => s instanceof SomeFloat,
  str: (s) => s instanceof SomeString,
  list: (s) => s instanceof SomeList,
  tuple: (s) => s instanceof SomeTuple,
  dict: (s) => s instanceof SomeDict,
  set: (s) => s instanceof SomeSet,
};

/**
 * isinstance(x, int) and the like: Wyrm knows x's type, so the answer is a constant, or for a
 * value that may be None, whether it is not None.
 */
function builtinTypeTest(req: OpRequest, value: SomeValue, classes: SomeValue, subject: unknown): SomeValue | null {
  const names = classes instanceof SomeTuple ? classes.items.map((c) => (c instanceof SomeBuiltin ? c.name : null)) : [classes instanceof SomeBuiltin ? classes.name : null];
  if (!names.every((n) => n !== null && BUILTIN_TYPES[n] !== undefined)) return null;
  if (value instanceof SomeInteger && !(value instanceof SomeBool) && value.mayBeBool && names.includes('bool') && !names.includes('int')) {
    throw req.error(Diag.UnsupportedOperation, 'isinstance(x, bool) of a value that may be a bool or an int');
  }
  const matches = names.some((n) => BUILTIN_TYPES[n!]!(value));
  if (!matches || value instanceof SomeNone) return new SomeBool(false);
  if (value instanceof SomeNullable && value.canBeNone) return narrowed(subject, value.withNone(false), null);
  return new SomeBool(true);
}

export function isinstanceRule(req: OpRequest, call: CallArguments): SomeValue {
  const [value, classes] = call.positional as [SomeValue, SomeValue];
  const subject = req.op.args[1];
  const ofBuiltinType = builtinTypeTest(req, value, classes, subject);
  if (ofBuiltinType) return ofBuiltinType;
  // A class, or a tuple of classes (any of them).
  const parts = classes instanceof SomeTuple ? classes.items : [classes];
  if (!parts.every((c) => c instanceof SomePBC && [...c.descs].every((d) => 'classdef' in d))) {
    throw req.error(Diag.UnsupportedOperation, 'isinstance() needs a class of the program or a builtin exception class (or a tuple of them)');
  }
  const descs = parts.flatMap((c) => [...(c as SomePBC).descs]) as ClassDesc[];
  if (!(value instanceof SomeInstance)) return new SomeBool(false);
  const bookkeeper = req.annotator.bookkeeper;
  const defs = descs.map((d) => bookkeeper.getClassDef(d));
  if (defs.some((d) => value.classdef.isSubclassOf(d))) {
    return value.canBeNone ? narrowed(subject, new SomeInstance(value.classdef), null) : new SomeBool(true);
  }
  const reachable = defs.filter((d) => d.isSubclassOf(value.classdef));
  if (reachable.length === 0) return new SomeBool(false);
  let narrower: SomeValue = s_ImpossibleValue;
  for (const d of reachable) narrower = union(narrower, new SomeInstance(d));
  return narrowed(subject, narrower, null);
}

function narrowed(subject: unknown, ifTrue: SomeValue | null, ifFalse: SomeValue | null): SomeBool {
  if (!(subject instanceof Variable)) return new SomeBool();
  return new SomeBool(undefined, {
    ifTrue: ifTrue ? new Map([[subject, ifTrue]]) : null,
    ifFalse: ifFalse ? new Map([[subject, ifFalse]]) : null,
  });
}

