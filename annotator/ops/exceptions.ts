// Exceptions: `raise X` makes an instance of X when X is a class (`exc_instance`), `type(e)`
// gives the set of classes an exception may belong to, and `exc_match(e, C)` tests an except
// clause and narrows the caught value to C in the handler.

import { Diag } from '../../diagnostics/catalog.ts';
import { Variable } from '../../frontend/flowmodel.ts';
import { ClassDesc } from '../classdef.ts';
import { SomeBool, SomeInstance, SomePBC, SomeTuple, s_ImpossibleValue, type SomeValue } from '../model.ts';
import { union } from '../union.ts';
import { instantiate } from './instances.ts';
import type { OpRequest, OpRule } from './registry.ts';

function exceptionClasses(req: OpRequest, s: SomeValue): ClassDesc[] | null {
  if (!(s instanceof SomePBC)) return null;
  const descs = [...s.descs];
  if (!descs.every((d) => d instanceof ClassDesc)) return null;
  for (const d of descs as ClassDesc[]) {
    if (!d.isExceptionClass()) throw req.error(Diag.UnsupportedOperation, `exceptions must derive from BaseException (${d.name} does not)`);
  }
  return descs as ClassDesc[];
}

const excInstanceRule: OpRule = (req) => {
  const [exc] = req.args as [SomeValue];
  if (exc instanceof SomeInstance) {
    if (!exc.classdef.desc.isExceptionClass()) throw req.error(Diag.UnsupportedOperation, `exceptions must derive from BaseException, not ${exc}`);
    if (exc.canBeNone) throw req.error(Diag.UnsupportedOperation, `raising a value that may be None (${exc})`);
    return exc;
  }
  const classes = exceptionClasses(req, exc);
  if (classes) return instantiate(req, classes, { shape: null, positional: [], keywords: new Map() });
  throw req.error(Diag.UnsupportedOperation, `exceptions must derive from BaseException, not ${exc}`);
};

const typeRule: OpRule = (req) => {
  const [value] = req.args as [SomeValue];
  if (value instanceof SomeInstance) return new SomePBC(value.classdef.descendants().map((c) => c.desc));
  throw req.error(Diag.UnsupportedOperation, `type() of ${value} is not supported`);
};

/** exc_match(e, C) or exc_match(e, (A, B)): an except clause's test. */
const excMatchRule: OpRule = (req) => {
  const [value, classes] = req.args as [SomeValue, SomeValue];
  const clauses = classes instanceof SomeTuple ? classes.items : [classes];
  const descs: ClassDesc[] = [];
  for (const clause of clauses) {
    const found = exceptionClasses(req, clause);
    if (!found) throw req.error(Diag.UnsupportedOperation, 'an except clause must name exception classes');
    descs.push(...found);
  }
  if (!(value instanceof SomeInstance)) return new SomeBool(false);
  const bookkeeper = req.annotator.bookkeeper;
  const defs = descs.map((d) => bookkeeper.getClassDef(d));
  if (defs.some((d) => value.classdef.isSubclassOf(d))) return new SomeBool(true);
  const reachable = defs.filter((d) => d.isSubclassOf(value.classdef));
  if (reachable.length === 0) return new SomeBool(false);
  let narrower: SomeValue = s_ImpossibleValue;
  for (const d of reachable) narrower = union(narrower, new SomeInstance(d));
  const subject = req.op.args[0];
  if (!(subject instanceof Variable)) return new SomeBool();
  return new SomeBool(undefined, { ifTrue: new Map([[subject, narrower]]) });
};

/** raise / reraise: the exception becomes pending; the operation never returns. */
const raiseRule: OpRule = (req) => {
  const [exc] = req.args as [SomeValue];
  if (!(exc instanceof SomeInstance) || !exc.classdef.desc.isExceptionClass()) {
    throw req.error(Diag.UnsupportedOperation, `exceptions must derive from BaseException, not ${exc}`);
  }
  return s_ImpossibleValue;
};

export const exceptionRules: Record<string, OpRule> = {
  raise: raiseRule,
  reraise: raiseRule,
  exc_instance: excInstanceRule,
  type: typeRule,
  exc_match: excMatchRule,
};
