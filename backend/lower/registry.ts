// The table from flow operations to their lowering rules. A rule returns the wasm expression
// for the operation's result (or a statement when the result has no run-time value), or null
// when it has no case for the operands' representations; no case at all is an internal error,
// since the annotator accepted the operation.

import type { Expr } from '../wasm/binaryen.ts';
import { ListRepr } from '../repr/list.ts';
import { StrRepr, strRepr } from '../repr/str.ts';
import { strConcat } from '../support/strings.ts';
import { lowerNumericBinary, lowerNumericUnary } from './arithmetic.ts';
import { lowerComparison, lowerIs, lowerNot, lowerTruth } from './comparison.ts';
import { lowerCall } from './calls.ts';
import { lowerNewClosure } from './closures.ts';
import { lowerGetSlice, lowerSetOrDelSlice } from './slices.ts';
import { lowerSpecial } from './special.ts';
import { lowerNext } from './iterprotocol.ts';
import { lowerIter, lowerNextOrExhausted } from './iteration.ts';
import { lowerDelItem, lowerGetItem, lowerListConcat, lowerListRepeat, lowerNewList, lowerSetItem } from './lists.ts';
import { lowerBuildStr, lowerStr } from './strings.ts';
import { lowerCheckBound, lowerClassSetattr, lowerGetAttr, lowerGetGlobal, lowerSetGlobal, lowerUnpackCheck } from './variables.ts';
import { lowerCharUse } from './chars.ts';
import type { LowerOp } from './lowerop.ts';
import { isPercentFormat, lowerFormatOperation, lowerPercentFormat } from './formatting.ts';
import { lowerLibraryCall } from './library.ts';
import { lowerContains } from './contains.ts';
import { lowerNewTuple, lowerTupleConcat, lowerTupleItem, lowerTupleRepeat } from './tuples.ts';
import { lowerDictOperation } from './dicts.ts';
import { SomeInstance, SomeSuper, SomeTuple } from '../../annotator/model.ts';
import { lowerExcInstance, lowerExcMatch, lowerInstanceGetattr, lowerInstanceSetattr, lowerRaise, lowerReraise } from './instances.ts';

type Rule = (hop: LowerOp) => Expr | null;

function binary(hop: LowerOp): Expr | null {
  const numeric = lowerNumericBinary(hop);
  if (numeric !== null) return numeric;
  const op = hop.opname.replace(/^inplace_/, '');
  if (op === 'mod' && isPercentFormat(hop)) return lowerPercentFormat(hop);
  if (op === 'add' && hop.repr(0) instanceof StrRepr && hop.repr(1) instanceof StrRepr) {
    return hop.m.call(strConcat(hop.support), [hop.arg(0), hop.arg(1)], hop.wasmType(strRepr));
  }
  if (op === 'add' && hop.repr(0) instanceof ListRepr && hop.repr(1) instanceof ListRepr) return lowerListConcat(hop);
  if (op === 'add' && hop.annotation(0) instanceof SomeTuple && hop.annotation(1) instanceof SomeTuple) return lowerTupleConcat(hop);
  if (op === 'mul' && (hop.annotation(0) instanceof SomeTuple || hop.annotation(1) instanceof SomeTuple)) return lowerTupleRepeat(hop);
  if (op === 'mul' && (hop.repr(0) instanceof ListRepr || hop.repr(1) instanceof ListRepr)) return lowerListRepeat(hop);
  if (op === 'mul' && hop.repr(0) instanceof StrRepr) return lowerLibraryCall(hop, 'str_repeat', [hop.args[0]!, hop.args[1]!]);
  if (op === 'mul' && hop.repr(1) instanceof StrRepr) return lowerLibraryCall(hop, 'str_repeat', [hop.args[1]!, hop.args[0]!]);
  return null;
}

const BINARY = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor'];
const INPLACE = ['inplace_add', 'inplace_sub', 'inplace_mul', 'inplace_truediv', 'inplace_floordiv', 'inplace_mod', 'inplace_pow', 'inplace_lshift', 'inplace_rshift', 'inplace_and', 'inplace_or', 'inplace_xor'];

const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ...[...BINARY, ...INPLACE].map((name): [string, Rule] => [name, binary]),
  ['neg', lowerNumericUnary],
  ['pos', lowerNumericUnary],
  ['invert', lowerNumericUnary],
  ...['lt', 'le', 'gt', 'ge', 'eq', 'ne'].map((name): [string, Rule] => [name, lowerComparison]),
  ['is_', lowerIs],
  ['contains', lowerContains],
  ['bool', lowerTruth],
  ['bool_not', lowerNot],
  ['simple_call', lowerCall],
  ['call_args', lowerCall],
  ['newlist', lowerNewList],
  ['newclosure', lowerNewClosure],
  ['getslice', lowerGetSlice],
  ['setslice', lowerSetOrDelSlice],
  ['delslice', lowerSetOrDelSlice],
  ['getitem', (hop) => lowerTupleItem(hop) ?? lowerGetItem(hop)],
  ['newtuple', lowerNewTuple],
  ['setitem', lowerSetItem],
  ['delitem', lowerDelItem],
  ['iter', lowerIter],
  ['next', lowerNext],
  ['str', lowerStr],
  ['repr', lowerStr],
  ['buildstr', lowerBuildStr],
  ['format', lowerFormatOperation],
  ['getglobal', lowerGetGlobal],
  ['setglobal', lowerSetGlobal],
  ['check_bound', lowerCheckBound],
  // An annotation only widens the value's type (None into `Node | None`): a conversion at most.
  ['declare', (hop) => (hop.resultRepr.isVoid ? hop.m.nop() : hop.argAs(0, hop.resultRepr))],
  ['getattr', (hop) => (hop.annotation(0) instanceof SomeInstance ? lowerInstanceGetattr(hop) : hop.annotation(0) instanceof SomeSuper ? lowerSuperGetattr(hop) : lowerGetAttr(hop))],
  ['setattr', (hop) => (hop.annotation(0) instanceof SomeInstance ? lowerInstanceSetattr(hop) : lowerClassSetattr(hop))],
  ['unpack_check', lowerUnpackCheck],
  ['exc_match', lowerExcMatch],
  ['exc_instance', lowerExcInstance],
  ['raise', lowerRaise],
  ['reraise', lowerReraise],
]);

/** super().name: the bound method's value is the object itself. */
function lowerSuperGetattr(hop: LowerOp): Expr {
  return hop.resultRepr.isVoid ? hop.m.nop() : hop.valueAs(hop.args[0]!, hop.resultRepr);
}

export function lowerOperation(hop: LowerOp): Expr {
  const rule = RULES.get(hop.opname);
  // Chars read in place first (lower/chars.ts), dicts and sets (lower/dicts.ts), then the rule.
  const code = lowerCharUse(hop) ?? lowerSpecial(hop) ?? lowerDictOperation(hop) ?? (rule ? rule(hop) : null);
  if (code === null) {
    const types = hop.args.map((_, i) => hop.repr(i).key).join(', ');
    throw new Error(`no lowering for operation ${hop.opname}(${types})`);
  }
  return code;
}

export { lowerNextOrExhausted };
