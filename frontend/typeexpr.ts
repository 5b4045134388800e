// Type annotations as Wyrm reads them: the model of declared types, and the resolver from an
// annotation expression (PEP 484/526/604 syntax, `typing` spellings, string forms) to a
// declared type. The annotator checks that what it infers agrees with a declared type, and
// uses the declared type where inference alone knows too little (an empty list's items, a
// variable that is None for now); see annotator/declared.ts.
//
// Names resolve as CPython would resolve them where the annotation is evaluated: the module's
// classes and imports first, then the builtins. A string annotation is parsed with Wyrm's own
// parser; positions in its errors point into the string when the literal is written plainly.

import type * as ast from './ast.ts';
import { Ellipsis } from './ast.ts';
import { BUILTIN_EXCEPTIONS, builtinNames } from './builtins.ts';
import { BuiltinExceptionClass, BuiltinModule, PyClass, type PyModule } from './program.ts';
import { SourceFile, type Span } from './source.ts';
import { tokenize } from './tokenizer.ts';
import { Tok } from './tokens.ts';
import { Parser } from './parser/state.ts';
import { parseExpression } from './parser/expressions.ts';
import { TypingForm } from './typingmodule.ts';
import { CompileError, compileError } from '../diagnostics/diagnostic.ts';
import { Diag, type DiagnosticKind } from '../diagnostics/catalog.ts';
import { closestName } from '../diagnostics/suggest.ts';

export type DeclaredClass = PyClass | BuiltinExceptionClass;

/** What an annotation says about a value. */
export type DeclaredType =
  | { readonly kind: 'int' | 'float' | 'bool' | 'str' | 'none' }
  /** No constraint (`Any`, `object`, `Callable[...]`): `spelling` is how it was written. */
  | { readonly kind: 'any'; readonly spelling: string }
  | { readonly kind: 'list' | 'set'; readonly item: DeclaredType }
  | { readonly kind: 'dict'; readonly key: DeclaredType; readonly value: DeclaredType }
  | { readonly kind: 'tuple'; readonly items: readonly DeclaredType[] }
  /** `tuple[T, ...]`: any length. */
  | { readonly kind: 'tuplevar'; readonly item: DeclaredType }
  /** `X | None`. */
  | { readonly kind: 'optional'; readonly inner: DeclaredType }
  /** An instance of one of these classes (one class, or a union of classes). */
  | { readonly kind: 'instance'; readonly classes: readonly DeclaredClass[] };

const SCALARS = { int: { kind: 'int' }, float: { kind: 'float' }, bool: { kind: 'bool' }, str: { kind: 'str' } } as const;
const NONE: DeclaredType = { kind: 'none' };

/** The annotation as Python would spell it (PEP 604 unions, builtin generics). */
export function formatDeclared(t: DeclaredType): string {
  switch (t.kind) {
    case 'none':
      return 'None';
    case 'any':
      return t.spelling;
    case 'list':
    case 'set':
      return `${t.kind}[${formatDeclared(t.item)}]`;
    case 'dict':
      return `dict[${formatDeclared(t.key)}, ${formatDeclared(t.value)}]`;
    case 'tuple':
      return t.items.length === 0 ? 'tuple[()]' : `tuple[${t.items.map(formatDeclared).join(', ')}]`;
    case 'tuplevar':
      return `tuple[${formatDeclared(t.item)}, ...]`;
    case 'optional':
      return `${formatDeclared(t.inner)} | None`;
    case 'instance':
      return t.classes.map((c) => (c instanceof PyClass ? c.qualname : c.name)).join(' | ');
    default:
      return t.kind;
  }
}

/** Where an annotation is read, and whether CPython evaluates it when the code runs. */
export interface AnnotationContext {
  readonly module: PyModule;
  /**
   * The offset of the statement whose execution evaluates the annotation (a module-level def,
   * a class body line), or null when CPython never evaluates it (a local variable's annotation,
   * a string, or any annotation under `from __future__ import annotations`). A class named by an
   * evaluated annotation must be defined by then, or CPython raises NameError.
   */
  readonly evaluatedAt: number | null;
}

/** Whether the module starts with `from __future__ import annotations` (PEP 563). */
export function postponesAnnotations(module: PyModule): boolean {
  return module.ast.body.some((s) => s.nodeType === 'ImportFrom' && s.module === '__future__' && s.names.some((a) => a.name === 'annotations'));
}

/** The declared type an annotation expression stands for; throws a located CompileError. */
export function resolveAnnotation(expr: ast.Expr, context: AnnotationContext): DeclaredType {
  return new Resolver(context).resolve(expr);
}

