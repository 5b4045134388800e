// Arithmetic on numbers and the sequence forms of + and * (str, list): the result type of each
// binary and unary operator for each pair of operand types, dispatched on the pair of annotation
// classes. Python's rules decide the result: int op int is int except `/` (float) and `**` with
// an exponent that may be negative (float, so refused unless the exponent is known
// non-negative); int op float is float; bool op bool is int except for & | ^.

import { Diag } from '../../diagnostics/catalog.ts';
import {
  SomeBool, SomeFloat, SomeInteger, SomeList, SomeString, SomeTuple, SomeValue,
} from '../model.ts';
import { PairDispatch, SingleDispatch } from '../pairtype.ts';
import type { OpRequest, OpRule } from './registry.ts';
import { callLibrary } from './library.ts';
import { percentRule } from './formatting.ts';

type BinaryRule = (req: OpRequest, a: SomeValue, b: SomeValue) => SomeValue;
type UnaryRule = (req: OpRequest, a: SomeValue) => SomeValue;

const BINARY_OPS = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor', 'matmul'] as const;
type BinaryOp = (typeof BINARY_OPS)[number];

const binary = new Map<string, PairDispatch<BinaryRule>>(BINARY_OPS.map((op) => [op, new PairDispatch<BinaryRule>()]));

function onPair(ops: readonly BinaryOp[], left: Parameters<PairDispatch<BinaryRule>['register']>[0], right: Parameters<PairDispatch<BinaryRule>['register']>[1], rule: BinaryRule): void {
  for (const op of ops) binary.get(op)!.register(left, right, rule);
}

function intResult(req: OpRequest, a: SomeInteger, b: SomeInteger): SomeValue {
  const op = req.op.opname.replace(/^inplace_/, '').replace(/^and$/, 'and_').replace(/^or$/, 'or_');
  const bothBool = a instanceof SomeBool && b instanceof SomeBool;
  switch (op) {
    case 'add':
    case 'mul':
    case 'floordiv':
      return new SomeInteger({ nonneg: a.nonneg && b.nonneg });
    case 'sub':
      return new SomeInteger();
    case 'mod':
      return new SomeInteger({ nonneg: b.nonneg });
    case 'pow':
      if (!b.nonneg) {
        throw req.error(
          Diag.UnsupportedOperation,
          'int ** int with an exponent that may be negative: Python gives a float for a negative exponent, so Wyrm needs the exponent known to be >= 0 (or write float(x) ** y)',
        );
      }
      return new SomeInteger({ nonneg: a.nonneg });
    case 'lshift':
    case 'rshift':
      return new SomeInteger({ nonneg: a.nonneg });
    case 'and_':
      return bothBool ? new SomeBool() : new SomeInteger({ nonneg: a.nonneg || b.nonneg });
    case 'or_':
    case 'xor':
      return bothBool ? new SomeBool() : new SomeInteger({ nonneg: a.nonneg && b.nonneg });
    case 'truediv':
      return new SomeFloat();
    default:
      throw req.unsupported();
  }
}

const FLOAT_OPS: readonly BinaryOp[] = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow'];
const INT_OPS: readonly BinaryOp[] = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor'];

onPair(INT_OPS, SomeInteger, SomeInteger, (req, a, b) => intResult(req, a as SomeInteger, b as SomeInteger));
onPair(FLOAT_OPS, SomeFloat, SomeFloat, () => new SomeFloat());
onPair(FLOAT_OPS, SomeInteger, SomeFloat, () => new SomeFloat());
onPair(FLOAT_OPS, SomeFloat, SomeInteger, () => new SomeFloat());

onPair(['add'], SomeString, SomeString, () => new SomeString());
onPair(['mul'], SomeString, SomeInteger, (req, a, b) => callLibrary(req, 'str_repeat', [a, b]));
onPair(['mul'], SomeInteger, SomeString, (req, a, b) => callLibrary(req, 'str_repeat', [b, a]));
// `format % values` (ops/formatting.ts).
onPair(['mod'], SomeString, SomeValue, percentRule);

function sequenceRepeat(req: OpRequest, list: SomeList): SomeValue {
  const def = req.annotator.bookkeeper.listdefFor(req.op, req.site);
  def.item.generalize(list.listdef.read(req.position), req.site);
  return new SomeList(def);
}

