// The builtin namespace and the supported standard modules, as flow-graph constants.
// Whether a builtin can be translated for given argument types is the annotator's business;
// this file only says which names exist, so that a misspelt name is caught when graphs are built.

import { Builtin, BuiltinExceptionClass, BuiltinModule, RuntimeValue } from './program.ts';
import { futureModule, typingModule } from './typingmodule.ts';

const builtinFunctionNames = [
  'print', 'len', 'range', 'abs', 'min', 'max', 'int', 'float', 'str', 'bool', 'repr', 'ord',
  'chr', 'round', 'divmod', 'pow', 'isinstance', 'list', 'tuple', 'dict', 'set', 'frozenset',
  'sorted', 'reversed', 'enumerate', 'zip', 'sum', 'any', 'all', 'map', 'filter', 'iter',
  'next', 'hash', 'id', 'type', 'input', 'hex', 'oct', 'bin', 'super', 'getattr', 'setattr',
  'hasattr', 'callable', 'format', 'object', 'staticmethod', 'classmethod', 'property',
  'issubclass', 'vars', 'dir', 'globals', 'locals', 'eval', 'exec', 'compile', 'open',
  'bytes', 'bytearray', 'complex', 'slice', 'ascii', 'delattr', 'memoryview', 'breakpoint',
  'help', '__import__', 'aiter', 'anext', 'exit', 'quit',
];

function exceptionHierarchy(): Map<string, BuiltinExceptionClass> {
  const classes = new Map<string, BuiltinExceptionClass>();
  const add = (name: string, base: string | null): void => {
    classes.set(name, new BuiltinExceptionClass(name, base === null ? null : classes.get(base)!));
  };
  add('BaseException', null);
  add('SystemExit', 'BaseException');
  add('KeyboardInterrupt', 'BaseException');
  add('GeneratorExit', 'BaseException');
  add('Exception', 'BaseException');
  add('StopIteration', 'Exception');
  add('ArithmeticError', 'Exception');
  add('FloatingPointError', 'ArithmeticError');
  add('OverflowError', 'ArithmeticError');
  add('ZeroDivisionError', 'ArithmeticError');
  add('AssertionError', 'Exception');
  add('AttributeError', 'Exception');
  add('EOFError', 'Exception');
  add('LookupError', 'Exception');
  add('IndexError', 'LookupError');
  add('KeyError', 'LookupError');
  add('MemoryError', 'Exception');
  add('NameError', 'Exception');
  add('UnboundLocalError', 'NameError');
  add('RuntimeError', 'Exception');
  add('NotImplementedError', 'RuntimeError');
  add('RecursionError', 'RuntimeError');
  add('TypeError', 'Exception');
  add('ValueError', 'Exception');
  add('UnicodeError', 'ValueError');
  add('OSError', 'Exception');
  add('SyntaxError', 'Exception');
  add('IndentationError', 'SyntaxError');
  add('ImportError', 'Exception');
  add('ModuleNotFoundError', 'ImportError');
  return classes;
}

export const BUILTIN_EXCEPTIONS: ReadonlyMap<string, BuiltinExceptionClass> = exceptionHierarchy();

function moduleOf(name: string, members: Record<string, unknown>): BuiltinModule {
  return new BuiltinModule(name, new Map(Object.entries(members)));
}

function functions(module: string, names: string[]): Record<string, Builtin> {
  return Object.fromEntries(names.map((n) => [n, new Builtin(`${module}.${n}`)]));
}

const mathModule = moduleOf('math', {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
  ...functions('math', [
    'sqrt', 'floor', 'ceil', 'trunc', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2',
    'sinh', 'cosh', 'tanh', 'exp', 'log', 'log2', 'log10', 'fabs', 'pow', 'hypot', 'isnan',
    'isinf', 'isfinite', 'copysign', 'fmod', 'gcd', 'degrees', 'radians', 'isqrt', 'factorial',
    'lcm', 'comb', 'perm',
  ]),
});

const sysModule = moduleOf('sys', {
  argv: new RuntimeValue('sys.argv'),
  stdout: new RuntimeValue('sys.stdout'),
  stderr: new RuntimeValue('sys.stderr'),
  stdin: new RuntimeValue('sys.stdin'),
  maxsize: 2n ** 63n - 1n,
  ...functions('sys', ['exit', 'setrecursionlimit', 'getrecursionlimit']),
});

const timeModule = moduleOf('time', functions('time', ['time', 'perf_counter', 'monotonic']));

/**
 * The low-level operations that the runtime library (runtime/lib/*.py, support code written in
 * Python and translated with the program) may import; user programs cannot.
 */
export const INTRINSICS = moduleOf(
  '__wyrm__',
  functions('__wyrm__', [
    'code_at', 'is_latin1', 'latin1_chars', 'wide_chars', 'chars_get', 'ascii_case', 'latin1_siphash', 'chars_new', 'latin1_new', 'chars_set', 'chars_put', 'chars_str', 'str_slice', 'char_lower', 'char_upper', 'char_class', 'char_case_full', 'str_from_code',
    // The parts of dicts and sets (runtime/lib/dict.py, set.py) and hashing (hash.py).
    'dict_indices', 'dict_set_indices', 'dict_hashes', 'dict_keys', 'dict_values', 'dict_used', 'dict_set_used',
    'dict_fill', 'dict_set_fill', 'dict_finger', 'dict_set_finger', 'dict_cached_slot', 'dict_cache', 'dict_uncache', 'dict_new_like', 'float_bits', 'int_add_wrap', 'int_mul_wrap',
    'int_rotl', 'int_shl_wrap', 'str_hash_cache', 'str_set_hash_cache',
    // round(x, ndigits) of a float (runtime/lib/numbers.py).
    'float_round',
    // Identity of instances as dict keys (annotator/ops/instancehash.ts).
    'identity_hash', 'identical',
    // The next line of standard input (runtime/lib/stdin.py).
    'read_line_raw',
  ]),
);

export const BUILTIN_MODULES: ReadonlyMap<string, BuiltinModule> = new Map([
  ['math', mathModule],
  ['sys', sysModule],
  ['time', timeModule],
  // Usable in annotations only (typingmodule.ts).
  ['typing', typingModule],
  ['__future__', futureModule],
]);

/** The value of a name in the builtin namespace, or undefined. */
export function lookupBuiltin(name: string): unknown {
  if (BUILTIN_NAMESPACE.has(name)) return BUILTIN_NAMESPACE.get(name);
  return undefined;
}

const BUILTIN_NAMESPACE: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  ...builtinFunctionNames.map((n): [string, unknown] => [n, new Builtin(n)]),
  ...[...BUILTIN_EXCEPTIONS].map(([n, cls]): [string, unknown] => [n, cls]),
  ['True', true],
  ['False', false],
  ['None', null],
  ['__name__', '__main__'],
]);

export function builtinNames(): string[] {
  return [...BUILTIN_NAMESPACE.keys()];
}
