// A source file's text and the mapping from offsets to lines and columns.
// Every phase carries positions as plain offsets (spans); lines and columns are computed only
// here, when something is reported, so the hot paths never pay for them.

/** A range of source text: `start` is a UTF-16 offset into the file's text. */
export interface Span {
  start: number;
  length: number;
}

export function spanOf(start: number, end: number): Span {
  return { start, length: end - start };
}

export function spanEnd(span: Span): number {
  return span.start + span.length;
}

export interface LineColumn {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in code points from the start of the line. */
  column: number;
}

export class SourceFile {
  readonly path: string;
  readonly text: string;
  private lineStarts: number[] | undefined;

  constructor(path: string, text: string) {
    this.path = path;
    this.text = text;
  }

  private starts(): number[] {
    if (this.lineStarts === undefined) {
      const starts = [0];
      const text = this.text;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }

  /** The 1-based line holding `offset`. */
  lineOf(offset: number): number {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineColumn(offset: number): LineColumn {
    const line = this.lineOf(offset);
    const lineStart = this.starts()[line - 1]!;
    const prefix = this.text.slice(lineStart, Math.min(offset, this.text.length));
    return { line, column: [...prefix].length + 1 };
  }

  get lineCount(): number {
    return this.starts().length;
  }

  /** The text of a 1-based line, without its line terminator. */
  lineText(line: number): string {
    const starts = this.starts();
    if (line < 1 || line > starts.length) return '';
    const start = starts[line - 1]!;
    const end = line < starts.length ? starts[line]! : this.text.length;
    return this.text.slice(start, end).replace(/[\r\n]+$/, '');
  }

  /** The offset where a 1-based line begins. */
  lineStart(line: number): number {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  }
}
