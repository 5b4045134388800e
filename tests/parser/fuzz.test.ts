// Mutation fuzzing: corpus files with tokens, characters and lines deleted, duplicated or
// swapped (a seeded PRNG, so every run tries the same inputs). Whatever the input, the parser
// must return a Module (which must then dump) or throw a CompileError located inside the file:
// no other exception, no stack overflow, no hang.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../diagnostics/diagnostic.ts';
import { dumpModule } from '../../frontend/astdump.ts';
import { parseSource } from '../../frontend/parser/parse.ts';
import { SourceFile } from '../../frontend/source.ts';
import { decodeSource } from '../../frontend/sourcedecode.ts';
import { tokenize } from '../../frontend/tokenizer.ts';
import { corpusDir, corpusFiles } from './corpus-files.ts';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits text into pieces (tokens with the text between them, characters, or lines). */
function pieces(text: string, unit: 'token' | 'char' | 'line'): string[] {
  if (unit === 'char') return [...text];
  if (unit === 'line') return text.split(/(?<=\n)/);
  const parts: string[] = [];
  let at = 0;
  for (const token of tokenize(text).tokens) {
    if (token.end <= at) continue;
    parts.push(text.slice(at, token.end));
    at = token.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

function mutate(text: string, random: () => number): string {
  const unit = (['token', 'char', 'line'] as const)[Math.floor(random() * 3)]!;
  const parts = pieces(text, unit);
  if (parts.length === 0) return text;
  const edits = 1 + Math.floor(random() * 3);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(random() * parts.length);
    const j = Math.floor(random() * parts.length);
    switch (Math.floor(random() * 3)) {
      case 0: parts.splice(i, 1); break;
      case 1: parts.splice(i, 0, parts[j] ?? ''); break;
      default: [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    if (parts.length === 0) break;
  }
  return parts.join('');
}

/** Parses and dumps; returns a problem description, or null when the outcome is acceptable. */
function check(text: string): string | null {
  const source = new SourceFile('fuzz.py', text);
  try {
    const result = parseSource(source);
    dumpModule(result.module, result.usesPython312Syntax ? '3.12' : '3.11');
    return null;
  } catch (error) {
    if (!(error instanceof CompileError)) return `unexpected ${String(error)}`;
    const { span } = error.diagnostics[0]!;
    if (span.start < 0 || span.start > text.length || span.length < 0) return `span ${span.start}+${span.length} outside the file`;
    return null;
  }
}

describe('parser survives mutated input', () => {
  const sources = corpusFiles().map((name) => decodeSource(readFileSync(join(corpusDir, name))));
  it('returns a Module or a located CompileError for every mutant', () => {
    const random = prng(20240601);
    const problems: string[] = [];
    const deadline = Date.now() + 4000;
    let tried = 0;
    while (Date.now() < deadline && tried < 10000) {
      const original = sources[Math.floor(random() * sources.length)]!;
      const mutant = mutate(original, random);
      const started = Date.now();
      const problem = check(mutant);
      const took = Date.now() - started;
      if (problem !== null) problems.push(`${problem}\n--- input ---\n${mutant.slice(0, 400)}`);
      if (took > 1000) problems.push(`took ${took} ms\n--- input ---\n${mutant.slice(0, 400)}`);
      tried++;
    }
    expect(problems.slice(0, 3)).toEqual([]);
    expect(tried).toBeGreaterThan(200);
  });

  it('handles pathological shapes without overflowing the stack', () => {
    const shapes = [
      '('.repeat(100000),
      ')'.repeat(1000),
      '['.repeat(199) + ']'.repeat(199),
      'x = ' + '-'.repeat(50000) + '1',
      'f' + '('.repeat(150) + ')'.repeat(150),
      'x = ' + 'a.'.repeat(50000) + 'b',
      'if x:\n' + ' '.repeat(4) + 'if y:\n'.repeat(10) + 'pass',
      "f'" + '{'.repeat(500) + "'",
      "f'{x:" + '{y:'.repeat(300) + "'",
      '\\\n'.repeat(1000),
      '"""' + 'x'.repeat(10000),
      'lambda ' + 'a, '.repeat(10000) + ': 0',
      'x' + ' = x'.repeat(10000),
    ];
    for (const shape of shapes) expect(check(shape)).toBeNull();
  });
});
