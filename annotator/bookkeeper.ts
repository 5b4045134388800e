// The bookkeeper keeps what outlives one block's annotation: the description of each function,
// the annotation of each module variable, the list definition of each list-creating operation
// (so re-flowing a block finds the same ListDef), and the annotation of every constant.

import type { SpaceOperation } from '../frontend/flowmodel.ts';
import { UNDEFINED } from '../frontend/flowmodel.ts';
import { CallShape } from '../frontend/callshape.ts';
import { Declaration } from '../frontend/flow/declarations.ts';
import { TypingForm } from '../frontend/typingmodule.ts';
import { Builtin, BuiltinExceptionClass, BuiltinModule, ComputedDefault, GlobalVariable, PyClass, PyFunction, RuntimeValue } from '../frontend/program.ts';
import { FunctionDesc } from './description.ts';
import { ClassDef, ClassDesc } from './classdef.ts';
import { ListDef } from './listdef.ts';
import {
  SomeBool, SomeBuiltin, SomeConstantObject, SomeFloat, SomeInteger, SomeNone, SomePBC, SomeString,
  s_ImpossibleValue, type SomeValue,
} from './model.ts';
import type { Position, Reflower, Site } from './position.ts';
import { annotationEquals, union } from './union.ts';

export const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

/** A value outside what Wyrm can represent (an int literal beyond 64 bits). */
export class UnrepresentableConstant extends Error {}

/** The annotation of a module variable: the union of everything stored into it. */
export class GlobalCell {
  value: SomeValue = s_ImpossibleValue;
  origin: Site | null = null;
  readonly readers = new Set<Position>();
  readonly variable: GlobalVariable;

  constructor(variable: GlobalVariable) {
    this.variable = variable;
  }
}

export class Bookkeeper {
  private readonly reflower: Reflower;
  private readonly functionDescs = new Map<PyFunction, FunctionDesc>();
  private readonly globalCells = new Map<GlobalVariable, GlobalCell>();
  private readonly listdefs = new Map<SpaceOperation, ListDef>();
  private readonly classDescs = new Map<PyClass | BuiltinExceptionClass, ClassDesc>();
  private readonly classDefs: ClassDef[] = [];

  constructor(reflower: Reflower) {
    this.reflower = reflower;
  }

  getDesc(func: PyFunction): FunctionDesc {
    let desc = this.functionDescs.get(func);
    if (!desc) {
      desc = new FunctionDesc(func, (value) => this.immutableValue(value));
      this.functionDescs.set(func, desc);
    }
    return desc;
  }

  allFunctionDescs(): FunctionDesc[] {
    return [...this.functionDescs.values()];
  }

  getClassDesc(cls: PyClass | BuiltinExceptionClass): ClassDesc {
    let desc = this.classDescs.get(cls);
    if (!desc) {
      if (cls instanceof BuiltinExceptionClass) {
        desc = new ClassDesc(cls, cls.base ? this.getClassDesc(cls.base) : null, []);
      } else {
        const [base, ...mixins] = cls.bases;
        desc = new ClassDesc(cls, base ? this.getClassDesc(base) : null, mixins.map((m) => this.getClassDesc(m)));
      }
      this.classDescs.set(cls, desc);
    }
    return desc;
  }

  /** The annotator's knowledge of the instances of `desc` (and of its bases, made first). */
  getClassDef(desc: ClassDesc): ClassDef {
    if (!desc.classdef) {
      const basedef = desc.base ? this.getClassDef(desc.base) : null;
      desc.classdef = new ClassDef(desc, basedef, this.reflower);
      this.classDefs.push(desc.classdef);
    }
    return desc.classdef;
  }

  /** Every class whose instances the program may create or inspect, bases before subclasses. */
  allClassDefs(): ClassDef[] {
    return this.classDefs;
  }

  /** The annotation of a constant of the program. */
  immutableValue(value: unknown): SomeValue {
    if (value === null) return new SomeNone();
    if (typeof value === 'boolean') return new SomeBool(value);
    if (typeof value === 'bigint') {
      if (value < INT64_MIN || value > INT64_MAX) {
        throw new UnrepresentableConstant(`the integer ${value} does not fit in 64 bits; Wyrm's ints are 64-bit`);
      }
      return new SomeInteger({ constant: value });
    }
    if (typeof value === 'number') return new SomeFloat(value);
    if (typeof value === 'string') return new SomeString({ constant: value });
    if (value === UNDEFINED) return s_ImpossibleValue;
    // A default evaluated when its def ran: what the module stored in its hidden global.
    if (value instanceof ComputedDefault) return this.globalCell(value.variable).value;
    if (value instanceof PyFunction) return new SomePBC([this.getDesc(value)]);
    if (value instanceof Builtin) return new SomeBuiltin(value.name, null, value);
    if (value instanceof BuiltinModule) return new SomeConstantObject(value, `module ${value.name}`);
    if (value instanceof BuiltinExceptionClass || value instanceof PyClass) return new SomePBC([this.getClassDesc(value)]);
    if (value instanceof RuntimeValue) return new SomeConstantObject(value, value.name);
    if (value instanceof GlobalVariable) return new SomeConstantObject(value, `global ${value.name}`);
    if (value instanceof CallShape) return new SomeConstantObject(value, 'call shape');
    if (value instanceof Declaration) return new SomeConstantObject(value, 'declaration');
    if (value instanceof TypingForm) throw new UnrepresentableConstant(`${value.qualifiedName} can be used only in type annotations`);
    throw new Error(`no annotation for constant ${String(value)}`);
  }

  globalCell(variable: GlobalVariable): GlobalCell {
    let cell = this.globalCells.get(variable);
    if (!cell) {
      cell = new GlobalCell(variable);
      this.globalCells.set(variable, cell);
    }
    return cell;
  }

  allGlobalCells(): GlobalCell[] {
    return [...this.globalCells.values()];
  }

  /** Widens a module variable's annotation; throws UnionError when no union exists. */
  storeGlobal(variable: GlobalVariable, value: SomeValue, origin: Site): void {
    const cell = this.globalCell(variable);
    const merged = union(cell.value, value);
    if (annotationEquals(merged, cell.value)) return;
    cell.origin ??= origin;
    cell.value = merged;
    for (const reader of cell.readers) this.reflower.reflow(reader);
  }

  /** The list definition of the list created by `op` (the same one every time it is re-flowed). */
  listdefFor(op: SpaceOperation, creation: Site): ListDef {
    let def = this.listdefs.get(op);
    if (!def) {
      def = new ListDef(this.reflower, creation);
      this.listdefs.set(op, def);
    }
    return def;
  }
}
