// The shrinker: reduces a program while a predicate (the failure still happens, the same way)
// holds. Candidates are text edits found from the AST (Wyrm's own parser, whose spans are
// offsets into the text): delete a statement, keep only one block of a compound statement,
// drop an except/else/finally clause, replace an expression by one of its operands or a
// simpler literal, drop call arguments and list items; and, for text that does not parse,
// delete lines. Each pass sweeps its candidates in order and restarts from the same position
// after a success, until no pass makes progress.

import { forEachChild, type Expr, type Node, type Stmt } from '../../frontend/ast.ts';
import { parseSource } from '../../frontend/parser/parse.ts';
import { SourceFile } from '../../frontend/source.ts';

export type Predicate = (text: string) => Promise<boolean>;

export interface ShrinkOptions {
  /** Candidates tested at once (one per worker). */
  parallel: number;
  /** Stop after this many tests. */
  maxTests: number;
  /** Stop after this many milliseconds. */
  maxMs: number;
  log?: (message: string) => void;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function apply(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the newline ending the line that holds `offset`. */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

function parse(text: string): Node | null {
  try {
    return parseSource(new SourceFile('shrink.py', text)).module;
  } catch {
    return null;
  }
}

function isStmt(node: Node): node is Stmt {
  return /^(FunctionDef|AsyncFunctionDef|ClassDef|Return|Delete|Assign|TypeAlias|AugAssign|AnnAssign|For|AsyncFor|While|If|With|AsyncWith|Match|Raise|Try|TryStar|Assert|Import|ImportFrom|Global|Nonlocal|Expr|Pass|Break|Continue)$/.test(node.nodeType);
}

/** Every list of statements in the tree (module body, bodies, handlers' bodies, orelse...). */
function statementLists(root: Node): { owner: Node; field: string; stmts: Stmt[] }[] {
  const out: { owner: Node; field: string; stmts: Stmt[] }[] = [];
  const visit = (node: Node): void => {
    const record = node as unknown as Record<string, unknown>;
    for (const field of ['body', 'orelse', 'finalbody']) {
      const value = record[field];
      if (Array.isArray(value) && value.length && isStmt(value[0] as Node)) out.push({ owner: node, field, stmts: value as Stmt[] });
    }
    forEachChild(node, visit);
  };
  visit(root);
  return out;
}

/** The lines of a run of statements. */
function linesOf(text: string, first: Node, last: Node): [number, number] {
  return [lineStart(text, first.start), lineEnd(text, Math.max(first.start, last.start + last.length - 1))];
}

function dedent(block: string, by: number): string {
  if (by <= 0) return block;
  return block.split(/(?<=\n)/).map((line) => (line.startsWith(' '.repeat(by)) ? line.slice(by) : line.trimStart())).join('');
}

/** Statement-level candidates, biggest first within each list. */
function statementEdits(text: string): Edit[] {
  const root = parse(text);
  if (!root) return [];
  const edits: Edit[] = [];
  for (const { owner, field, stmts } of statementLists(root)) {
    const headerless = owner.nodeType === 'Module';
    // Delete the whole else/finally block (its header is the line before its first statement).
    if ((field === 'orelse' || field === 'finalbody') && !headerless) {
      const [s, e] = linesOf(text, stmts[0]!, stmts.at(-1)!);
      const firstLine = text.slice(s, lineEnd(text, s)).trimStart();
      const header = firstLine.startsWith('elif') ? s : lineStart(text, s - 1);
      const tryWithoutHandlers = owner.nodeType === 'Try' && (owner as { handlers: unknown[] }).handlers.length === 0;
      if (!(field === 'finalbody' && tryWithoutHandlers)) edits.push({ start: header, end: e, text: '' });
    }
    for (const stmt of stmts) {
      const [s, e] = linesOf(text, stmt, stmt);
      const indent = ' '.repeat(column(text, stmt.start));
      edits.push({ start: s, end: e, text: stmts.length === 1 && !headerless ? `${indent}pass\n` : '' });
    }
  }
  // Keep one block of a compound statement in its place.
  const visit = (node: Node): void => {
    if (isStmt(node) && /^(If|For|While|Try|With)$/.test(node.nodeType)) {
      const record = node as unknown as Record<string, unknown>;
      const blocks: Stmt[][] = [];
      for (const field of ['body', 'orelse', 'finalbody']) {
        const value = record[field] as Stmt[] | undefined;
        if (value?.length) blocks.push(value);
      }
      for (const h of (record.handlers as { body: Stmt[] }[] | undefined) ?? []) blocks.push(h.body);
      const [s, e] = linesOf(text, node, node);
      for (const block of blocks) {
        const [bs, be] = linesOf(text, block[0]!, block.at(-1)!);
        const by = column(text, block[0]!.start) - column(text, node.start);
        edits.push({ start: s, end: e, text: dedent(text.slice(bs, be), by) });
      }
      // Drop one except clause (when another clause remains).
      const handlers = (record.handlers as Node[] | undefined) ?? [];
      const finals = (record.finalbody as Stmt[] | undefined) ?? [];
      if (handlers.length > 1 || (handlers.length === 1 && finals.length)) {
        for (const h of handlers) {
          const [hs, he] = linesOf(text, h, h);
          edits.push({ start: hs, end: he, text: '' });
        }
      }
    }
    forEachChild(node, visit);
  };
  visit(root);
  return edits;
}

function src(text: string, node: Node): string {
  return text.slice(node.start, node.start + node.length);
}

/** Expression-level candidates: operands for operations, simpler literals, fewer arguments. */
function expressionEdits(text: string): Edit[] {
  const root = parse(text);
  if (!root) return [];
  const edits: Edit[] = [];
  const replace = (node: Node, by: string): void => {
    if (by !== src(text, node)) edits.push({ start: node.start, end: node.start + node.length, text: by });
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 'JoinedStr' || node.nodeType === 'arg') return;
    if (node.nodeType === 'FunctionDef') {
      // Not the annotations: only the defaults and the body.
      node.args.defaults.forEach(visit);
      node.body.forEach(visit);
      return;
    }
    const record = node as unknown as Record<string, unknown>;
    if (record.ctx === 'Store' || record.ctx === 'Del') return;
    switch (node.nodeType) {
      case 'BinOp':
        replace(node, src(text, node.left));
        replace(node, src(text, node.right));
        break;
      case 'BoolOp':
        for (const v of node.values) replace(node, src(text, v));
        break;
      case 'Compare':
        replace(node, src(text, node.left));
        replace(node, 'True');
        replace(node, 'False');
        break;
      case 'UnaryOp':
        replace(node, src(text, node.operand));
        break;
      case 'IfExp':
        replace(node, src(text, node.body));
        replace(node, src(text, node.orelse));
        break;
      case 'Call': {
        for (const a of node.args) replace(node, src(text, a));
        const parts = [...node.args, ...node.keywords];
        for (let i = 0; i < parts.length; i++) {
          const kept = parts.filter((_, j) => j !== i).map((p) => src(text, p));
          replace(node, `${src(text, node.func)}(${kept.join(', ')})`);
        }
        break;
      }
      case 'List':
        for (let i = 0; i < node.elts.length && node.elts.length > 1; i++) {
          replace(node, `[${node.elts.filter((_, j) => j !== i).map((e) => src(text, e)).join(', ')}]`);
        }
        break;
      case 'Subscript':
        replace(node.slice, '0');
        break;
      case 'Constant': {
        const v = node.value;
        if (typeof v === 'bigint') ['0', '1'].forEach((t) => replace(node, t));
        else if (typeof v === 'number') ['0.0', '1.0'].forEach((t) => replace(node, t));
        else if (typeof v === 'string') ["''", "'a'"].forEach((t) => replace(node, t));
        break;
      }
      default:
        break;
    }
    forEachChild(node, visit);
  };
  visit(root);
  return edits.filter((e) => e.end > e.start);
}

/** Deletes single lines and runs of lines (for programs the parser rejects). */
function lineEdits(text: string): Edit[] {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n' && i + 1 < text.length) starts.push(i + 1);
  const edits: Edit[] = [];
  for (let size = Math.max(1, starts.length >> 1); size >= 1; size >>= 1) {
    for (let i = 0; i + size <= starts.length; i += size) {
      edits.push({ start: starts[i]!, end: i + size < starts.length ? starts[i + size]! : text.length, text: '' });
    }
  }
  return edits;
}

export async function shrink(text: string, predicate: Predicate, options: ShrinkOptions): Promise<{ text: string; tests: number }> {
  let current = text;
  let tests = 0;
  const began = Date.now();
  const tried = new Set<string>([text]);
  const budgetLeft = (): boolean => tests < options.maxTests && Date.now() - began < options.maxMs;
  const passes: [string, (t: string) => Edit[]][] = [['statements', statementEdits], ['expressions', expressionEdits], ['lines', lineEdits]];
  let progress = true;
  while (progress && budgetLeft()) {
    progress = false;
    for (const [name, pass] of passes) {
      let i = 0;
      for (;;) {
        if (!budgetLeft()) break;
        const candidates = pass(current).map((e) => apply(current, e));
        if (i >= candidates.length) break;
        const batch: { text: string; index: number }[] = [];
        let j = i;
        while (batch.length < options.parallel && j < candidates.length) {
          const c = candidates[j]!;
          if (!tried.has(c) && c.length < current.length + 8) batch.push({ text: c, index: j });
          tried.add(c);
          j++;
        }
        if (batch.length === 0) {
          i = j;
          continue;
        }
        tests += batch.length;
        const results = await Promise.all(batch.map((b) => predicate(b.text)));
        const hit = batch.find((_, k) => results[k]);
        if (hit) {
          current = hit.text;
          progress = true;
          i = hit.index;
          options.log?.(`shrink: ${name} -> ${current.length} chars (${tests} tests)`);
        } else {
          i = j;
        }
      }
    }
  }
  return { text: current, tests };
}

export type { Expr };
