// The table from flow operation names to the annotator's rules. Each rule receives the
// annotations of the operation's arguments and returns the annotation of its result; an
// operation the table does not know, or a rule that finds no case for its operand types,
// becomes an "unsupported operation" error naming the operation, the types and the line.

import type { SpaceOperation } from '../../frontend/flowmodel.ts';
import { operationInfo } from '../../frontend/operations.ts';
import { compileError, type CompileError, type Note } from '../../diagnostics/diagnostic.ts';
import { ListItemConflict } from '../listdef.ts';
import { Variable } from '../../frontend/flowmodel.ts';
import { annotationEquals } from '../union.ts';
import { Diag, type DiagnosticKind } from '../../diagnostics/catalog.ts';
import type { Annotator } from '../annotator.ts';
import { isImpossible, s_ImpossibleValue, type SomeValue } from '../model.ts';
import { siteOf, type Position, type Site } from '../position.ts';
import { arithmeticRules } from './arithmetic.ts';
import { comparisonRules } from './comparison.ts';
import { callRules } from './calls.ts';
import { containerRules } from './containers.ts';
import { stringRules } from './strings.ts';
import { variableRules } from './variables.ts';
import { exceptionRules } from './exceptions.ts';
import { closureRules } from './closures.ts';
import { sliceRules } from './slices.ts';
import { callPlan, planFor } from './special.ts';
import { containerItemError, withDictRules } from './dicts.ts';
import { declarationRules } from './declarations.ts';

/** What a rule gets: the operation, its argument annotations, and ways to report. */
export class OpRequest {
  readonly annotator: Annotator;
  readonly position: Position;
  readonly op: SpaceOperation;
  readonly args: readonly SomeValue[];

  constructor(annotator: Annotator, position: Position, op: SpaceOperation, args: readonly SomeValue[]) {
    this.annotator = annotator;
    this.position = position;
    this.op = op;
    this.args = args;
  }

  get site(): Site {
    return siteOf(this.position);
  }

  error(kind: DiagnosticKind, message: string, notes: Note[] = []): CompileError {
    const site = this.site;
    return compileError(kind, message, site.source, site.span, notes);
  }

  /** "unsupported operation '+' on int and str". */
  unsupported(detail?: string): CompileError {
    const symbol = operationInfo(this.op.opname).symbol;
    const types = this.args.map(String);
    const on = this.op.opname === 'simple_call' || this.op.opname === 'call_args' ? '' : ` on ${types.join(' and ')}`;
    return this.error(Diag.UnsupportedOperation, detail ?? `unsupported operation '${symbol}'${on}`);
  }
}

export type OpRule = (req: OpRequest) => SomeValue;

// Dicts and sets extend the rules below (dicts.ts), falling back to them for other types.
const RULES: ReadonlyMap<string, OpRule> = new Map(
  Object.entries(withDictRules({
    ...arithmeticRules,
    ...comparisonRules,
    ...callRules,
    ...containerRules,
    ...stringRules,
    ...variableRules,
    ...exceptionRules,
    ...closureRules,
    ...sliceRules,
    ...declarationRules,
  })),
);

/** Operations that run even when an argument is impossible (they ignore it). */
const TOLERANT = new Set(['check_bound']);

export function considerOperation(annotator: Annotator, position: Position, op: SpaceOperation, args: readonly SomeValue[]): SomeValue {
  if (!TOLERANT.has(op.opname) && args.some(isImpossible)) return s_ImpossibleValue;
  const rule = RULES.get(op.opname);
  const req = new OpRequest(annotator, position, op, args);
  try {
    // Operators on instances call their special methods (special.ts).
    const special = planFor(req, op.opname, args);
    if (special) return callPlan(req, special, args);
    if (!rule) throw req.unsupported();
    return rule(req);
  } catch (error) {
    if (error instanceof ListItemConflict) throw listItemError(req, error);
    throw error;
  }
}

/** "a list item is str here but int elsewhere", with a note where the item type came from. */
function listItemError(req: OpRequest, conflict: ListItemConflict): CompileError {
  const ofDict = containerItemError(req, conflict, valueSpan(req, conflict.incoming));
  if (ofDict) return ofDict;
  const item = conflict.item;
  const origin = item.valueOrigin ?? item.creation;
  const site = req.site;
  const notes: Note[] = [{ message: `the list's items are ${item.value} from here`, source: origin.source, span: origin.span }];
  const span = valueSpan(req, conflict.incoming) ?? site.span;
  return compileError(Diag.ListItemConflict, `a list item is ${conflict.incoming} here but ${item.value} elsewhere; Wyrm needs one item type for a list`, site.source, span, notes);
}

/** The source span of the argument of the current operation whose annotation is `value`. */
function valueSpan(req: OpRequest, value: SomeValue): { start: number; length: number } | null {
  const index = req.args.findIndex((a, i) => i > 0 && (a === value || annotationEquals(a.withoutConstant(), value.withoutConstant())));
  if (index < 0) return null;
  const arg = req.op.args[index];
  const recorded = req.op.argSpans?.[index];
  if (recorded) return recorded;
  const defining = arg instanceof Variable ? req.position.block.operations.find((o) => o.result === arg) : undefined;
  return defining?.span ?? null;
}
