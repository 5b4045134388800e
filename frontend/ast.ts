// The abstract syntax tree: one interface per node class of CPython 3.12's `ast` module
// (Parser/Python.asdl), declared apart from the parser that builds them so that later phases
// (the flow-graph builder) depend only on this file.
//
// Conventions, fixed so that other phases can rely on them:
// - every node has a `nodeType` discriminant equal to the CPython class name, and fields named
//   exactly as CPython names them; an optional ASDL field (`?`) is `T | null`, a list an array;
// - every node carries `start` and `length`, UTF-16 offsets into the SourceFile text
//   (CPython's col_offset .. end_col_offset); nodes CPython gives no position still get a span;
// - operators, comparison operators and expression contexts are string literals;
// - `Constant.value` is a PyConstant: ints are always bigint, floats always number.
//
// `nodeFields` lists every node type's fields in CPython order (for the dumper and generic
// walkers) and `forEachChild` visits a node's child nodes in that order.
// (Longer than most files because it mirrors the whole ASDL in one place, on purpose.)

// ---------------------------------------------------------------------------------------------
// Constant values

/** A bytes literal's value. */
export class PyBytes {
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
}

/** The value of an imaginary literal such as `2.5j` (real part always zero). */
export class PyComplex {
  readonly imag: number;
  constructor(imag: number) {
    this.imag = imag;
  }
}

/**
 * A str value in which an escaped surrogate (`\\ud834`) stands next to a surrogate it would pair
 * with. JS strings are UTF-16, so such a pair would read back as one astral character, while
 * Python keeps two code points; this keeps the code points themselves. Any other str is a string.
 */
export class PySurrogateStr {
  readonly codePoints: readonly number[];
  constructor(codePoints: readonly number[]) {
    this.codePoints = codePoints;
  }
}

/** Python's `...` (the Ellipsis singleton). */
export const Ellipsis: unique symbol = Symbol('Ellipsis');
export type EllipsisValue = typeof Ellipsis;

/** None | bool | int | float | str | bytes | imaginary | Ellipsis. */
export type PyConstant = null | boolean | bigint | number | string | PySurrogateStr | PyBytes | PyComplex | EllipsisValue;

// ---------------------------------------------------------------------------------------------
// Simple sum types (singletons in CPython, string literals here)

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOperator = 'And' | 'Or';
export type Operator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** Fields every node has. */
export interface Located {
  start: number;
  length: number;
}

// ---------------------------------------------------------------------------------------------
// mod

export interface Module extends Located { nodeType: 'Module'; body: Stmt[]; type_ignores: TypeIgnore[] }
export interface Interactive extends Located { nodeType: 'Interactive'; body: Stmt[] }
export interface Expression extends Located { nodeType: 'Expression'; body: Expr }
export interface FunctionType extends Located { nodeType: 'FunctionType'; argtypes: Expr[]; returns: Expr }
export type Mod = Module | Interactive | Expression | FunctionType;

// ---------------------------------------------------------------------------------------------
// stmt

