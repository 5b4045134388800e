// The annotation rules of string formatting: format(value, spec) (an f-string field with a
// spec, and the builtin), `format % values` and str.format. Each gives a str. A constant format
// is planned (annotator/formatplan.ts) to know which values are converted with str() or repr(),
// whose methods (__str__, __repr__) are then annotated as called; a format that is not constant
// is carried out by the host's formatter, which takes only ints, floats, strs, bools and None.
// The errors of a constant format that CPython would always raise are reported by the lowering,
// once the annotations are final (a constant here may still widen).

import { Diag } from '../../diagnostics/catalog.ts';
import {
  SomeBool, SomeDict, SomeFloat, SomeInstance, SomeInteger, SomeList, SomeNone, SomeRange, SomeSet, SomeString, SomeTuple,
  type SomeValue,
} from '../model.ts';
import { FormatUnsupported, planFormat, planPercent, planTemplate, type FormatPiece, type FormatPlan, type FormatValueInfo } from '../formatplan.ts';
import type { CallArguments } from './builtins.ts';
import type { OpRequest } from './registry.ts';
import { checkPrintable } from './strings.ts';

/** What the planner needs to know of a value. */
export function formatValueInfo(s: SomeValue): FormatValueInfo {
  if (s instanceof SomeBool) return { kind: 'bool', typeName: 'bool' };
  if (s instanceof SomeInteger) return { kind: 'int', typeName: 'int' };
  if (s instanceof SomeFloat) return { kind: 'float', typeName: 'float' };
  if (s instanceof SomeString) return { kind: s.canBeNone ? 'optstr' : 'str', typeName: 'str' };
  if (s instanceof SomeNone) return { kind: 'none', typeName: 'NoneType' };
  if (s instanceof SomeList) return { kind: 'object', typeName: 'list' };
  if (s instanceof SomeTuple) return { kind: 'object', typeName: 'tuple' };
  if (s instanceof SomeDict) return { kind: 'object', typeName: 'dict' };
  if (s instanceof SomeSet) return { kind: 'object', typeName: 'set' };
  if (s instanceof SomeInstance) return { kind: 'object', typeName: s.classdef.desc.displayName };
  return { kind: 'object', typeName: String(s) };
}

/** Whether CPython's `%` takes this value (on its own on the right) for a mapping. */
export function isMappingLike(s: SomeValue): boolean {
  if (s instanceof SomeList || s instanceof SomeDict || s instanceof SomeRange) return true;
  return s instanceof SomeInstance && s.classdef.desc.lookup('__getitem__') !== undefined;
}

/** The values of `format % right`: the items of a tuple, or the one value. */
export function percentValues(right: SomeValue): readonly SomeValue[] {
  return right instanceof SomeTuple ? right.items : [right];
}

/** Refuses values the host's formatter cannot take (for formats that are not constant). */
function requireSimpleValues(req: OpRequest, values: readonly SomeValue[], what: string): void {
  for (const value of values) {
    checkPrintable(req, value);
    const info = formatValueInfo(value);
    if (info.kind === 'object') {
      throw req.error(
        Diag.UnsupportedOperation,
        `${what} that is not a constant can format only ints, floats, strs, bools and None, not a ${info.typeName}`,
      );
    }
  }
}

/**
 * Annotates the text conversions a plan makes: str() or repr() of each value, which may call
 * the program's __str__ or __repr__. A plan that fails is reported by the lowering.
 */
function checkPlan(req: OpRequest, plan: () => FormatPlan, values: readonly SomeValue[], what: string): void {
  let result: FormatPlan;
  try {
    result = plan();
  } catch (error) {
    if (error instanceof FormatUnsupported) return;
    throw error;
  }
  if (result.kind === 'runtime') requireSimpleValues(req, values, what);
  if (result.kind !== 'pieces') return;
  const visit = (pieces: readonly FormatPiece[]): void => {
    for (const piece of pieces) {
      if (piece.kind === 'text') continue;
      checkPrintable(req, values[piece.value]!, piece.conversion === 'repr');
      visit(piece.specParts);
    }
  };
  visit(result.pieces);
}

function requireStr(req: OpRequest, s: SomeValue, what: string): string | null {
  if (!(s instanceof SomeString) || s.canBeNone) throw req.error(Diag.UnsupportedOperation, `${what} must be a str, not ${s}`);
  return s.isConstant ? (s.constValue as string) : null;
}

/** format(value, spec): an f-string field with a spec, or the builtin. */
export function formatRule(req: OpRequest, value: SomeValue, spec: SomeValue): SomeValue {
  const specText = requireStr(req, spec, 'a format spec');
  if (specText !== null) {
    checkPlan(req, () => planFormat(specText, formatValueInfo(value)), [value], 'a format spec');
  } else {
    checkPrintable(req, value);
    const info = formatValueInfo(value);
    if (info.kind === 'object') {
      throw req.error(
        Diag.UnsupportedOperation,
        `a format spec made at run time for a ${info.typeName} is not supported (only the empty spec formats it; use !s or !r)`,
      );
    }
  }
  return new SomeString();
}

/** The builtin format(value, spec=''). */
export function formatBuiltinRule(req: OpRequest, call: CallArguments): SomeValue {
  if (call.keywords.size > 0) throw req.error(Diag.BadCall, 'format() takes no keyword arguments');
  const [value, spec] = call.positional;
  if (value === undefined) throw req.error(Diag.BadCall, 'format expected at least 1 argument, got 0');
  if (call.positional.length > 2) throw req.error(Diag.BadCall, `format expected at most 2 arguments, got ${call.positional.length}`);
  return formatRule(req, value, spec ?? new SomeString({ constant: '' }));
}

/** `format % right`, for a str on the left. */
export function percentRule(req: OpRequest, format: SomeValue, right: SomeValue): SomeValue {
  const formatText = requireStr(req, format, "the left operand of '%'");
  const values = percentValues(right);
  if (formatText === null) {
    requireSimpleValues(req, values, "a '%' format");
  } else {
    const mapping = !(right instanceof SomeTuple) && isMappingLike(right);
    checkPlan(req, () => planPercent(formatText, values.map(formatValueInfo), mapping), values, "a '%' format");
  }
  return new SomeString();
}

/** template.format(*positional, **keywords). */
export function strFormatRule(req: OpRequest, template: SomeValue, call: CallArguments): SomeValue {
  const templateText = requireStr(req, template, 'the template of str.format');
  const values = [...call.positional, ...call.keywords.values()];
  if (templateText === null) {
    requireSimpleValues(req, values, 'a str.format template');
  } else {
    const named = new Map([...call.keywords].map(([name, s]) => [name, formatValueInfo(s)]));
    checkPlan(req, () => planTemplate(templateText, call.positional.map(formatValueInfo), named), values, 'a str.format template');
  }
  return new SomeString();
}
