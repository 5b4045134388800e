// Lowering of string formatting: format(value, spec) (f-string fields with a spec, and the
// builtin), `format % values` and str.format.
//
// A constant format is planned (annotator/formatplan.ts): its literal text becomes constant
// strs and each value is converted (str(), repr(), int(), chr()) and laid out by the wasm
// formatter (backend/support/format.ts) with the fields of its resolved spec as constants, then
// the pieces are joined in one allocation. No format string is parsed at run time, and only a
// float's digits come from the host. A spec made at run time (`{x:{width}}`) is resolved by the
// host, then laid out the same way. A format string that is not a constant is run whole by the
// host's formatter, the values pushed to it one by one. When every value is a constant too, the
// text is made now.
//
// The errors that CPython would raise every time are reported here, when the annotations are
// final; the others are raised at run time as Python exceptions at the operation's site.

import { binaryen, type Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import type { SomeBuiltin, SomeValue } from '../../annotator/model.ts';
import { SomeString, SomeTuple } from '../../annotator/model.ts';
import { sourceOfGraph } from '../../annotator/position.ts';
import { compileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import type { Span } from '../../frontend/source.ts';
import {
  FormatUnsupported, planFormat, planPercent, planTemplate, type FormatPiece, type FormatPlan, type FormatValueInfo,
  type ValuePiece,
} from '../../annotator/formatplan.ts';
import { formatValueInfo, isMappingLike, percentValues } from '../../annotator/ops/formatting.ts';
import {
  formatValue, percentFormat, strFormat, type PyValue, type ResolvedSpec,
} from '../../runtime/pyformat.mjs';
import { FORMAT_OPERATIONS, encodeSpec, SPEC_ALTERNATE } from '../../runtime/hostformat.mjs';
import { BoolRepr, FloatRepr, IntRepr, boolRepr, floatRepr, intRepr, type Repr } from '../repr/repr.ts';
import { StrRepr, strOrNoneRepr, strRepr } from '../repr/str.ts';
import { TupleRepr } from '../repr/tuple.ts';
import {
  fmtFloat, fmtInt, fmtPushStr, fmtResult, fmtStr, formatRuntime, kindCode,
} from '../support/format.ts';
import { textExpr } from '../support/text.ts';
import { HOST } from '../support/support.ts';
import { CHARS, CHARS_REF, LATIN1, LATIN1_REF, STR, STR_REF } from '../support/types.ts';
import { isLatin1, newStr, strPut } from '../support/strkinds.ts';
import { strFromChar } from '../support/chars.ts';
import { floatToInt } from './conversions.ts';
import { userText } from './strings.ts';
import type { CallArgs } from './calls.ts';
import type { LowerOp } from './lowerop.ts';

/** A value to format: its annotation and representation, and code reading it. */
interface Source {
  annotation: SomeValue;
  repr: Repr;
  /** A fresh expression of the value in its representation (null for a void representation). */
  read: () => Expr | null;
}

function sourceOf(hop: LowerOp, value: Hlvalue): Source {
  const repr = hop.fn.reprOf(value);
  return { annotation: hop.fn.annotation(value), repr, read: () => (repr.isVoid ? null : hop.valueAs(value, repr)) };
}

/**
 * The place of the format: the spec of an f-string field (the operation's own span is the
 * whole f-string, for tracebacks), else the operation.
 */
function formatSpan(hop: LowerOp): Span {
  const span = hop.opname === 'format' ? (hop.op.argSpans?.[1] ?? hop.op.span) : hop.op.span;
  return span ?? { start: 0, length: 0 };
}

/** The plan of a constant format, its always-raised errors and unsupported parts reported. */
function planOrFail(hop: LowerOp, what: string, plan: () => FormatPlan): FormatPlan {
  const source = sourceOfGraph(hop.fn.graph);
  let result: FormatPlan;
  try {
    result = plan();
  } catch (error) {
    if (error instanceof FormatUnsupported) throw compileError(Diag.UnsupportedOperation, `${error.message} is not supported`, source, formatSpan(hop));
    throw error;
  }
  if (result.kind === 'error') {
    const message = `${what} always raises ${result.error.pythonType}: ${result.error.message}`;
    throw compileError(Diag.FormatError, message, source, formatSpan(hop));
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The text of a value, converted and laid out

function strType(hop: LowerOp): binaryen.Type {
  return hop.model.valueType(STR_REF);
}

/** str() or repr() of a value, as a str. */
function textOfSource(hop: LowerOp, source: Source, quoted: boolean): Expr {
  return userText(hop, source.repr, textExpr(hop.ctx, source.repr, source.read(), quoted, source.annotation.constValue));
}

function asInt(hop: LowerOp, source: Source): Expr {
  if (source.repr instanceof BoolRepr) return hop.m.i64.extend_u(source.read()!);
  if (source.repr.isVoid) return intRepr.constant(source.annotation.constValue, hop.ctx);
  return source.read()!;
}

function asFloat(hop: LowerOp, source: Source): Expr {
  if (source.repr instanceof FloatRepr) return source.read()!;
  if (source.repr instanceof BoolRepr) return hop.m.f64.convert_u.i32(source.read()!);
  if (source.repr instanceof IntRepr) return hop.m.f64.convert_s.i64(source.read()!);
  return floatRepr.constant(source.annotation.constValue, hop.ctx);
}

/**
 * A converted value: `value` computes it (in representation `repr`) where it is first read; a
 * later read gets it from a local.
 */
function convertedSource(hop: LowerOp, value: Expr, annotation: SomeValue, repr: Repr): Source {
  const temp = hop.temp(hop.wasmType(repr));
  let first = true;
  return {
    annotation,
    repr,
    read: () => {
      if (!first) return temp.get();
      first = false;
      return temp.tee(value);
    },
  };
}

/** The spec fields as constant arguments: fill, align, sign, width, separator, group. */
function layoutArgs(hop: LowerOp, spec: ResolvedSpec): Expr[] {
  const [, fill, align, sign, width, separator, group] = encodeSpec(spec);
  return [fill!, align!, sign!, width!, separator!, group!].map((n) => hop.m.i32.const(n));
}

/** `source` laid out by a constant resolved spec. */
function layout(hop: LowerOp, source: Source, info: FormatValueInfo, spec: ResolvedSpec): Expr {
  const m = hop.m;
  const support = hop.support;
  const site = m.i32.const(hop.site);
  const fields = encodeSpec(spec);
  const type = m.i32.const(fields[8]!);
  const precision = m.i32.const(fields[7]!);
  const flags = fields[9]!;
  switch (spec.path) {
    case 'text':
      return textOfSource(hop, source, false);
    case 'str': {
      let value = source.read() ?? support.str(String(source.annotation.constValue));
      if (info.kind === 'optstr') {
        const temp = hop.temp(hop.model.valueType(strOrNoneRepr.lltype));
        value = m.block(null, [
          temp.set(value),
          m.if(hop.model.isNull(temp.get()), hop.raise('TypeError', 'unsupported format string passed to NoneType.__format__')),
          temp.get(),
        ], hop.model.valueType(strOrNoneRepr.lltype));
      }
      const [fill, align, , width] = layoutArgs(hop, spec);
      return hop.callSupportMayRaise(fmtStr(support), [value, fill!, align!, width!, precision, site], strType(hop));
    }
    case 'int':
      return hop.callSupportMayRaise(fmtInt(support), [
        asInt(hop, source), type, m.i32.const(flags & SPEC_ALTERNATE), precision, ...layoutArgs(hop, spec), site,
      ], strType(hop));
    case 'float':
      return hop.callSupportMayRaise(fmtFloat(support), [
        asFloat(hop, source), type, precision, m.i32.const(flags), ...layoutArgs(hop, spec), site,
      ], strType(hop));
  }
}

/** format(value, spec) for a spec made at run time (a str expression). */
function layoutRuntime(hop: LowerOp, source: Source, info: FormatValueInfo, spec: Expr): Expr {
  const m = hop.m;
  const site = m.i32.const(hop.site);
  const support = hop.support;
  switch (info.kind) {
    case 'int': return hop.callSupportMayRaise(formatRuntime(support, 'int'), [asInt(hop, source), spec, site], strType(hop));
    case 'bool': return hop.callSupportMayRaise(formatRuntime(support, 'bool'), [
      source.repr.isVoid ? boolRepr.constant(source.annotation.constValue, hop.ctx) : source.read()!, spec, site,
    ], strType(hop));
    case 'float': return hop.callSupportMayRaise(formatRuntime(support, 'float'), [asFloat(hop, source), spec, site], strType(hop));
    case 'str': case 'optstr':
      return hop.callSupportMayRaise(formatRuntime(support, 'str'), [
        source.read() ?? support.str(String(source.annotation.constValue)), spec, site,
      ], strType(hop));
    case 'none': return hop.callSupportMayRaise(formatRuntime(support, 'none'), [spec, site], strType(hop));
    case 'object': throw new Error('a format spec made at run time for a value without __format__');
  }
}

/** chr(n) of an int, or the str itself when it has one character (`%c`); else the errors. */
function charOf(hop: LowerOp, source: Source, info: FormatValueInfo): Expr {
  const m = hop.m;
  const model = hop.model;
  if (info.kind === 'int' || info.kind === 'bool') {
    const n = hop.temp(binaryen.i64);
    return m.block(null, [
      n.set(asInt(hop, source)),
      m.if(m.i64.gt_u(n.get(), m.i64.const(0x10ffffn)), hop.raise('OverflowError', '%c arg not in range(0x110000)')),
      m.call(strFromChar(hop.support), [m.i32.wrap(n.get())], strType(hop)),
    ], strType(hop));
  }
  const s = hop.temp(hop.model.valueType(strOrNoneRepr.lltype));
  const length = (): Expr => model.arrayLength(model.structGet(STR, s.get(), 'chars'));
  const notOne = info.kind === 'optstr'
    ? m.if(model.isNull(s.get()), m.i32.const(1), m.i32.ne(length(), m.i32.const(1)))
    : m.i32.ne(length(), m.i32.const(1));
  return m.block(null, [
    s.set(source.read() ?? hop.support.str(String(source.annotation.constValue))),
    m.if(notOne, hop.raise('TypeError', '%c requires int or char')),
    s.get(),
  ], hop.model.valueType(strOrNoneRepr.lltype));
}

/** The text of one value piece of a plan. */
function valuePieceText(hop: LowerOp, piece: ValuePiece, sources: readonly Source[]): Expr {
  let source = sources[piece.value]!;
  let info = formatValueInfo(source.annotation);
  switch (piece.conversion) {
    case 'str': case 'repr': {
      if (info.kind === 'str' && piece.conversion === 'str') break;
      source = convertedSource(hop, textOfSource(hop, source, piece.conversion === 'repr'), source.annotation, strRepr);
      info = { kind: 'str', typeName: 'str' };
      break;
    }
    case 'trunc': {
      source = convertedSource(hop, floatToInt(hop, hop.m.f64.trunc(asFloat(hop, source))), source.annotation, intRepr);
      info = { kind: 'int', typeName: 'int' };
      break;
    }
    case 'char':
      source = convertedSource(hop, charOf(hop, source, info), source.annotation, strRepr);
      info = { kind: 'str', typeName: 'str' };
      break;
    case 'none':
      break;
  }
  if (piece.spec !== null) return layout(hop, source, info, piece.spec);
  return layoutRuntime(hop, source, info, joinStrs(hop, piece.specParts.map((part) => pieceText(hop, part, sources))));
}

function pieceText(hop: LowerOp, piece: FormatPiece, sources: readonly Source[]): Expr {
  return piece.kind === 'text' ? hop.support.str(piece.text) : valuePieceText(hop, piece, sources);
}

/** The strs of `parts` joined, in one allocation, one byte per code point when they all are. */
export function joinStrs(hop: LowerOp, parts: Expr[]): Expr {
  const m = hop.m;
  const model = hop.model;
  if (parts.length === 0) return hop.support.str('');
  if (parts.length === 1) return parts[0]!;
  const type = strType(hop);
  const temps = parts.map(() => hop.temp(type));
  const chars = (i: number): Expr => model.structGet(STR, temps[i]!.get(), 'chars');
  const total = hop.temp(binaryen.i32);
  const at = hop.temp(binaryen.i32);
  const narrow = hop.temp(model.valueType(LATIN1_REF));
  const wide = hop.temp(model.valueType(CHARS_REF));
  const code: Expr[] = parts.map((part, i) => temps[i]!.set(part));
  let sum: Expr = model.arrayLength(chars(0));
  for (let i = 1; i < parts.length; i++) sum = m.i32.add(sum, model.arrayLength(chars(i)));
  let allNarrow: Expr = isLatin1(hop.support, chars(0));
  for (let i = 1; i < parts.length; i++) allNarrow = m.i32.and(allNarrow, isLatin1(hop.support, chars(i)));
  const advance = (i: number): Expr[] => (i < parts.length - 1 ? [at.set(m.i32.add(at.get(), model.arrayLength(chars(i))))] : []);
  const narrowCopies = parts.flatMap((_, i) => [
    model.arrayCopy(LATIN1, narrow.get(), at.get(), LATIN1, model.refCast(chars(i), LATIN1), m.i32.const(0), model.arrayLength(chars(i))),
    ...advance(i),
  ]);
  const wideCopies = parts.flatMap((_, i) => [m.call(strPut(hop.support), [wide.get(), at.get(), temps[i]!.get()], binaryen.none), ...advance(i)]);
  code.push(total.set(sum), at.set(m.i32.const(0)));
  code.push(m.if(
    allNarrow,
    m.block(null, [narrow.set(model.arrayNew(LATIN1, total.get(), null)), ...narrowCopies, newStr(hop.support, narrow.get())], type),
    // A part holds a code point from U+0100 up, so the whole is wide.
    m.block(null, [wide.set(model.arrayNew(CHARS, total.get(), null)), ...wideCopies, newStr(hop.support, wide.get())], type),
  ));
  return m.block(null, code, type);
}

/** The text of a whole plan. */
function planText(hop: LowerOp, pieces: readonly FormatPiece[], sources: readonly Source[]): Expr {
  return joinStrs(hop, pieces.map((piece) => pieceText(hop, piece, sources)));
}

// ---------------------------------------------------------------------------------------------
// Formats carried out by the host

/** The value as the host's formatter takes it (int, float, str, bool or None), or null. */
function constantPyValue(s: SomeValue): PyValue | null {
  if (!s.isConstant) return null;
  const value = s.constValue;
  const info = formatValueInfo(s);
  switch (info.kind) {
    case 'int': return { type: 'int', value: value as bigint };
    case 'bool': return { type: 'bool', value: value as boolean };
    case 'float': return { type: 'float', value: value as number };
    case 'str': case 'optstr': return value === null ? { type: 'none' } : { type: 'str', value: value as string };
    case 'none': return { type: 'none' };
    default: return null;
  }
}

/** The longest text made when translating (a longer one is made at run time). */
const CONSTANT_TEXT_MAX = 1000;

/**
 * The text made now, when every value is a constant the formatter takes and it succeeds; an
 * error is left to the plan (reported, or raised at run time, as CPython raises it).
 */
function constantText(hop: LowerOp, annotations: readonly SomeValue[], make: (values: PyValue[]) => string): Expr | null {
  const values = annotations.map(constantPyValue);
  if (values.some((v) => v === null)) return null;
  let text: string;
  try {
    text = make(values as PyValue[]);
  } catch {
    return null;
  }
  return text.length <= CONSTANT_TEXT_MAX ? hop.support.str(text) : null;
}

/** Code pushing a value to the host's formatter. */
function push(hop: LowerOp, source: Source): Expr {
  const m = hop.m;
  const info = formatValueInfo(source.annotation);
  const call = (kind: 'int' | 'bool' | 'float' | 'none', i: Expr, x: Expr): Expr => hop.support.hostCall(HOST.fmtPush, [m.i32.const(kindCode(kind)), i, x]);
  switch (info.kind) {
    case 'int': return call('int', asInt(hop, source), m.f64.const(0));
    case 'bool': return call('bool', asInt(hop, source), m.f64.const(0));
    case 'float': return call('float', m.i64.const(0n), asFloat(hop, source));
    case 'str': case 'optstr':
      return m.call(fmtPushStr(hop.support), [source.read() ?? hop.support.str(String(source.annotation.constValue))], binaryen.none);
    case 'none': return call('none', m.i64.const(0n), m.f64.const(0));
    case 'object': throw new Error('the host cannot format a list, tuple or instance');
  }
}

/** The host's formatter runs `operation` on the pushed values. */
function hostFormat(hop: LowerOp, operation: (typeof FORMAT_OPERATIONS)[number], pushes: Expr[], positional = 0): Expr {
  const m = hop.m;
  const apply = hop.support.hostCall(HOST.fmtApply, [m.i32.const(FORMAT_OPERATIONS.indexOf(operation)), m.i32.const(positional)]);
  return m.block(null, [
    ...pushes,
    hop.callSupportMayRaise(fmtResult(hop.support), [apply, m.i32.const(hop.site)], strType(hop)),
  ], strType(hop));
}

/** A constant str (an omitted spec, a keyword's name). */
function strSourceOf(hop: LowerOp, text: string): Source {
  return { annotation: new SomeString({ constant: text }), repr: strRepr, read: () => hop.support.str(text) };
}

// ---------------------------------------------------------------------------------------------
// The operations

/** format(value, spec): the `format` operation of an f-string field, and the builtin. */
function lowerFormatValue(hop: LowerOp, value: Source, spec: Source): Expr {
  const info = formatValueInfo(value.annotation);
  if (spec.annotation.isConstant) {
    const specText = spec.annotation.constValue as string;
    const folded = constantText(hop, [value.annotation], ([v]) => formatValue(v!, specText));
    if (folded !== null) return folded;
    const plan = planOrFail(hop, 'this format spec', () => planFormat(specText, info));
    if (plan.kind !== 'pieces') throw new Error('format() with a constant spec is always planned');
    return planText(hop, plan.pieces, [value]);
  }
  return layoutRuntime(hop, value, info, spec.read()!);
}

export function lowerFormatOperation(hop: LowerOp): Expr {
  return lowerFormatValue(hop, sourceOf(hop, hop.args[0]!), sourceOf(hop, hop.args[1]!));
}

export function lowerFormatBuiltin(hop: LowerOp, call: CallArgs): Expr {
  const value = sourceOf(hop, call.positional[0]!);
  const spec = call.positional[1] ? sourceOf(hop, call.positional[1]) : strSourceOf(hop, '');
  return lowerFormatValue(hop, value, spec);
}

/** `format % right` (the `mod` and `inplace_mod` operations on a str). */
export function lowerPercentFormat(hop: LowerOp): Expr {
  const m = hop.m;
  const format = sourceOf(hop, hop.args[0]!);
  const right = hop.annotation(1);
  const rightRepr = hop.repr(1);
  const annotations = percentValues(right);
  const prelude: Expr[] = [];
  let sources: Source[];
  if (right instanceof SomeTuple) {
    // The items of the tuple, read from a temporary (a tuple of constants has no run-time value).
    const tupleRepr = rightRepr instanceof TupleRepr ? rightRepr : null;
    const tuple = tupleRepr === null ? null : hop.temp(hop.wasmType(tupleRepr));
    if (tuple) prelude.push(tuple.set(hop.arg(1)));
    sources = right.items.map((item, i) => {
      const repr = tupleRepr === null ? hop.ctx.rtyper.reprOf(item) : tupleRepr.items[i]!;
      return { annotation: item, repr, read: () => (repr.isVoid ? null : hop.model.structGet(tupleRepr!.struct, tuple!.get(), `${i}`)) };
    });
  } else {
    sources = [sourceOf(hop, hop.args[1]!)];
  }
  let text: Expr;
  if (format.annotation.isConstant) {
    const formatText = format.annotation.constValue as string;
    const folded = constantText(hop, annotations, (values) => percentFormat(formatText, values));
    if (folded !== null) return folded;
    const mapping = !(right instanceof SomeTuple) && isMappingLike(right);
    const plan = planOrFail(hop, "this '%' format", () => planPercent(formatText, annotations.map(formatValueInfo), mapping));
    text = plan.kind === 'pieces'
      ? planText(hop, plan.pieces, sources)
      : hostFormat(hop, 'percent', [push(hop, format), ...sources.map((source) => push(hop, source))]);
  } else {
    text = hostFormat(hop, 'percent', [push(hop, format), ...sources.map((source) => push(hop, source))]);
  }
  return prelude.length === 0 ? text : m.block(null, [...prelude, text], strType(hop));
}

/** template.format(*positional, **keywords); the template is the bound method's str. */
export function lowerStrFormat(hop: LowerOp, callee: SomeBuiltin, call: CallArgs): Expr {
  const templateAnnotation = callee.self!;
  const template: Source = templateAnnotation.isConstant
    ? strSourceOf(hop, templateAnnotation.constValue as string)
    : { annotation: templateAnnotation, repr: strRepr, read: () => hop.valueAs(hop.args[0]!, strRepr) };
  const sources = [...call.positional, ...call.keywords.values()].map((value) => sourceOf(hop, value));
  const names = [...call.keywords.keys()];
  if (templateAnnotation.isConstant) {
    const templateText = templateAnnotation.constValue as string;
    const positionalCount = call.positional.length;
    const folded = constantText(hop, sources.map((s) => s.annotation), (values) =>
      strFormat(templateText, values.slice(0, positionalCount), Object.fromEntries(names.map((name, i) => [name, values[positionalCount + i]!]))),
    );
    if (folded !== null) return folded;
    const named = new Map(names.map((name, i) => [name, formatValueInfo(sources[positionalCount + i]!.annotation)]));
    const plan = planOrFail(hop, 'this str.format template', () =>
      planTemplate(templateText, sources.slice(0, positionalCount).map((s) => formatValueInfo(s.annotation)), named),
    );
    if (plan.kind === 'pieces') return planText(hop, plan.pieces, sources);
  }
  const pushes = [push(hop, template), ...sources.slice(0, call.positional.length).map((source) => push(hop, source))];
  names.forEach((name, i) => pushes.push(push(hop, strSourceOf(hop, name)), push(hop, sources[call.positional.length + i]!)));
  return hostFormat(hop, 'str.format', pushes, call.positional.length);
}

/** Whether this `mod` is `format % values`. */
export function isPercentFormat(hop: LowerOp): boolean {
  return hop.repr(0) instanceof StrRepr;
}
