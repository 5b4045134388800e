// The table of high-level flow operations: one line per operation.
// The flow builder emits only these; the annotator has a handler for each (falling back to an
// "unsupported operation X on Y" error), and the lowering turns each into low-level operations.

export interface OperationInfo {
  readonly name: string;
  /** Number of arguments, or -1 for a variable number. */
  readonly arity: number;
  /** No side effects and no exceptions for every input: can be folded on constants. */
  readonly pure: boolean;
  /** May raise OverflowError on 64-bit ints. */
  readonly canOverflow: boolean;
  /** How the operation is written in Python, for messages. */
  readonly symbol: string;
}

function op(name: string, arity: number, pure: boolean, canOverflow: boolean, symbol: string): OperationInfo {
  return { name, arity, pure, canOverflow, symbol };
}

const table: OperationInfo[] = [
  // Arithmetic (binary); "inplace_" forms exist because `xs += ys` mutates a list.
  op('add', 2, false, true, '+'),
  op('sub', 2, false, true, '-'),
  op('mul', 2, false, true, '*'),
  op('truediv', 2, false, false, '/'),
  op('floordiv', 2, false, true, '//'),
  op('mod', 2, false, false, '%'),
  op('pow', 2, false, true, '**'),
  op('lshift', 2, false, true, '<<'),
  op('rshift', 2, false, false, '>>'),
  op('and_', 2, false, false, '&'),
  op('or_', 2, false, false, '|'),
  op('xor', 2, false, false, '^'),
  op('matmul', 2, false, false, '@'),
  op('inplace_add', 2, false, true, '+='),
  op('inplace_sub', 2, false, true, '-='),
  op('inplace_mul', 2, false, true, '*='),
  op('inplace_truediv', 2, false, false, '/='),
  op('inplace_floordiv', 2, false, true, '//='),
  op('inplace_mod', 2, false, false, '%='),
  op('inplace_pow', 2, false, true, '**='),
  op('inplace_lshift', 2, false, true, '<<='),
  op('inplace_rshift', 2, false, false, '>>='),
  op('inplace_and', 2, false, false, '&='),
  op('inplace_or', 2, false, false, '|='),
  op('inplace_xor', 2, false, false, '^='),
  op('inplace_matmul', 2, false, false, '@='),
  // Unary.
  op('neg', 1, false, true, 'unary -'),
  op('pos', 1, true, false, 'unary +'),
  op('invert', 1, true, false, '~'),
  op('bool', 1, false, false, 'truth value'),
  // Comparisons; `x not in y` is `contains` followed by a negated switch, `is not` likewise.
  op('lt', 2, false, false, '<'),
  op('le', 2, false, false, '<='),
  op('eq', 2, false, false, '=='),
  op('ne', 2, false, false, '!='),
  op('gt', 2, false, false, '>'),
  op('ge', 2, false, false, '>='),
  op('is_', 2, true, false, 'is'),
  op('contains', 2, false, false, 'in'),
  // Negation of a bool value (only ever applied to the result of `bool`, `is_` or `contains`).
  op('bool_not', 1, true, false, 'not'),
  // Items, attributes, calls.
  op('getitem', 2, false, false, '[]'),
  op('setitem', 3, false, false, '[]='),
  op('delitem', 2, false, false, 'del []'),
  op('getattr', 2, false, false, '.'),
  op('setattr', 3, false, false, '.='),
  op('delattr', 2, false, false, 'del .'),
  // simple_call(f, args...); call_args(f, Constant(CallShape), args...) when keywords are used.
  op('simple_call', -1, false, false, 'call'),
  op('call_args', -1, false, false, 'call'),
  // Iteration: `iter` makes an iterator, `next` raises StopIteration when it is exhausted.
  op('iter', 1, false, false, 'iter()'),
  op('next', 1, false, false, 'next()'),
  // Builders of containers and strings.
  op('newlist', -1, false, false, '[...]'),
  // A nested function with its environment (the values it uses from enclosing functions).
  op('newclosure', -1, false, false, 'def'),
  op('newtuple', -1, true, false, '(...)'),
  op('newdict', -1, false, false, '{...}'),
  op('newset', -1, false, false, '{...}'),
  op('newslice', 3, true, false, 'slice'),
  // x[a:b:c] (None for a part left out), its assignment and its deletion.
  op('getslice', 4, false, false, '[:]'),
  op('setslice', 5, false, false, '[:] ='),
  op('delslice', 4, false, false, 'del [:]'),
  op('str', 1, false, false, 'str()'),
  op('repr', 1, false, false, 'repr()'),
  op('format', 2, false, false, 'format()'),
  op('buildstr', -1, false, false, 'f-string'),
  // Module variables that functions rebind (`global x`), and their definedness.
  op('getglobal', 1, false, false, 'global read'),
  op('setglobal', 2, false, false, 'global write'),
  // Raises UnboundLocalError (arg 1: the local's name) unless the flag (arg 0) is true.
  op('check_bound', 2, false, false, 'local read'),
  // Raises ValueError unless the sequence (arg 0) has exactly arg 1 items (before unpacking);
  // its result is what the items are then read from: the sequence itself, or for an iterable
  // object the list of the items it gave.
  op('unpack_check', 2, false, false, 'unpacking'),
  // Builds an exception instance from a class (for `raise Cls`), and takes the class of one.
  op('exc_instance', 1, false, false, 'raise'),
  op('type', 1, true, false, 'type()'),
  // `raise`: makes its argument (an exception instance) the pending exception; never returns.
  op('raise', 1, false, false, 'raise'),
  // A bare `raise` (or no except clause matched): raises a caught exception again, keeping its
  // traceback.
  op('reraise', 1, false, false, 'raise'),
  // An except clause's test: is the exception (arg 0) an instance of the class(es) in arg 1?
  op('exc_match', 2, true, false, 'except'),
  // A value stored into an annotated name (or returned, or passed to an annotated parameter):
  // checked against the declaration in arg 1, whose type it takes where inference knows less.
  op('declare', 2, true, false, 'annotation'),
];

export const OPERATIONS: ReadonlyMap<string, OperationInfo> = new Map(table.map((info) => [info.name, info]));

export function operationInfo(name: string): OperationInfo {
  const info = OPERATIONS.get(name);
  if (!info) throw new Error(`unknown flow operation '${name}'`);
  return info;
}

/** The Python operator node names of `ast.BinOp` mapped to flow operations. */
export const BINARY_OPERATORS: Readonly<Record<string, string>> = {
  Add: 'add',
  Sub: 'sub',
  Mult: 'mul',
  Div: 'truediv',
  FloorDiv: 'floordiv',
  Mod: 'mod',
  Pow: 'pow',
  LShift: 'lshift',
  RShift: 'rshift',
  BitAnd: 'and_',
  BitOr: 'or_',
  BitXor: 'xor',
  MatMult: 'matmul',
};

export const COMPARISON_OPERATORS: Readonly<Record<string, string>> = {
  Lt: 'lt',
  LtE: 'le',
  Eq: 'eq',
  NotEq: 'ne',
  Gt: 'gt',
  GtE: 'ge',
  Is: 'is_',
  IsNot: 'is_',
  In: 'contains',
  NotIn: 'contains',
};
