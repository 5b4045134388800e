// Module variables, definedness checks of locals, and attribute reads: attributes of supported
// modules that exist only at run time (sys.argv) and the methods of builtin types.

import { Diag } from '../../diagnostics/catalog.ts';
import type { GlobalVariable } from '../../frontend/program.ts';
import { BuiltinModule, RuntimeValue } from '../../frontend/program.ts';
import { ListDef } from '../listdef.ts';
import {
  SomeBuiltin, SomeConstantObject, SomeInstance, SomeList, SomeMethod, SomeNone, SomePBC, SomeString, SomeSuper, s_ImpossibleValue, type SomeValue,
} from '../model.ts';
import { ClassDesc } from '../classdef.ts';
import { closestName } from '../../diagnostics/suggest.ts';
import { instanceGetattr, instanceSetattr, superGetattr } from './instances.ts';
import { UnionError } from '../union.ts';
import { listAttribute } from './containers.ts';
import { stringAttribute } from './strings.ts';
import type { OpRequest, OpRule } from './registry.ts';

const getglobalRule: OpRule = (req) => {
  const variable = req.args[0]!.constValue as GlobalVariable;
  const cell = req.annotator.bookkeeper.globalCell(variable);
  cell.readers.add(req.position);
  return cell.value;
};

const setglobalRule: OpRule = (req) => storeGlobal(req, req.args[0]!.constValue as GlobalVariable, req.args[1]!);

/** Widens a module variable (or hidden global) with the value stored here. */
function storeGlobal(req: OpRequest, variable: GlobalVariable, stored: SomeValue): SomeValue {
  const value = stored.withoutConstant();
  try {
    req.annotator.bookkeeper.storeGlobal(variable, value, req.site);
  } catch (error) {
    if (error instanceof UnionError) {
      const cell = req.annotator.bookkeeper.globalCell(variable);
      const notes = cell.origin ? [{ message: `'${variable.name}' is ${cell.value} from here`, source: cell.origin.source, span: cell.origin.span }] : [];
      const what = variable.name.includes('.') ? 'class attribute' : 'module variable';
      throw req.error(Diag.TypeConflict, `${what} '${variable.name}' is ${value} here but ${cell.value} elsewhere; Wyrm needs one type for it`, notes);
    }
    throw error;
  }
  return new SomeNone();
}

/** check_bound(flag, name): impossible when the local is surely unbound (it always raises). */
const checkBoundRule: OpRule = (req) => {
  const flag = req.args[0]!;
  if (flag.isConstant && flag.constValue === false) return s_ImpossibleValue;
  return new SomeNone();
};

/** sys.argv's list, shared by every read of it. */
const argvDefs = new WeakMap<object, ListDef>();

function runtimeValue(req: OpRequest, value: RuntimeValue): SomeValue {
  if (value.name === 'sys.argv') {
    let def = argvDefs.get(req.annotator);
    if (!def) {
      def = new ListDef(req.annotator, req.site);
      def.item.generalize(new SomeString(), req.site);
      argvDefs.set(req.annotator, def);
    }
    return new SomeList(def);
  }
  return new SomeConstantObject(value, value.name);
}

const STDIN_METHODS = new Set(['readline', 'read', 'readlines']);

/** Whether the value is sys.stdin (runtime/lib/stdin.py reads it). */
export function isStdin(s: SomeValue): boolean {
  return s instanceof SomeConstantObject && s.constValue instanceof RuntimeValue && s.constValue.name === 'sys.stdin';
}