export interface FunctionDef extends Located {
  nodeType: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
  type_params: TypeParam[];
}
export interface AsyncFunctionDef extends Located {
  nodeType: 'AsyncFunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  type_comment: string | null;
  type_params: TypeParam[];
}
export interface ClassDef extends Located {
  nodeType: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
  type_params: TypeParam[];
}
export interface Return extends Located { nodeType: 'Return'; value: Expr | null }
export interface Delete extends Located { nodeType: 'Delete'; targets: Expr[] }
export interface Assign extends Located { nodeType: 'Assign'; targets: Expr[]; value: Expr; type_comment: string | null }
export interface TypeAlias extends Located { nodeType: 'TypeAlias'; name: Name; type_params: TypeParam[]; value: Expr }
export interface AugAssign extends Located { nodeType: 'AugAssign'; target: Name | Attribute | Subscript; op: Operator; value: Expr }
export interface AnnAssign extends Located {
  nodeType: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  /** 1 when the target is a plain name not in parentheses, else 0. */
  simple: number;
}
export interface For extends Located {
  nodeType: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface AsyncFor extends Located {
  nodeType: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; type_comment: string | null;
}
export interface While extends Located { nodeType: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Located { nodeType: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Located { nodeType: 'With'; items: Withitem[]; body: Stmt[]; type_comment: string | null }
export interface AsyncWith extends Located { nodeType: 'AsyncWith'; items: Withitem[]; body: Stmt[]; type_comment: string | null }
export interface Match extends Located { nodeType: 'Match'; subject: Expr; cases: MatchCase[] }
export interface Raise extends Located { nodeType: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Located {
  nodeType: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface TryStar extends Located {
  nodeType: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[];
}
export interface Assert extends Located { nodeType: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Located { nodeType: 'Import'; names: Alias[] }
export interface ImportFrom extends Located {
  nodeType: 'ImportFrom'; module: string | null; names: Alias[]; level: number | null;
}
export interface Global extends Located { nodeType: 'Global'; names: string[] }
export interface Nonlocal extends Located { nodeType: 'Nonlocal'; names: string[] }
/** An expression statement (CPython's `ast.Expr`). */
export interface ExprStmt extends Located { nodeType: 'Expr'; value: Expr }
export interface Pass extends Located { nodeType: 'Pass' }
export interface Break extends Located { nodeType: 'Break' }
export interface Continue extends Located { nodeType: 'Continue' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | TypeAlias | AugAssign
  | AnnAssign | For | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar
  | Assert | Import | ImportFrom | Global | Nonlocal | ExprStmt | Pass | Break | Continue;

// ---------------------------------------------------------------------------------------------
// expr

export interface BoolOp extends Located { nodeType: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Located { nodeType: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Located { nodeType: 'BinOp'; left: Expr; op: Operator; right: Expr }
export interface UnaryOp extends Located { nodeType: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Located { nodeType: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Located { nodeType: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i]` is null for a `**mapping` entry. */
export interface Dict extends Located { nodeType: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Located { nodeType: 'Set'; elts: Expr[] }
export interface ListComp extends Located { nodeType: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Located { nodeType: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Located { nodeType: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Located { nodeType: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Located { nodeType: 'Await'; value: Expr }
export interface Yield extends Located { nodeType: 'Yield'; value: Expr | null }
export interface YieldFrom extends Located { nodeType: 'YieldFrom'; value: Expr }
export interface Compare extends Located { nodeType: 'Compare'; left: Expr; ops: CmpOperator[]; comparators: Expr[] }
export interface Call extends Located { nodeType: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
export interface FormattedValue extends Located {
  nodeType: 'FormattedValue';
  value: Expr;
  /** -1 for none, else the character code of `s`, `r` or `a`. */
  conversion: number;
  format_spec: Expr | null;
}
export interface JoinedStr extends Located { nodeType: 'JoinedStr'; values: Expr[] }
export interface Constant extends Located {
  nodeType: 'Constant';
  value: PyConstant;
  /** 'u' for a string written with a u prefix, else null. */
  kind: string | null;
}
export interface Attribute extends Located { nodeType: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Located { nodeType: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Located { nodeType: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Located { nodeType: 'Name'; id: string; ctx: ExprContext }
export interface List extends Located { nodeType: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Located { nodeType: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Located { nodeType: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue
  | JoinedStr | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

// ---------------------------------------------------------------------------------------------
// Product types and small sums

export interface Comprehension extends Located {
  nodeType: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: number;
}
export interface ExceptHandler extends Located {
  nodeType: 'ExceptHandler'; type: Expr | null; name: string | null; body: Stmt[];
}
export interface Arguments extends Located {
  nodeType: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where it has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
export interface Arg extends Located { nodeType: 'arg'; arg: string; annotation: Expr | null; type_comment: string | null }
/** `arg` is null for `**mapping`. */
export interface Keyword extends Located { nodeType: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Located { nodeType: 'alias'; name: string; asname: string | null }
export interface Withitem extends Located { nodeType: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface MatchCase extends Located { nodeType: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }
export interface TypeIgnore extends Located { nodeType: 'TypeIgnore'; lineno: number; tag: string }

// pattern

export interface MatchValue extends Located { nodeType: 'MatchValue'; value: Expr }
export interface MatchSingleton extends Located { nodeType: 'MatchSingleton'; value: null | boolean }
export interface MatchSequence extends Located { nodeType: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Located {
  nodeType: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null;
}
export interface MatchClass extends Located {
  nodeType: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
export interface MatchStar extends Located { nodeType: 'MatchStar'; name: string | null }
export interface MatchAs extends Located { nodeType: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Located { nodeType: 'MatchOr'; patterns: Pattern[] }
export type Pattern =
  | MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

// type_param (3.12)

export interface TypeVar extends Located { nodeType: 'TypeVar'; name: string; bound: Expr | null }
export interface ParamSpec extends Located { nodeType: 'ParamSpec'; name: string }
export interface TypeVarTuple extends Located { nodeType: 'TypeVarTuple'; name: string }
export type TypeParam = TypeVar | ParamSpec | TypeVarTuple;

export type Node =
  | Mod | Stmt | Expr | Pattern | TypeParam | Comprehension | ExceptHandler | Arguments | Arg
  | Keyword | Alias | Withitem | MatchCase | TypeIgnore;
export type NodeType = Node['nodeType'];

// ---------------------------------------------------------------------------------------------
// The field table

/**
 * How a field's value is shaped:
 * - `node` / `nodes`: a child node, or an array of them (entries may be null in Dict.keys and
 *   arguments.kw_defaults);
 * - `op` / `ops`: a string literal (or array of them) standing for a CPython singleton node such
 *   as `Add()` or `Load()`;
 * - `identifier` / `identifiers`, `string`, `int`, `constant`: plain values.
 */
export type FieldShape = 'node' | 'nodes' | 'op' | 'ops' | 'identifier' | 'identifiers' | 'string' | 'int' | 'constant';

export interface FieldSpec {
  readonly name: string;
  readonly shape: FieldShape;
  /** An ASDL `?` field: null stands for None and `ast.dump` leaves it out. */
  readonly optional: boolean;
  /** Added in CPython 3.12 (left out of 3.11 dumps). */
  readonly since312: boolean;
}

function f(spec: string): FieldSpec {
  // "name:shape", "name:shape?" (optional) or "name:shape+312" (new in 3.12)
  const since312 = spec.endsWith('+312');
  const core = since312 ? spec.slice(0, -4) : spec;
  const optional = core.endsWith('?');
  const [name, shape] = (optional ? core.slice(0, -1) : core).split(':') as [string, FieldShape];
  return { name, shape, optional, since312 };
}

function fields(...specs: string[]): readonly FieldSpec[] {
  return specs.map(f);
}

const functionFields = fields(
  'name:identifier', 'args:node', 'body:nodes', 'decorator_list:nodes', 'returns:node?',
  'type_comment:string?', 'type_params:nodes+312',
);
const forFields = fields('target:node', 'iter:node', 'body:nodes', 'orelse:nodes', 'type_comment:string?');
const withFields = fields('items:nodes', 'body:nodes', 'type_comment:string?');
const tryFields = fields('body:nodes', 'handlers:nodes', 'orelse:nodes', 'finalbody:nodes');
const comprehensionFields = fields('elt:node', 'generators:nodes');

/** Every node type's fields, in CPython's order. */
export const nodeFields: { readonly [K in NodeType]: readonly FieldSpec[] } = {
  Module: fields('body:nodes', 'type_ignores:nodes'),
  Interactive: fields('body:nodes'),
  Expression: fields('body:node'),
  FunctionType: fields('argtypes:nodes', 'returns:node'),

  FunctionDef: functionFields,
  AsyncFunctionDef: functionFields,
  ClassDef: fields(
    'name:identifier', 'bases:nodes', 'keywords:nodes', 'body:nodes', 'decorator_list:nodes',
    'type_params:nodes+312',
  ),
  Return: fields('value:node?'),
  Delete: fields('targets:nodes'),
  Assign: fields('targets:nodes', 'value:node', 'type_comment:string?'),
  TypeAlias: fields('name:node', 'type_params:nodes', 'value:node'),
  AugAssign: fields('target:node', 'op:op', 'value:node'),
  AnnAssign: fields('target:node', 'annotation:node', 'value:node?', 'simple:int'),
  For: forFields,
  AsyncFor: forFields,
  While: fields('test:node', 'body:nodes', 'orelse:nodes'),
  If: fields('test:node', 'body:nodes', 'orelse:nodes'),
  With: withFields,
  AsyncWith: withFields,
  Match: fields('subject:node', 'cases:nodes'),
  Raise: fields('exc:node?', 'cause:node?'),
  Try: tryFields,
  TryStar: tryFields,
  Assert: fields('test:node', 'msg:node?'),
  Import: fields('names:nodes'),
  ImportFrom: fields('module:identifier?', 'names:nodes', 'level:int?'),
  Global: fields('names:identifiers'),
  Nonlocal: fields('names:identifiers'),
  Expr: fields('value:node'),
  Pass: [],
  Break: [],
  Continue: [],

  BoolOp: fields('op:op', 'values:nodes'),
  NamedExpr: fields('target:node', 'value:node'),
  BinOp: fields('left:node', 'op:op', 'right:node'),
  UnaryOp: fields('op:op', 'operand:node'),
  Lambda: fields('args:node', 'body:node'),
  IfExp: fields('test:node', 'body:node', 'orelse:node'),
  Dict: fields('keys:nodes', 'values:nodes'),
  Set: fields('elts:nodes'),
  ListComp: comprehensionFields,
  SetComp: comprehensionFields,
  DictComp: fields('key:node', 'value:node', 'generators:nodes'),
  GeneratorExp: comprehensionFields,
  Await: fields('value:node'),
  Yield: fields('value:node?'),
  YieldFrom: fields('value:node'),
  Compare: fields('left:node', 'ops:ops', 'comparators:nodes'),
  Call: fields('func:node', 'args:nodes', 'keywords:nodes'),
  FormattedValue: fields('value:node', 'conversion:int', 'format_spec:node?'),
  JoinedStr: fields('values:nodes'),
  Constant: fields('value:constant', 'kind:string?'),
  Attribute: fields('value:node', 'attr:identifier', 'ctx:op'),
  Subscript: fields('value:node', 'slice:node', 'ctx:op'),
  Starred: fields('value:node', 'ctx:op'),
  Name: fields('id:identifier', 'ctx:op'),
  List: fields('elts:nodes', 'ctx:op'),
  Tuple: fields('elts:nodes', 'ctx:op'),
  Slice: fields('lower:node?', 'upper:node?', 'step:node?'),

  comprehension: fields('target:node', 'iter:node', 'ifs:nodes', 'is_async:int'),
  ExceptHandler: fields('type:node?', 'name:identifier?', 'body:nodes'),
  arguments: fields(
    'posonlyargs:nodes', 'args:nodes', 'vararg:node?', 'kwonlyargs:nodes', 'kw_defaults:nodes',
    'kwarg:node?', 'defaults:nodes',
  ),
  arg: fields('arg:identifier', 'annotation:node?', 'type_comment:string?'),
  keyword: fields('arg:identifier?', 'value:node'),
  alias: fields('name:identifier', 'asname:identifier?'),
  withitem: fields('context_expr:node', 'optional_vars:node?'),
  match_case: fields('pattern:node', 'guard:node?', 'body:nodes'),
  TypeIgnore: fields('lineno:int', 'tag:string'),

  MatchValue: fields('value:node'),
  MatchSingleton: fields('value:constant'),
  MatchSequence: fields('patterns:nodes'),
  MatchMapping: fields('keys:nodes', 'patterns:nodes', 'rest:identifier?'),
  MatchClass: fields('cls:node', 'patterns:nodes', 'kwd_attrs:identifiers', 'kwd_patterns:nodes'),
  MatchStar: fields('name:identifier?'),
  MatchAs: fields('pattern:node?', 'name:identifier?'),
  MatchOr: fields('patterns:nodes'),

  TypeVar: fields('name:identifier', 'bound:node?'),
  ParamSpec: fields('name:identifier'),
  TypeVarTuple: fields('name:identifier'),
};

/** Calls `visit` on each child node of `node`, in field order (nulls skipped). */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  const record = node as unknown as Record<string, unknown>;
  for (const field of nodeFields[node.nodeType]) {
    if (field.shape === 'node') {
      const child = record[field.name] as Node | null;
      if (child !== null) visit(child);
    } else if (field.shape === 'nodes') {
      for (const child of record[field.name] as (Node | null)[]) {
        if (child !== null) visit(child);
      }
    }
  }
}
