// The traceback site table: every place a Python exception can be raised or pass through,
// with the text CPython prints for that frame (`  File "prog.py", line 3, in f` and the source
// line). The wasm code records site indexes; the host prints a site's text from this table.

import type { SourceFile, Span } from '../../frontend/source.ts';
import { frameSourceText } from './tracebacktext.ts';

export interface SiteEntry {
  /** File, line and function: CPython collapses repeated frames with the same key. */
  key: string;
  text: string;
}

export class SiteTable {
  private readonly sites: SiteEntry[] = [];
  private readonly indexes = new Map<string, number>();
  /** The path printed for a source file (CPython prints the main script's absolute path). */
  private readonly displayPath: (source: SourceFile) => string;

  constructor(displayPath: (source: SourceFile) => string = (source) => source.path) {
    this.displayPath = displayPath;
  }

  /** The index of the site at `span` of `source`, inside the function called `functionName`. */
  site(source: SourceFile, span: Span | null, functionName: string): number {
    const line = span ? source.lineOf(span.start) : 1;
    const path = this.displayPath(source);
    let text = `  File "${path}", line ${line}, in ${functionName}\n`;
    if (span) text += frameSourceText(source, span);
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.sites.length;
      this.sites.push({ key: `${path}:${line}:${functionName}`, text });
      this.indexes.set(text, index);
    }
    return index;
  }

  entries(): SiteEntry[] {
    return this.sites;
  }
}