/** What a name or attribute in an annotation refers to. */
type Referent =
  | { kind: 'type'; type: DeclaredType }
  | { kind: 'generic'; name: 'list' | 'set' | 'dict' | 'tuple' | 'Optional' | 'Union' | 'Callable' | 'Iterable' | 'Iterator' | 'Generator' }
  | { kind: 'module'; module: BuiltinModule };

const GENERIC_BUILTINS = new Set(['list', 'set', 'dict', 'tuple']);
const TYPING_GENERICS: Readonly<Record<string, Referent>> = {
  List: { kind: 'generic', name: 'list' },
  Set: { kind: 'generic', name: 'set' },
  Dict: { kind: 'generic', name: 'dict' },
  Tuple: { kind: 'generic', name: 'tuple' },
  Optional: { kind: 'generic', name: 'Optional' },
  Union: { kind: 'generic', name: 'Union' },
  Callable: { kind: 'generic', name: 'Callable' },
  Iterable: { kind: 'generic', name: 'Iterable' },
  Iterator: { kind: 'generic', name: 'Iterator' },
  Generator: { kind: 'generic', name: 'Generator' },
  Any: { kind: 'type', type: { kind: 'any', spelling: 'Any' } },
};

class Resolver {
  private readonly context: AnnotationContext;
  /** Maps a span of the tree being resolved to the file (string annotations parsed apart). */
  private locate: (node: ast.Located) => Span = (node) => ({ start: node.start, length: node.length });
  private evaluatedAt: number | null;

  constructor(context: AnnotationContext) {
    this.context = context;
    this.evaluatedAt = context.evaluatedAt;
  }

  private error(kind: DiagnosticKind, message: string, node: ast.Located): CompileError {
    return compileError(kind, message, this.context.module.source, this.locate(node));
  }

  private notAType(node: ast.Located, what: string): CompileError {
    return this.error(Diag.BadAnnotation, `${what} is not a type Wyrm understands in an annotation`, node);
  }

  resolve(expr: ast.Expr): DeclaredType {
    switch (expr.nodeType) {
      case 'Constant':
        if (expr.value === null) return NONE;
        if (typeof expr.value === 'string') return this.resolveString(expr);
        throw this.notAType(expr, 'a constant');
      case 'Name':
      case 'Attribute':
        return this.typeOf(this.referent(expr), expr);
      case 'Subscript':
        return this.resolveSubscript(expr);
      case 'BinOp':
        if (expr.op !== 'BitOr') throw this.notAType(expr, 'this expression');
        return this.union(flattenUnion(expr).map((member) => this.resolve(member)), expr);
      default:
        throw this.notAType(expr, 'this expression');
    }
  }

  private typeOf(referent: Referent, node: ast.Expr): DeclaredType {
    if (referent.kind === 'type') return referent.type;
    if (referent.kind === 'module') throw this.notAType(node, `module '${referent.module.name}'`);
    switch (referent.name) {
      case 'list':
      case 'set':
        return { kind: referent.name, item: { kind: 'any', spelling: 'Any' } };
      case 'dict':
        return { kind: 'dict', key: { kind: 'any', spelling: 'Any' }, value: { kind: 'any', spelling: 'Any' } };
      case 'tuple':
        return { kind: 'tuplevar', item: { kind: 'any', spelling: 'Any' } };
      case 'Callable':
      case 'Iterable':
      case 'Iterator':
      case 'Generator':
        return { kind: 'any', spelling: referent.name };
      default:
        throw this.error(Diag.BadAnnotation, `${referent.name} needs a type argument (${referent.name}[...])`, node);
    }
  }

