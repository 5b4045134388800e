// Strings as results: str(), repr(), f-strings (`buildstr` of `format` parts) and the check
// that a value can be printed exactly as CPython prints it.

import { Diag } from '../../diagnostics/catalog.ts';
import {
  SomeBuiltin, SomeFloat, SomeImpossible, SomeInteger, SomeList, SomeNone, SomeString, SomeTuple, type SomeValue,
} from '../model.ts';
import type { CallArguments } from './builtins.ts';
import type { OpRequest, OpRule } from './registry.ts';

/** Refuses values whose text Wyrm could not make exactly CPython's. */
export function checkPrintable(req: OpRequest, s: SomeValue): void {
  if (s instanceof SomeInteger && s.mayBeBool) {
    throw req.error(
      Diag.TypeConflict,
      'this value may be a bool or an int, which print differently (True vs 1); keep bools and ints in separate variables',
    );
  }
  if (s instanceof SomeList) {
    checkPrintable(req, s.listdef.read(req.position));
    return;
  }
  if (s instanceof SomeTuple) {
    s.items.forEach((item) => checkPrintable(req, item));
    return;
  }
  if (s instanceof SomeInteger || s instanceof SomeFloat || s instanceof SomeString || s instanceof SomeNone) return;
  if (s instanceof SomeImpossible) return; // the items of a list that stays empty
  throw req.error(Diag.UnsupportedOperation, `printing a ${s} is not supported`);
}

const strRule: OpRule = (req) => {
  checkPrintable(req, req.args[0]!);
  return new SomeString();
};

const formatRule: OpRule = (req) => {
  const [value, spec] = req.args as [SomeValue, SomeValue];
  if (!(spec instanceof SomeString)) throw req.unsupported();
  if (!(value instanceof SomeInteger || value instanceof SomeFloat || value instanceof SomeString)) {
    throw req.error(Diag.UnsupportedOperation, `format specs on ${value} are not supported`);
  }
  checkPrintable(req, value);
  return new SomeString();
};

const buildstrRule: OpRule = (req) => {
  for (const part of req.args) {
    if (!(part instanceof SomeString) || part.canBeNone) throw req.unsupported();
  }
  return new SomeString();
};

const STRING_METHODS = new Set<string>([]);

export function stringAttribute(req: OpRequest, s: SomeString, name: string): SomeValue {
  if (!STRING_METHODS.has(name)) throw req.error(Diag.UnsupportedOperation, `'str' object has no supported attribute '${name}'`);
  return new SomeBuiltin(`str.${name}`, s);
}

export function stringMethodCall(req: OpRequest, method: SomeBuiltin, _call: CallArguments): SomeValue {
  throw req.error(Diag.UnsupportedBuiltin, `${method.name}() is not supported yet`);
}

export const stringRules: Record<string, OpRule> = {
  str: strRule,
  repr: strRule,
  format: formatRule,
  buildstr: buildstrRule,
};
