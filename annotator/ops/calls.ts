// Calls: to the program's functions (bind the arguments, pick or create the specialization,
// annotate the callee with these inputs, return what it returns so far) and to builtins (each
// builtin's rule in builtins.ts); `*args` in a call is spread by starcall.ts.

import { CallShape } from '../../frontend/callshape.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { CallBindingError, FunctionDesc } from '../description.ts';
import { SomeBuiltin, SomeInstance, SomeMethod, SomeMethodSet, SomePBC, s_ImpossibleValue, type SomeValue } from '../model.ts';
import { ClassDesc } from '../classdef.ts';
import { callMethod, implementationsOf, instantiate } from './instances.ts';
import { union, UnionError } from '../union.ts';
import { builtinCall, type CallArguments } from './builtins.ts';
import { environmentOf } from './closures.ts';
import { starCall } from './starcall.ts';
import type { OpRequest, OpRule } from './registry.ts';

/** Splits a call operation's arguments into positional and keyword annotations, and *args. */
function callArguments(req: OpRequest): { callee: SomeValue; call: CallArguments; star: SomeValue | null } {
  const [callee, ...rest] = req.args;
  if (req.op.opname === 'simple_call') {
    return { callee: callee!, call: { shape: null, positional: rest, keywords: new Map() }, star: null };
  }
  const shape = rest[0]!.constValue as CallShape;
  const values = rest.slice(1);
  const positional = values.slice(0, shape.positional);
  const keywords = new Map(shape.keywords.map((name, i) => [name, values[shape.positional + i]!]));
  const star = shape.hasStarArgs ? values[shape.positional + shape.keywords.length]! : null;
  return { callee: callee!, call: { shape, positional, keywords }, star };
}

function callFunction(req: OpRequest, desc: FunctionDesc, call: CallArguments): SomeValue {
  let cells: SomeValue[];
  // A closure receives its environment first.
  const environment = desc.hasEnvironment ? [environmentOf(req.annotator.bookkeeper, desc)] : [];
  const shape = call.shape && environment.length > 0 ? new CallShape(call.shape.positional + 1, call.shape.keywords) : call.shape;
  try {
    cells = desc.bindArguments(shape, [...environment, ...call.positional, ...call.keywords.values()]);
  } catch (error) {
    if (error instanceof CallBindingError) throw req.error(Diag.BadCall, error.message);
    throw error;
  }
  const graph = desc.graphFor(cells);
  req.annotator.recordCallTarget(req.op, desc, graph);
  return req.annotator.recursiveCall(graph, req.position, cells);
}

const callRule: OpRule = (req) => {
  const { callee, call, star } = callArguments(req);
  return star === null ? callWith(req, callee, call) : starCall(req, callee, call, star, callWith);
};

/** A call of `callee` with these arguments (*args already spread). */
function callWith(req: OpRequest, callee: SomeValue, call: CallArguments): SomeValue {
  if (callee instanceof SomePBC) {
    if (callee.canBeNone) throw req.error(Diag.NotCallable, `calling a value that may be None (${callee})`);
    const classes = [...callee.descs].filter((d): d is ClassDesc => d instanceof ClassDesc);
    if (classes.length === callee.descs.size) return instantiate(req, classes, call);
    if (classes.length > 0) throw req.error(Diag.NotCallable, `a value that is either a class or a function (${callee}) cannot be called`);
    let result: SomeValue = s_ImpossibleValue;
    for (const desc of callee.descs) {
      if (!(desc instanceof FunctionDesc)) throw req.error(Diag.NotCallable, `'${desc.displayName}' is not callable`);
      const returned = callFunction(req, desc, call);
      try {
        result = union(result, returned);
      } catch (error) {
        if (error instanceof UnionError) {
          throw req.error(Diag.ReturnConflict, `the functions called here return different types (${result} and ${returned})`);
        }
        throw error;
      }
    }
    return result;
  }
  if (callee instanceof SomeBuiltin) return builtinCall(req, callee, call);
  if (callee instanceof SomeMethod) return callMethod(req, callee, call);
  if (callee instanceof SomeMethodSet) {
    // One of several bound methods: each may be called, and they must return one type.
    let result: SomeValue = s_ImpossibleValue;
    for (const method of callee.methods) {
      const returned = callMethod(req, method, call);
      try {
        result = union(result, returned);
      } catch (error) {
        if (error instanceof UnionError) throw req.error(Diag.ReturnConflict, `the methods called here return different types (${result} and ${returned})`);
        throw error;
      }
    }
    return result;
  }
  if (callee instanceof SomeInstance) {
    const implementations = implementationsOf(req, callee.classdef, '__call__');
    if (implementations.length > 0) return callMethod(req, new SomeMethod('__call__', callee, implementations), call);
  }
  throw req.error(Diag.NotCallable, `'${callee}' object is not callable`);
}

export const callRules: Record<string, OpRule> = {
  simple_call: callRule,
  call_args: callRule,
};
