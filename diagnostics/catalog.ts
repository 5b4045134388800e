// The catalog of every diagnostic Wyrm can show a user, each with a stable code.
// Codes never change meaning once published: tools and tests match on them. The first two digits
// group them by phase: W01 syntax, W02 unsupported constructs, W03 names and scopes, W12 type
// inference, W13 calls and signatures, W09 command line.

export interface DiagnosticKind {
  readonly code: string;
  /** A short description of the whole class of problem, for documentation and tests. */
  readonly title: string;
}

export const Diag = {
  // Tokenizer and parser.
  SyntaxError: { code: 'W0101', title: 'invalid syntax' },
  IndentationError: { code: 'W0102', title: 'inconsistent or unexpected indentation' },
  TabError: { code: 'W0103', title: 'inconsistent use of tabs and spaces in indentation' },
  NestingTooDeep: { code: 'W0104', title: 'expression or statement nested too deeply' },
  EncodingError: { code: 'W0105', title: 'source is not valid text in its declared encoding' },

  // Constructs outside the translatable subset.
  Unsupported: { code: 'W0201', title: 'construct outside the translatable subset' },
  UnsupportedBuiltin: { code: 'W0202', title: 'builtin or module member not supported' },
  UnsupportedOperation: { code: 'W0203', title: 'operation not supported on these types' },
  BadAnnotation: { code: 'W0210', title: 'type annotation Wyrm cannot read' },

  // Names and scopes.
  UndefinedName: { code: 'W0301', title: 'name is not defined' },
  UnboundLocal: { code: 'W0302', title: 'local variable used before any assignment' },
  UndefinedAttribute: { code: 'W0303', title: 'an attribute the program reads but never sets' },

  // Whole-program type inference.
  TypeConflict: { code: 'W1201', title: 'two incompatible types meet in one variable' },
  ListItemConflict: { code: 'W1203', title: 'list element type conflict' },
  ReturnConflict: { code: 'W1204', title: 'a function returns incompatible types' },
  NoEntryPoint: { code: 'W1205', title: 'no entry point found' },
  FormatError: { code: 'W1206', title: 'a constant format that CPython rejects every time' },
  DictItemConflict: { code: 'W1207', title: 'dict key, dict value or set element type conflict' },
  AnnotationConflict: { code: 'W1210', title: 'an inferred type disagrees with the declared annotation' },

  // Calls and signatures.
  BadCall: { code: 'W1301', title: 'call does not match the function signature' },
  NotCallable: { code: 'W1302', title: 'called object is not a function' },

  // Command line.
  CliUsage: { code: 'W0901', title: 'bad command-line usage' },
  CliFile: { code: 'W0902', title: 'input file missing, unreadable or not UTF-8' },
} as const satisfies Record<string, DiagnosticKind>;
