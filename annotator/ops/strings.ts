// Strings as results: str(), repr(), f-strings (`buildstr` of `format` parts) and the check
// that a value can be printed exactly as CPython prints it.

import { Diag } from '../../diagnostics/catalog.ts';
import {
  SomeBuiltin, SomeFloat, SomeImpossible, SomeInstance, SomeInteger, SomeList, SomeNone, SomeString, SomeTuple, type SomeValue,
} from '../model.ts';
import type { CallArguments } from './builtins.ts';
import { callSpecial, implementationsOf } from './instances.ts';
import { callLibrary } from './library.ts';
import { closestName } from '../../diagnostics/suggest.ts';
import type { OpRequest, OpRule } from './registry.ts';
import { formatRule as formatValueRule, strFormatRule } from './formatting.ts';
import { isDictLike, printedItems } from './dicts.ts';
import { lazySplit } from './strsplit.ts';

/**
 * The text of an instance: its __str__ (or, for repr and inside containers, __repr__), or the
 * message of an exception. Other instances print their address in CPython, which Wyrm cannot
 * reproduce, so they are refused. Each class of the value's subtree may take its text from a
 * different method (a subclass's __str__, the base's __repr__): every method used is annotated.
 */
function checkInstanceText(req: OpRequest, s: SomeInstance, quoted: boolean): void {
  const names = quoted ? ['__repr__'] : ['__str__', '__repr__'];
  const used = new Set<string>();
  for (const classdef of s.classdef.descendants()) {
    const name = names.find((n) => classdef.desc.lookup(n)?.kind === 'method');
    if (name) used.add(name);
  }
  if (used.size === 0) {
    const name = names.find((n) => implementationsOf(req, s.classdef, n).length > 0);
    if (name) used.add(name);
  }
  for (const name of used) {
    const result = callSpecial(req, s.withNone(false) as SomeInstance, name, []);
    if (result !== null && !(result instanceof SomeString) && !(result instanceof SomeImpossible)) {
      throw req.error(Diag.TypeConflict, `${name} returned ${result}, not a str`);
    }
  }
  if (used.size > 0 || s.classdef.desc.isExceptionClass()) return;
  throw req.error(
    Diag.UnsupportedOperation,
    `printing an instance of ${s.classdef.desc.displayName} needs a __str__ or __repr__ method (CPython would print its memory address)`,
  );
}

/** Refuses values whose text Wyrm could not make exactly CPython's. */
export function checkPrintable(req: OpRequest, s: SomeValue, quoted = false): void {
  if (s instanceof SomeInstance) {
    checkInstanceText(req, s, quoted);
    return;
  }
  if (s instanceof SomeInteger && s.mayBeBool) {
    throw req.error(
      Diag.TypeConflict,
      'this value may be a bool or an int, which print differently (True vs 1); keep bools and ints in separate variables',
    );
  }
  if (s instanceof SomeList) {
    checkPrintable(req, s.listdef.read(req.position), true);
    return;
  }
  if (s instanceof SomeTuple) {
    s.items.forEach((item) => checkPrintable(req, item, true));
    return;
  }
  if (isDictLike(s)) {
    printedItems(req, s).forEach((item) => checkPrintable(req, item, true));
    return;
  }
  if (s instanceof SomeInteger || s instanceof SomeFloat || s instanceof SomeString || s instanceof SomeNone) return;
  if (s instanceof SomeImpossible) return; // the items of a list that stays empty
  throw req.error(Diag.UnsupportedOperation, `printing a ${s} is not supported`);
}

const strRule: OpRule = (req) => {
  checkPrintable(req, req.args[0]!, req.op.opname === 'repr');
  return new SomeString();
};

const formatRule: OpRule = (req) => formatValueRule(req, req.args[0]!, req.args[1]!);

const buildstrRule: OpRule = (req) => {
  for (const part of req.args) {
    if (!(part instanceof SomeString) || part.canBeNone) throw req.unsupported();
  }
  return new SomeString();
};

/** The methods of str, each implemented by the runtime library function `str_NAME`. */
export const STRING_METHODS = new Set<string>([
  'split', 'rsplit', 'join', 'strip', 'lstrip', 'rstrip', 'lower', 'upper', 'find', 'rfind',
  'index', 'rindex', 'count', 'replace', 'startswith', 'endswith', 'isdigit', 'isalpha',
  'isalnum', 'isspace', 'isupper', 'islower', 'zfill', 'ljust', 'rjust', 'center',
  'splitlines', 'capitalize', 'title', 'swapcase', 'isdecimal', 'isnumeric', 'partition',
  'rpartition', 'expandtabs', 'removeprefix', 'removesuffix', 'istitle', 'isascii',
]);

export function stringAttribute(req: OpRequest, s: SomeString, name: string): SomeValue {
  // str.format takes values of any type: its own rule (ops/formatting.ts), no library function.
  if (name === 'format') return new SomeBuiltin('str.format', s);
  if (name === 'casefold') {
    throw req.error(Diag.UnsupportedOperation, "str.casefold() is not supported yet (Unicode's case folding table is not in Wyrm's runtime); lower() differs from it only for some characters, such as 'ß'");
  }
  if (!STRING_METHODS.has(name)) {
    const suggestion = closestName(name, STRING_METHODS);
    throw req.error(Diag.UnsupportedOperation, `'str' object has no supported attribute '${name}'${suggestion ? `; did you mean '${suggestion}'?` : ''}`);
  }
  return new SomeBuiltin(`str.${name}`, s);
}

export function stringMethodCall(req: OpRequest, method: SomeBuiltin, call: CallArguments): SomeValue {
  const name = method.name.slice('str.'.length);
  if (name === 'format') return strFormatRule(req, method.self!, call);
  if (name === 'split') {
    const iterator = lazySplit(req, method.self!, call);
    if (iterator !== null) return iterator;
  }
  // str.join of a generator: its items are collected first (str_join needs the count).
  const library = name === 'join' && call.positional[0] instanceof SomeInstance ? 'str_join_iterable' : `str_${name}`;
  return callLibrary(req, library, [method.self!, ...call.positional], call.keywords, method.name);
}

export const stringRules: Record<string, OpRule> = {
  str: strRule,
  repr: strRule,
  format: formatRule,
  buildstr: buildstrRule,
};
