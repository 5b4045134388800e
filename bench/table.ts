// Formatting the results for people: numbers with units, Markdown tables and the whole of
// RESULTS.md (machine, engines, the programs' table, the start-up table and the notes that
// explain every failed or skipped cell). Pure functions, tested in harness.test.ts.

import { ENGINE_IDS, ENGINE_LABELS, type BenchResults, type EngineId, type EngineResult, type ProgramResult } from './model.ts';

/** Seconds as `1.23 s`, `12.3 s` or `456 ms`. */
export function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '—';
  if (seconds < 1) return `${(seconds * 1000).toFixed(seconds < 0.01 ? 1 : 0)} ms`;
  return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

/** A ratio to the reference as `0.045×`, `0.45×`, `4.5×`, `45×`, `450×`. */
export function formatRatio(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (value >= 10) return `${Math.round(value)}×`;
  if (value >= 1) return `${value.toFixed(1)}×`;
  return `${value.toPrecision(2)}×`;
}

/** Bytes as `512 B`, `1.5 KiB`, `13.2 MiB`. */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GiB`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown table with its columns padded to line up; `rightAligned` marks the columns of numbers. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly boolean[] = []): string {
  const cells = [headers, ...rows].map((row) => headers.map((_, i) => escapeCell(row[i] ?? '')));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => [...row[i]!].length)));
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - [...text].length);
    return rightAligned[i] ? fill + text : text + fill;
  };
  const line = (row: readonly string[]) => `| ${row.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Collects the notes of a document and numbers them; a cell refers to its note as `[n]`. */
export class Notes {
  readonly lines: string[] = [];

  add(text: string): string {
    let index = this.lines.indexOf(text);
    if (index < 0) index = this.lines.push(text) - 1;
    return `[${index + 1}]`;
  }

  render(): string {
    return this.lines.map((text, i) => `${i + 1}. ${escapeCell(text)}`).join('\n');
  }
}

/** One engine's cell in the programs' table: median time and ratio to CPython, or why not. */
export function engineCell(result: EngineResult | undefined, where: string, notes: Notes): string {
  if (!result) return '';
  if (result.status === 'ok') {
    const time = formatSeconds(result.median);
    const mark = result.note ? ` ${notes.add(`${where}: ${result.note}`)}` : '';
    return result.ratio === undefined ? `${time}${mark}` : `${time} (${formatRatio(result.ratio)})${mark}`;
  }
  const mark = notes.add(`${where}: ${result.note ?? result.status}`);
  return `${result.status} ${mark}`;
}

function shownEngines(results: BenchResults): EngineId[] {
  return ENGINE_IDS.filter((id) => results.engines.some((e) => e.id === id));
}

function programsTable(results: BenchResults, notes: Notes): string {
  const engines = shownEngines(results);
  const withWyrm = engines.includes('wyrm');
  const headers = ['Program', 'Size', ...(withWyrm ? ['Wyrm translate', '.wasm'] : []), ...engines.map((id) => ENGINE_LABELS[id])];
  const rows = results.programs.map((p: ProgramResult) => {
    const translation = p.translation;
    const wyrmCells: string[] = [];
    if (withWyrm) {
      if (!translation) wyrmCells.push('—', '—');
      else if (translation.ok) wyrmCells.push(formatSeconds((translation.reportedMs ?? translation.wallMs ?? NaN) / 1000), formatBytes(translation.wasmBytes));
      else wyrmCells.push(`refused ${notes.add(`${p.program}, Wyrm: ${translation.error ?? 'translation failed'}`)}`, '—');
    }
    const engineCells = engines.map((id) => {
      const result = p.engines.find((e) => e.engine === id);
      // Wyrm's refusal is already explained in the translate column.
      if (id === 'wyrm' && translation && !translation.ok) return '—';
      // A missing engine gets one note for all programs.
      const info = results.engines.find((e) => e.id === id);
      if (info && !info.available) return `skipped ${notes.add(`${ENGINE_LABELS[id]}: ${info.note ?? 'not available'}`)}`;
      return engineCell(result, `${p.program}, ${ENGINE_LABELS[id]}`, notes);
    });
    return [p.program, String(p.size), ...wyrmCells, ...engineCells];
  });
  return markdownTable(headers, rows, headers.map((_, i) => i > 0));
}

function runOnlyTable(results: BenchResults): string | undefined {
  const engines = shownEngines(results).filter((id) => results.programs.some((p) => p.engines.some((e) => e.engine === id && e.medianRun !== undefined)));
  if (engines.length === 0) return undefined;
  const headers = ['Program', ...engines.flatMap((id) => [`${ENGINE_LABELS[id]} run only`, `${ENGINE_LABELS[id]} whole process`])];
  const rows = results.programs.map((p) => [
    p.program,
    ...engines.flatMap((id) => {
      const e = p.engines.find((r) => r.engine === id);
      return [formatSeconds(e?.medianRun), formatSeconds(e?.median)];
    }),
  ]);
  return markdownTable(headers, rows, headers.map((_, i) => i > 0));
}

function startupTable(results: BenchResults, notes: Notes): string | undefined {
  if (results.startup.length === 0) return undefined;
  const programs = [...new Set(results.startup.map((s) => s.program))];
  const engines = shownEngines(results).filter((id) => results.startup.some((s) => s.engine === id));
  const headers = ['Engine', ...programs, 'Bytes loaded', 'What is loaded'];
  const rows = engines.map((id) => {
    const times = programs.map((program) => {
      const s = results.startup.find((r) => r.engine === id && r.program === program);
      if (!s) return '';
      if (s.status === 'ok') return formatSeconds(s.median);
      return `${s.status} ${notes.add(`start-up ${program}, ${ENGINE_LABELS[id]}: ${s.note ?? s.status}`)}`;
    });
    const loaded = results.loadedBytes.find((b) => b.engine === id);
    return [ENGINE_LABELS[id], ...times, formatBytes(loaded?.bytes), loaded?.what ?? ''];
  });
  return markdownTable(headers, rows, headers.map((_, i) => i > 0 && i <= programs.length + 1));
}

/** The whole of RESULTS.md. */
export function renderResults(results: BenchResults): string {
  const notes = new Notes();
  const m = results.machine;
  const out: string[] = [];
  out.push('# Wyrm benchmark results', '');
  out.push(`Generated by \`${results.options.command}\` on ${m.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}; see README.md for what the columns mean.`, '');
  out.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${formatBytes(m.memoryBytes)} of memory, ${m.os}, Node ${m.node}`);
  const loadEnd = m.loadEnd === undefined ? '' : `, at the end ${m.loadEnd}`;
  out.push(`- Load average (1 min) at the start: ${m.loadStart}${loadEnd} (above 0 means other work shared the ${m.cores} cores and slowed the runs)`);
  const startupRuns = results.startup.length > 0 ? ` (start-up: ${results.options.startupRepeat})` : '';
  out.push(`- Repetitions: ${results.options.repeat} per engine and program, interleaved${startupRuns}; medians shown. Size scale: ${results.options.sizeScale}.`);
  out.push('- Engines:');
  for (const e of results.engines) out.push(`  - ${ENGINE_LABELS[e.id]}: ${e.available ? e.version : `skipped: ${e.note ?? 'not available'}`}`);
  out.push('');
  if (results.programs.length > 0) {
    out.push('## Programs', '');
    out.push('Median wall-clock time of the whole process (start-up included) and, in parentheses, its ratio to CPython’s (below 1× is faster).', '');
    out.push(programsTable(results, notes), '');
    const runOnly = runOnlyTable(results);
    if (runOnly) {
      out.push('### Time inside the engine', '');
      out.push('For the engines hosted in Node, the time spent running the program alone (start-up excluded), beside the whole process.', '');
      out.push(runOnly, '');
    }
  }
  const startup = startupTable(results, notes);
  if (startup) {
    out.push('## Start-up', '');
    out.push('Median time from process start to exit for an empty program and for hello world, and the bytes each engine loads beyond its host (Node for the WebAssembly engines, the OS for the native ones).', '');
    out.push(startup, '');
  }
  if (notes.lines.length > 0) out.push('## Notes', '', notes.render(), '');
  return out.join('\n');
}
