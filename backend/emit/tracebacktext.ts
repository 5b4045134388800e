// The text CPython 3.11 prints for one traceback frame: the `File ..., line N, in f` line, the
// stripped source line, and under it the carets that point at the failing expression (`~` for
// the operands and `^` for the operator of a binary operation or the brackets of a subscript,
// `^` under the whole expression otherwise; none when the expression is the whole line).
// Computed at translation time, following CPython 3.11.7's C traceback printer (which prints
// uncaught exceptions) and the anchor rules it shares with traceback.py.

import type { SourceFile, Span } from '../../frontend/source.ts';
import { SourceFile as Source } from '../../frontend/source.ts';
import { parseModule } from '../../frontend/parser/parse.ts';

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/** The width of the first `offset` code points of `text` on a terminal (wide characters count 2). */
function displayWidth(text: string, offset: number): number {
  const chars = [...text].slice(0, offset);
  if (chars.every((c) => c.charCodeAt(0) < 128)) return offset;
  return chars.reduce((width, c) => width + (WIDE.test(c) ? 2 : 1), 0);
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/u.test(ch);
}

/** Offsets (in code points of `segment`) where the secondary `^` characters start and end. */
function caretAnchors(segment: string): { left: number; right: number } | null {
  let tree;
  try {
    tree = parseModule(new Source('<segment>', segment));
  } catch {
    return null;
  }
  if (tree.body.length !== 1) return null;
  const statement = tree.body[0]!;
  if (statement.nodeType !== 'Expr') return null;
  const expr = statement.value;
  const chars = [...segment];
  const cp = (utf16: number): number => [...segment.slice(0, utf16)].length;
  if (expr.nodeType === 'BinOp') {
    const operatorStart = cp(expr.left.start + expr.left.length);
    const operatorEnd = cp(expr.right.start);
    const operator = chars.slice(operatorStart, operatorEnd).join('');
    const operatorOffset = operator.length - operator.trimStart().length;
    let left = operatorStart + operatorOffset;
    let right = left + 1;
    if (operatorOffset + 1 < operator.length && !isSpace(operator[operatorOffset + 1])) right += 1;
    while (left < chars.length && (isSpace(chars[left]) || chars[left] === ')' || chars[left] === '#')) {
      left += 1;
      right += 1;
    }
    return { left, right };
  }
  if (expr.nodeType === 'Subscript') {
    let left = cp(expr.value.start + expr.value.length);
    let right = cp(expr.slice.start + expr.slice.length) + 1;
    while (left < chars.length && chars[left] !== '[') left += 1;
    while (right < chars.length && chars[right] !== ']') right += 1;
    if (right < chars.length) right += 1;
    return { left, right };
  }
  return null;
}

/**
 * What CPython 3.11 prints under a frame's `File ..., line N, in f` line for the expression at
 * `span`: the source line without its indentation, and the marker line under it as four
 * numbers (spaces, then `~`, `^` and `~` counts: `~~~~^~~~` for a binary operation), or null when
 * CPython prints none (the expression is the whole line). Null for a blank line.
 */
export interface FrameSource {
  line: string;
  caret: [spaces: number, before: number, carets: number, after: number] | null;
}

export function frameSource(source: SourceFile, span: Span): FrameSource | null {
  const line = source.lineOf(span.start);
  const lineStart = source.lineStart(line);
  const text = source.lineText(line);
  const chars = [...text];
  const indent = chars.length - [...text.trimStart()].length;
  const shown = chars.slice(indent).join('');
  if (shown.trim() === '') return null;
  const column = (offset: number): number => [...source.text.slice(lineStart, offset)].length;
  const startOffset = column(span.start);
  const endLine = source.lineOf(span.start + Math.max(0, span.length - 1));
  let endOffset = endLine === line ? column(span.start + span.length) : [...text.trimEnd()].length;
  if (endOffset < startOffset) endOffset = startOffset;
  const segment = chars.slice(startOffset, endOffset).join('');
  const anchors = endLine === line ? caretAnchors(segment) : null;
  if (!(endOffset - startOffset < chars.length - indent || (anchors && anchors.right - anchors.left > 0))) return { line: shown, caret: null };
  const dpStart = displayWidth(text, startOffset);
  const dpEnd = displayWidth(text, endOffset);
  const spaces = Math.max(0, dpStart - displayWidth(text, indent));
  if (!anchors) return { line: shown, caret: [spaces, 0, Math.max(0, dpEnd - dpStart), 0] };
  const dpLeft = displayWidth(segment, anchors.left);
  const dpRight = displayWidth(segment, anchors.right);
  return { line: shown, caret: [spaces, dpLeft, Math.max(0, dpRight - dpLeft), Math.max(0, dpEnd - dpStart - dpRight)] };
}

/** The lines of frameSource as CPython prints them. */
export function frameSourceLines(frame: FrameSource | null): string {
  if (frame === null) return '';
  let out = `    ${frame.line}\n`;
  if (frame.caret !== null) {
    const [spaces, before, carets, after] = frame.caret;
    out += `    ${' '.repeat(spaces)}${'~'.repeat(before)}${'^'.repeat(carets)}${'~'.repeat(after)}\n`;
  }
  return out;
}

/** The source lines CPython 3.11 prints for the expression at `span` (frameSource, as text). */
export function frameSourceText(source: SourceFile, span: Span): string {
  return frameSourceLines(frameSource(source, span));
}
