// The traceback site table: every place a Python exception can be raised or pass through, with
// what CPython prints for that frame (`  File "prog.py", line 3, in f`, the source line and its
// marker line). The wasm code records site indexes; the host prints a site's text from this
// table, which the loader carries as data. Paths, function names and source lines repeat from
// site to site, so the table keeps each once and a site is eight numbers (SiteData): the 400
// sites of bench/programs/json_parse.py, 85.6 KB as text, are 13.0 KB of JSON.

import type { SourceFile, Span } from '../../frontend/source.ts';
import { frameSource } from './tracebacktext.ts';

/**
 * The sites as the host reads them (runtime/hostsystem.mjs): `frames` holds eight numbers per
 * site: path, line number, function name, source line (an index into `lines`, -1 for none),
 * then the marker line's spaces, `~` count, `^` count and `~` count (spaces -1: no marker line).
 * CPython collapses repeated frames of the same path, line and function.
 */
export interface SiteData {
  paths: string[];
  names: string[];
  lines: string[];
  frames: number[];
}

/** Numbers per site in SiteData.frames. */
export const SITE_FIELDS = 8;

/** Strings numbered in order of first use. */
class Pool {
  readonly items: string[] = [];
  private readonly numbers = new Map<string, number>();

  number(item: string): number {
    let n = this.numbers.get(item);
    if (n === undefined) {
      n = this.items.length;
      this.items.push(item);
      this.numbers.set(item, n);
    }
    return n;
  }
}

export class SiteTable {
  private readonly paths = new Pool();
  private readonly names = new Pool();
  private readonly lines = new Pool();
  private readonly frames: number[] = [];
  private readonly indexes = new Map<string, number>();
  /** The path printed for a source file (CPython prints the main script's absolute path). */
  private readonly displayPath: (source: SourceFile) => string;

  constructor(displayPath: (source: SourceFile) => string = (source) => source.path) {
    this.displayPath = displayPath;
  }

  /** The index of the site at `span` of `source`, inside the function called `functionName`. */
  site(source: SourceFile, span: Span | null, functionName: string): number {
    const line = span ? source.lineOf(span.start) : 1;
    const frame = span ? frameSource(source, span) : null;
    const fields = [
      this.paths.number(this.displayPath(source)),
      line,
      this.names.number(functionName),
      frame === null ? -1 : this.lines.number(frame.line),
      ...(frame?.caret ?? [-1, 0, 0, 0]),
    ];
    const key = fields.join(',');
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.indexes.size;
      this.frames.push(...fields);
      this.indexes.set(key, index);
    }
    return index;
  }

  data(): SiteData {
    return { paths: this.paths.items, names: this.names.items, lines: this.lines.items, frames: this.frames };
  }
}