const getattrRule: OpRule = (req) => {
  const [obj, attr] = req.args as [SomeValue, SomeValue];
  const name = attr.constValue as string;
  if (obj instanceof SomeConstantObject && obj.constValue instanceof BuiltinModule) {
    const member = obj.constValue.members.get(name);
    if (member instanceof RuntimeValue) return runtimeValue(req, member);
  }
  if (isStdin(obj)) {
    if (!STDIN_METHODS.has(name)) throw req.error(Diag.UnsupportedOperation, `sys.stdin.${name} is not supported (readline, read, readlines and iteration are)`);
    return new SomeBuiltin(`sys.stdin.${name}`, null);
  }
  // An instance that may be None: when it is None, the lowering raises CPython's AttributeError.
  if (obj instanceof SomeInstance) return instanceGetattr(req, obj.withNone(false) as SomeInstance, name);
  if (obj.canBeNone) throw req.error(Diag.UnsupportedOperation, `attribute '${name}' of a value that may be None (${obj}); test it with 'is not None' first`);
  if (obj instanceof SomeSuper) return superGetattr(req, obj, name);
  if (obj instanceof SomePBC && obj.descs.size === 1 && [...obj.descs][0] instanceof ClassDesc) return classGetattr(req, [...obj.descs][0] as ClassDesc, name);
  // type(x).__name__ where x may be of several classes: found from the class at run time.
  if (obj instanceof SomePBC && CLASS_NAME_ATTRIBUTES.has(name) && [...obj.descs].every((d) => d instanceof ClassDesc)) return new SomeString();
  if (obj instanceof SomeList) return listAttribute(req, obj, name);
  if (obj instanceof SomeString) return stringAttribute(req, obj, name);
  throw req.error(Diag.UnsupportedOperation, `'${obj}' object has no supported attribute '${name}'`);
};

/** A class's name, the same for both since Wyrm's classes are all at module level. */
const CLASS_NAME_ATTRIBUTES = new Set(['__name__', '__qualname__']);

/** C.name: a function (unbound method or staticmethod), a classmethod bound to C, a constant. */
function classGetattr(req: OpRequest, desc: ClassDesc, name: string): SomeValue {
  if (CLASS_NAME_ATTRIBUTES.has(name)) return req.annotator.bookkeeper.immutableValue(desc.name);
  const member = desc.lookup(name);
  if (!member) {
    const suggestion = closestName(name, classMemberNames(desc));
    throw req.error(Diag.UnsupportedOperation, `type object '${desc.name}' has no attribute '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`);
  }
  switch (member.kind) {
    case 'method':
    case 'staticmethod':
      return req.annotator.bookkeeper.immutableValue(member.func);
    case 'classmethod':
      return new SomeMethod(name, new SomePBC([desc]), [{ func: member.func, owner: member.owner }], 'classmethod');
    case 'constant':
      return req.annotator.bookkeeper.immutableValue(member.value);
    case 'variable':
      return readClassVariable(req, member.variable);
    case 'property':
      throw req.error(Diag.UnsupportedOperation, `reading the property '${name}' from the class is not supported`);
  }
}

/** The value of a class attribute the program assigns (its hidden module global), read here. */
export function readClassVariable(req: OpRequest, variable: GlobalVariable): SomeValue {
  const cell = req.annotator.bookkeeper.globalCell(variable);
  cell.readers.add(req.position);
  return cell.value;
}

function classMemberNames(desc: ClassDesc): string[] {
  const names: string[] = [];
  for (const c of desc.mro()) {
    const cls = c.pyobj;
    if ('methods' in cls) names.push(...cls.methods.keys(), ...cls.staticMethods.keys(), ...cls.classMethods.keys(), ...cls.properties.keys(), ...cls.classAttributes.keys());
  }
  return names;
}

const setattrRule: OpRule = (req) => {
  const [obj, attr, value] = req.args as [SomeValue, SomeValue, SomeValue];
  const name = attr.constValue as string;
  const assigned = assignedClassAttribute(obj, name, true);
  if (assigned) return storeGlobal(req, assigned, value);
  if (obj instanceof SomeInstance) return instanceSetattr(req, obj.withNone(false) as SomeInstance, name, value);
  if (obj.canBeNone) throw req.error(Diag.UnsupportedOperation, `attribute '${name}' of a value that may be None (${obj}); test it with 'is not None' first`);
  throw req.error(Diag.UnsupportedOperation, `cannot set attribute '${name}' of ${obj}`);
};

/**
 * The hidden global of `C.name` when obj is the class C and the program assigns the attribute:
 * one C defines (`own`: for a store, which must go through that class) or inherits (for a read).
 */
export function assignedClassAttribute(obj: SomeValue, name: string, own = false): GlobalVariable | null {
  if (!(obj instanceof SomePBC) || obj.descs.size !== 1) return null;
  const desc = [...obj.descs][0];
  if (!(desc instanceof ClassDesc)) return null;
  const member = own ? desc.ownMember(name) : desc.lookup(name);
  return member?.kind === 'variable' ? member.variable : null;
}

export const variableRules: Record<string, OpRule> = {
  getglobal: getglobalRule,
  setglobal: setglobalRule,
  check_bound: checkBoundRule,
  getattr: getattrRule,
  setattr: setattrRule,
};