  private referent(expr: ast.Name | ast.Attribute): Referent {
    if (expr.nodeType === 'Attribute') {
      if (expr.value.nodeType !== 'Name' && expr.value.nodeType !== 'Attribute') throw this.notAType(expr, 'this expression');
      const owner = this.referent(expr.value);
      if (owner.kind !== 'module') throw this.notAType(expr, `'${expr.attr}'`);
      const member = owner.module.members.get(expr.attr);
      if (member === undefined) throw this.error(Diag.UndefinedName, `module '${owner.module.name}' has no attribute '${expr.attr}' usable in an annotation`, expr);
      return this.referentOfValue(member, expr.attr, expr);
    }
    const name = expr.id;
    const binding = this.context.module.bindings.get(name);
    if (binding?.kind === 'class') {
      this.checkDefinedBefore(binding.cls, expr);
      return { kind: 'type', type: { kind: 'instance', classes: [binding.cls] } };
    }
    if (binding?.kind === 'constant') return this.referentOfValue(binding.value, name, expr);
    if (binding !== undefined) throw this.notAType(expr, `'${name}' (a ${binding.kind === 'function' ? 'function' : 'variable'})`);
    if (Object.hasOwn(SCALARS, name)) return { kind: 'type', type: SCALARS[name as keyof typeof SCALARS] };
    if (GENERIC_BUILTINS.has(name)) return { kind: 'generic', name: name as 'list' | 'set' | 'dict' | 'tuple' };
    if (name === 'object') return { kind: 'type', type: { kind: 'any', spelling: 'object' } };
    const exception = BUILTIN_EXCEPTIONS.get(name);
    if (exception) return { kind: 'type', type: { kind: 'instance', classes: [exception] } };
    const candidates = [...this.context.module.bindings.keys(), ...Object.keys(SCALARS), ...GENERIC_BUILTINS, ...builtinNames()];
    const suggestion = closestName(name, candidates);
    throw this.error(Diag.UndefinedName, `name '${name}' in an annotation is not defined${suggestion ? `; did you mean '${suggestion}'?` : ''}`, expr);
  }

  private referentOfValue(value: unknown, name: string, node: ast.Located): Referent {
    if (value instanceof BuiltinModule) return { kind: 'module', module: value };
    if (value instanceof TypingForm && value.module === 'typing') {
      const referent = TYPING_GENERICS[value.name];
      if (referent) return referent;
    }
    if (value instanceof PyClass) return { kind: 'type', type: { kind: 'instance', classes: [value] } };
    throw this.notAType(node, `'${name}'`);
  }

  /** CPython evaluates some annotations when their statement runs: a class must exist by then. */
  private checkDefinedBefore(cls: PyClass, node: ast.Located): void {
    const at = this.evaluatedAt;
    if (at === null || at >= cls.node.start + cls.node.length) return;
    throw this.error(
      Diag.UndefinedName,
      `name '${cls.name}' is not defined yet where CPython evaluates this annotation; write it as a string ("${cls.name}") or add 'from __future__ import annotations'`,
      node,
    );
  }

  private resolveSubscript(expr: ast.Subscript): DeclaredType {
    if (expr.value.nodeType !== 'Name' && expr.value.nodeType !== 'Attribute') throw this.notAType(expr, 'this expression');
    const base = this.referent(expr.value);
    if (base.kind !== 'generic') throw this.error(Diag.BadAnnotation, `'${formatBase(expr.value)}' takes no type arguments`, expr);
    const args = expr.slice.nodeType === 'Tuple' ? expr.slice.elts : [expr.slice];
    const expectCount = (n: number): void => {
      if (args.length !== n) throw this.error(Diag.BadAnnotation, `${formatBase(expr.value)}[...] takes ${n} type argument${n === 1 ? '' : 's'}, not ${args.length}`, expr.slice);
    };
    switch (base.name) {
      case 'list':
      case 'set':
        expectCount(1);
        return { kind: base.name, item: this.resolve(args[0]!) };
      case 'dict':
        expectCount(2);
        return { kind: 'dict', key: this.resolve(args[0]!), value: this.resolve(args[1]!) };
      case 'tuple':
        return this.resolveTuple(expr, args);
      case 'Optional':
        expectCount(1);
        return this.union([this.resolve(args[0]!), NONE], expr);
      case 'Union':
        return this.union(args.map((arg) => this.resolve(arg)), expr);
      default:
        // Callable[[int], str], Iterator[int]...: accepted, and not checked.
        return { kind: 'any', spelling: base.name };
    }
  }

  private resolveTuple(expr: ast.Subscript, args: readonly ast.Expr[]): DeclaredType {
    const isEllipsis = (e: ast.Expr): boolean => e.nodeType === 'Constant' && e.value === Ellipsis;
    if (args.length === 2 && isEllipsis(args[1]!)) return { kind: 'tuplevar', item: this.resolve(args[0]!) };
    const ellipsis = args.find(isEllipsis);
    if (ellipsis) throw this.error(Diag.BadAnnotation, "'...' is allowed only as the second of two arguments: tuple[T, ...]", ellipsis);
    // tuple[()] is the empty tuple.
    if (args.length === 1 && args[0]!.nodeType === 'Tuple' && args[0]!.elts.length === 0) return { kind: 'tuple', items: [] };
    return { kind: 'tuple', items: args.map((a) => this.resolve(a)) };
  }