onPair(['mul'], SomeList, SomeInteger, (req, a) => sequenceRepeat(req, a as SomeList));
onPair(['mul'], SomeInteger, SomeList, (req, _a, b) => sequenceRepeat(req, b as SomeList));
onPair(['add'], SomeList, SomeList, (req, a, b) => {
  const def = req.annotator.bookkeeper.listdefFor(req.op, req.site);
  def.item.generalize((a as SomeList).listdef.read(req.position), req.site);
  def.item.generalize((b as SomeList).listdef.read(req.position), req.site);
  return new SomeList(def);
});
onPair(['add'], SomeTuple, SomeTuple, (_req, a, b) => new SomeTuple([...(a as SomeTuple).items, ...(b as SomeTuple).items]));

/** `t * n`: tuples are fixed-shape records, so the count must be known when translating. */
function tupleRepeat(req: OpRequest, tuple: SomeTuple, count: SomeValue): SomeValue {
  if (!count.isConstant) {
    throw req.unsupported(`'tuple * int' needs a constant count (a tuple's length is fixed when translating); use a list for a computed length`);
  }
  const times = Math.max(0, Number(count.constValue as bigint));
  if (times * tuple.items.length > 256) throw req.unsupported(`a tuple of ${times * tuple.items.length} items is too long; use a list`);
  return new SomeTuple(Array.from({ length: times }, () => tuple.items).flat());
}
onPair(['mul'], SomeTuple, SomeInteger, (req, a, b) => tupleRepeat(req, a as SomeTuple, b));
onPair(['mul'], SomeInteger, SomeTuple, (req, a, b) => tupleRepeat(req, b as SomeTuple, a));

function binaryRule(opname: BinaryOp, inplace: boolean): OpRule {
  return (req) => {
    const [a, b] = req.args as [SomeValue, SomeValue];
    if (inplace && a instanceof SomeList && opname === 'add') {
      // `xs += ys` extends xs in place: ys's items join xs's item type.
      if (!(b instanceof SomeList)) throw req.unsupported();
      a.listdef.item.generalize(b.listdef.read(req.position), req.site);
      a.listdef.item.resized = true;
      callLibrary(req, 'list_extend', [a, b], new Map(), 'list +=');
      return a;
    }
    const rule = binary.get(opname)!.lookup(a, b);
    if (!rule) throw req.unsupported();
    return rule(req, a, b);
  };
}

const unary = new Map<string, SingleDispatch<UnaryRule>>([
  ['neg', new SingleDispatch<UnaryRule>()],
  ['pos', new SingleDispatch<UnaryRule>()],
  ['invert', new SingleDispatch<UnaryRule>()],
]);
// -constant is a constant (slice steps and tuple indices such as t[::-1] need it), unless the
// negation overflows, which the lowering raises at run time.
unary.get('neg')!.register(SomeInteger, (_req, a) => {
  const value = a.constValue;
  if (a.isConstant && typeof value === 'bigint' && value !== -(2n ** 63n)) return new SomeInteger({ constant: -value });
  return new SomeInteger();
});
unary.get('neg')!.register(SomeFloat, (_req, a) => (a.isConstant ? new SomeFloat(-(a.constValue as number)) : new SomeFloat()));
unary.get('pos')!.register(SomeInteger, (_req, a) => new SomeInteger({ nonneg: (a as SomeInteger).nonneg }));
unary.get('pos')!.register(SomeFloat, () => new SomeFloat());
unary.get('invert')!.register(SomeInteger, () => new SomeInteger());

function unaryRule(opname: string): OpRule {
  return (req) => {
    const a = req.args[0]!;
    const rule = unary.get(opname)!.lookup(a);
    if (!rule) throw req.unsupported(`bad operand type for ${opname === 'neg' ? 'unary -' : opname === 'pos' ? 'unary +' : '~'}: ${a}`);
    return rule(req, a);
  };
}

export const arithmeticRules: Record<string, OpRule> = {
  ...Object.fromEntries(BINARY_OPS.map((op) => [op, binaryRule(op, false)])),
  ...Object.fromEntries(BINARY_OPS.map((op) => [`inplace_${op.replace(/_$/, '')}`, binaryRule(op, true)])),
  neg: unaryRule('neg'),
  pos: unaryRule('pos'),
  invert: unaryRule('invert'),
};
