// Mutation of the test corpus: a program from tests/programs/**/*.py or tests/parser/corpus/*.py
// with a few random edits: tokens or lines deleted, duplicated or swapped; literals replaced by
// others (64-bit edges, huge ints, odd floats and strings); operators swapped for others; names
// replaced by other names of the file, builtins or keywords. Wyrm must translate the result or
// refuse it with a located CompileError, whatever it is.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { decodeSource } from '../../frontend/sourcedecode.ts';
import { tokenize } from '../../frontend/tokenizer.ts';
import { Tok, type Token } from '../../frontend/tokens.ts';
import { Rng } from './random.ts';

export const REPO = resolve(import.meta.dirname, '..', '..');

export interface CorpusFile {
  /** Path relative to the repository. */
  path: string;
  text: string;
}

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.py')) out.push(full);
  }
}

/** The programs mutated: tests/programs/**\/*.py and tests/parser/corpus/*.py, sorted. */
export function loadCorpus(): CorpusFile[] {
  const paths: string[] = [];
  walk(join(REPO, 'tests', 'programs'), paths);
  walk(join(REPO, 'tests', 'parser', 'corpus'), paths);
  return paths.map((p) => ({ path: relative(REPO, p), text: decodeSource(readFileSync(p)) }));
}

const OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '>', '<=', '>=', '==', '!=', ' and ', ' or ', ' in ', ' not in ', ' is ', ' is not ', '@', '~', 'not '];
const NUMBERS = [
  '0', '1', '-1', '2', '7', '255', '9223372036854775807', '9223372036854775808', '-9223372036854775808',
  '18446744073709551616', '10**20', '2**63', '2**64', '0x7fffffffffffffff', '0xffffffffffffffff', '1_000_000', '0b1', '0o777',
  '0.0', '-0.0', '1.5', '1e308', '1e309', '5e-324', '1e-400', '3.141592653589793', '1j', '0.1', 'float("nan")', 'True',
  'None', '1e16', '123456789012345678901234567890',
];
const STRINGS = ["''", "'a'", '"x y"', "'\\n'", "'\\x00'", "'é🐍'", "'123'", "'-5'", "' 7 '", "'1e3'", "'inf'", "b'bytes'", "'''triple'''", "f'{1}'", "r'\\d'", "'\\ud800'"];
const NAMES = [
  'print', 'len', 'range', 'int', 'float', 'str', 'bool', 'list', 'repr', 'abs', 'min', 'max', 'sum', 'sorted', 'isinstance',
  'super', 'self', 'None', 'True', 'False', 'object', 'Exception', 'ValueError', 'IndexError', 'math', 'sys', 'argv',
  'append', 'pop', 'x', 'i', 'n', '__init__', '__str__', '__name__', 'lambda', 'yield', 'return', 'global', 'del', 'pass',
  'break', 'continue', 'not', 'is', 'in', 'type', 'dict', 'tuple', 'set', 'chr', 'ord', 'divmod', 'pow', 'round',
];

/** The text split into tokens (each with the text before it) so that joining gives it back. */
function pieces(text: string): { text: string; token: Token | null }[] {
  const out: { text: string; token: Token | null }[] = [];
  let at = 0;
  for (const token of tokenize(text).tokens) {
    if (token.end <= at) continue;
    out.push({ text: text.slice(at, token.end), token });
    at = token.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), token: null });
  return out;
}

/** Replaces the token part of a piece (keeping the whitespace before it). */
function retoken(piece: { text: string; token: Token | null }, replacement: string): string {
  if (!piece.token) return piece.text;
  const tokenLength = piece.token.end - piece.token.start;
  return piece.text.slice(0, piece.text.length - tokenLength) + replacement;
}

function isOperator(kind: number): boolean {
  return (kind >= Tok.Plus && kind <= Tok.GreaterEqual) || kind === Tok.And || kind === Tok.Or || kind === Tok.Not || kind === Tok.In || kind === Tok.Is;
}

export type MutationKind = 'token' | 'line' | 'literal' | 'operator' | 'name';

/** Applies 1-3 random edits to `text`. */
export function mutate(text: string, rng: Rng): { text: string; edits: string[] } {
  const edits: string[] = [];
  let current = text;
  for (let n = rng.int(1, 3); n > 0; n--) {
    const kind = rng.weighted<MutationKind>({ token: 3, line: 2, literal: 2, operator: 2, name: 2 });
    if (kind === 'line') {
      const lines = current.split(/(?<=\n)/);
      if (lines.length === 0) continue;
      const i = rng.below(lines.length);
      const j = rng.below(lines.length);
      const op = rng.pick(['delete', 'duplicate', 'swap', 'indent', 'dedent']);
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'duplicate') lines.splice(i, 0, lines[j]!);
      else if (op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else if (op === 'indent') lines[i] = `    ${lines[i]}`;
      else lines[i] = lines[i]!.replace(/^ {1,4}/, '');
      edits.push(`line ${op} ${i + 1}${op === 'swap' || op === 'duplicate' ? `/${j + 1}` : ''}`);
      current = lines.join('');
      continue;
    }
    const parts = pieces(current);
    if (parts.length === 0) continue;
    const withKind = (pred: (t: Token) => boolean): number[] => parts.flatMap((p, i) => (p.token && pred(p.token) ? [i] : []));
    if (kind === 'token') {
      const i = rng.below(parts.length);
      const j = rng.below(parts.length);
      const op = rng.pick(['delete', 'duplicate', 'swap']);
      if (op === 'delete') parts.splice(i, 1);
      else if (op === 'duplicate') parts.splice(i, 0, parts[j]!);
      else [parts[i], parts[j]] = [parts[j]!, parts[i]!];
      edits.push(`token ${op} ${i}${op === 'delete' ? '' : `/${j}`}`);
    } else {
      const candidates = kind === 'literal' ? withKind((t) => t.kind === Tok.Number || t.kind === Tok.String)
        : kind === 'operator' ? withKind((t) => isOperator(t.kind))
        : withKind((t) => t.kind === Tok.Name);
      if (candidates.length === 0) continue;
      const i = rng.pick(candidates);
      const piece = parts[i]!;
      let replacement: string;
      if (kind === 'literal') replacement = rng.pick(piece.token!.kind === Tok.String && rng.chance(0.6) ? STRINGS : NUMBERS);
      else if (kind === 'operator') replacement = rng.pick(OPERATORS);
      else {
        const names = [...new Set(parts.filter((p) => p.token?.kind === Tok.Name).map((p) => p.token!.value))];
        replacement = rng.chance(0.6) ? rng.pick(names) : rng.pick(NAMES);
      }
      parts[i] = { text: retoken(piece, replacement), token: null };
      edits.push(`${kind} ${JSON.stringify(piece.text.trim())} -> ${JSON.stringify(replacement)}`);
    }
    current = parts.map((p) => p.text).join('');
  }
  return { text: current, edits };
}

/** Mutant `index` of the run seeded `seed`: which corpus file, and the mutated text. */
export function mutant(corpus: CorpusFile[], seed: number, index: number): { file: CorpusFile; text: string; edits: string[] } {
  const rng = Rng.forItem(seed, index, 1);
  const file = corpus[rng.below(corpus.length)]!;
  return { file, ...mutate(file.text, rng) };
}