  /**
   * A union: `X | None`, a union of numbers (the widest, as PEP 484's numeric tower reads it),
   * or a union of classes; Wyrm has no other union of types.
   */
  private union(members: readonly DeclaredType[], node: ast.Located): DeclaredType {
    const withoutNone = members.filter((m) => m.kind !== 'none');
    const hasNone = withoutNone.length < members.length;
    const types = withoutNone.map((m) => (m.kind === 'optional' ? m.inner : m));
    const nested = withoutNone.some((m) => m.kind === 'optional');
    let inner: DeclaredType;
    if (types.length === 0) return NONE;
    if (types.some((t) => t.kind === 'any')) {
      inner = types.find((t) => t.kind === 'any')!;
    } else if (types.every((t) => t.kind === 'int' || t.kind === 'float' || t.kind === 'bool')) {
      inner = types.find((t) => t.kind === 'float') ?? types.find((t) => t.kind === 'int') ?? types[0]!;
    } else if (types.every((t) => t.kind === 'instance')) {
      const classes: DeclaredClass[] = [];
      for (const t of types) for (const c of (t as { classes: readonly DeclaredClass[] }).classes) if (!classes.includes(c)) classes.push(c);
      inner = { kind: 'instance', classes };
    } else if (types.length === 1 || types.every((t) => formatDeclared(t) === formatDeclared(types[0]!))) {
      inner = types[0]!;
    } else {
      throw this.error(Diag.BadAnnotation, `Wyrm cannot translate a union of ${types.map(formatDeclared).join(' and ')}: one type (or one type | None) is needed`, node);
    }
    return hasNone || nested ? { kind: 'optional', inner } : inner;
  }

  /** A string annotation: parsed as an expression, its names resolved the same way. */
  private resolveString(node: ast.Constant): DeclaredType {
    const text = node.value as string;
    const source = this.context.module.source;
    const outer = this.locate;
    const literal = outer(node);
    const written = source.text.slice(literal.start, literal.start + literal.length);
    // Written plainly ("Tree | None"): positions inside the string map to the file.
    const plain = ['"', "'"].some((q) => written === `${q}${text}${q}`) && !/[\\\r\n]/.test(text);
    const inString = (inner: ast.Located): Span => (plain ? { start: literal.start + 1 + inner.start, length: inner.length } : literal);
    const expr = parseAnnotationText(text, source.path, (span, why) => compileError(Diag.BadAnnotation, `invalid syntax in a string annotation${why ? ` (${why})` : ''}`, source, inString(span)));
    const savedEvaluatedAt = this.evaluatedAt;
    this.locate = inString;
    this.evaluatedAt = null; // a string is not evaluated when its statement runs
    try {
      return this.resolve(expr);
    } finally {
      this.locate = outer;
      this.evaluatedAt = savedEvaluatedAt;
    }
  }
}

/** The members of `A | B | C`, left to right. */
function flattenUnion(expr: ast.Expr): ast.Expr[] {
  if (expr.nodeType === 'BinOp' && expr.op === 'BitOr') return [...flattenUnion(expr.left), ...flattenUnion(expr.right)];
  return [expr];
}

function formatBase(expr: ast.Expr): string {
  if (expr.nodeType === 'Name') return expr.id;
  if (expr.nodeType === 'Attribute') return `${formatBase(expr.value)}.${expr.attr}`;
  return '?';
}

/**
 * Parses the text of a string annotation as one expression; its spans are offsets into `text`.
 * A syntax error becomes `syntaxError(span)` with the span where the parser stopped.
 */
export function parseAnnotationText(text: string, path: string, syntaxError: (span: Span, why: string | null) => CompileError): ast.Expr {
  const source = new SourceFile(path, text);
  try {
    const parser = new Parser(source, tokenize(text));
    while (parser.kind() === Tok.Indent) parser.advance();
    if (parser.kind() === Tok.Newline || parser.kind() === Tok.EndOfFile) throw syntaxError({ start: 0, length: text.length }, 'the string is empty');
    const expr = parseExpression(parser);
    while (parser.kind() === Tok.Newline || parser.kind() === Tok.Dedent) parser.advance();
    if (parser.kind() !== Tok.EndOfFile) throw syntaxError({ start: parser.tok.start, length: Math.max(1, parser.tok.end - parser.tok.start) }, null);
    return expr;
  } catch (error) {
    const found = error instanceof CompileError ? error.diagnostics[0] : undefined;
    if (found?.source === source) throw syntaxError(found.span, found.message === 'invalid syntax' ? null : found.message);
    throw error;
  }
}
