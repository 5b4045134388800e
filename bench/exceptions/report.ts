// The Markdown report of the exception benchmark: per optimization level, the median times of
// every case in every variant with their ratio to checked returns (thread CPU time, then wall
// time), the cost per exception, the noise, and the module sizes.

import { median } from '../stats.ts';
import { markdownTable } from '../table.ts';
import type { MachineInfo } from '../model.ts';
import type { Variant } from './build.ts';
import type { Case } from './cases.ts';
import type { ModuleId } from './workloads.ts';

/** One timed run: milliseconds of CPU time of the main thread, and of wall-clock time. */
export interface Sample {
  cpu: number;
  wall: number;
}

export interface Results {
  machine: MachineInfo;
  v8: string;
  binaryen: string;
  command: string;
  /** The CPU time of reading the CPU clock twice, subtracted from every run. */
  clockOverheadMs: number;
  processes: number;
  rounds: number;
  warmup: number;
  levels: number[];
  variants: readonly Variant[];
  cases: readonly Case[];
  /** The samples of one cell, per process. */
  samples(level: number, c: string, variant: string): Sample[][];
  bytes(level: number, module: ModuleId, variant: string): number;
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

function formatRatio(r: number): string {
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`;
}

const numbers = (n: number): boolean[] => [false, ...Array<boolean>(n).fill(true)];

function levelTitle(level: number): string {
  if (level === 0) return 'Without Binaryen optimization (-O0)';
  if (level === 4) return "Binaryen's full -O3 (Wyrm's -O4)";
  return `With Wyrm's -O${level} Binaryen passes (backend/optimize.ts)`;
}

/** The median of a cell over the runs of every process. */
function pooled(r: Results, level: number, c: string, v: string, measure: keyof Sample): number {
  return median(r.samples(level, c, v).flat().map((s) => s[measure]))!;
}

function timeTable(r: Results, level: number, measure: keyof Sample): string {
  const rows = r.cases.map((c) => {
    const reference = pooled(r, level, c.id, 'checked', measure);
    return [
      `${c.id}: ${c.title}`,
      ...r.variants.map((v) => {
        const m = pooled(r, level, c.id, v.id, measure);
        return v.id === 'checked' ? `${formatMs(m)} ms` : `${formatMs(m)} ms (${formatRatio(m / reference)})`;
      }),
    ];
  });
  return markdownTable(['case', ...r.variants.map((v) => v.id)], rows, numbers(r.variants.length));
}

const percent = (x: number): string => `${(x * 100).toFixed(0)}%`;

/** Within one process, the middle half of a cell's runs (interquartile range) relative to its median: typical and largest. */
function noise(r: Results, level: number, measure: keyof Sample): string {
  const spreads = r.cases.flatMap((c) =>
    r.variants.flatMap((v) =>
      r.samples(level, c.id, v.id).map((runs) => {
        const s = runs.map((x) => x[measure]).sort((a, b) => a - b);
        const quartile = (q: number): number => s[Math.round(q * (s.length - 1))]!;
        return { spread: (quartile(0.75) - quartile(0.25)) / median(s)!, where: `${c.id}, ${v.id}` };
      }),
    ),
  );
  const worst = spreads.reduce((a, b) => (b.spread > a.spread ? b : a));
  return `within a process, the middle half of a cell's runs spans ${percent(median(spreads.map((s) => s.spread))!)} of its median in the typical cell, ${percent(worst.spread)} at most (${worst.where})`;
}

/** The cells whose CPU time differs by more than 5% from one process to another. */
function betweenProcesses(r: Results, level: number): string {
  if (r.processes < 2) return '';
  const differing = r.cases.flatMap((c) =>
    r.variants.flatMap((v) => {
      const medians = r.samples(level, c.id, v.id).map((runs) => median(runs.map((s) => s.cpu))!);
      return Math.max(...medians) / Math.min(...medians) > 1.05 ? [`${c.id}, ${v.id}: ${medians.map((m) => m.toFixed(1)).join(' / ')} ms`] : [];
    }),
  );
  return differing.length === 0
    ? `No cell's CPU time differs by more than 5% between the ${r.processes} processes.`
    : `Cells whose CPU time differs by more than 5% between the ${r.processes} processes (the median of each process): ${differing.join('; ')}.`;
}

export function renderReport(r: Results): string {
  const m = r.machine;
  const out: string[] = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${Math.round(m.memoryBytes / 2 ** 30)} GiB, ${m.os}; Node ${m.node} (V8 ${r.v8}), binaryen.js ${r.binaryen}; ${m.date.slice(0, 10)}. ` +
      `Load average ${m.loadStart} at the start, ${m.loadEnd} at the end (other work shared the machine).`,
    '',
    `Command: \`${r.command}\`: ${r.processes} Node processes one after the other, in each ${r.rounds} rounds after ${r.warmup} warm-up runs; the tables give the median of all ${r.processes * r.rounds} runs of a cell. In each round every case runs once in every variant and level, the variants in a fresh random order, each run after a full garbage collection. ` +
      `CPU time is the main thread's, from /proc/thread-self/schedstat; reading it costs ${(r.clockOverheadMs * 1000).toFixed(0)} µs, subtracted from every run.`,
    '',
    'Variants:',
    ...r.variants.map((v) => `- \`${v.id}\`: ${v.title}`),
  ];
  for (const level of r.levels) {
    out.push('', `### ${levelTitle(level)}`, '');
    out.push('CPU time of the thread running the module (what the code costs; it leaves out the time the thread waited for a core), median ms per run and ratio to `checked` (below 1: faster than checked returns):', '');
    out.push(timeTable(r, level, 'cpu'), '');
    out.push(`Noise (CPU time): ${noise(r, level, 'cpu')}. ${betweenProcesses(r, level)}`, '');
    out.push('Wall-clock time, median ms per run and ratio to `checked`:', '');
    out.push(timeTable(r, level, 'wall'), '');
    out.push(`Noise (wall-clock time): ${noise(r, level, 'wall')}.`, '');
    out.push('Microseconds of CPU time per exception raised and caught (the whole run divided by the number of exceptions; `deep` unwinds 100 frames for each):', '');
    const raising = r.cases.filter((c) => c.raises > 0);
    const rows = raising.map((c) => [c.id, ...r.variants.map((v) => ((pooled(r, level, c.id, v.id, 'cpu') * 1000) / c.raises).toFixed(3))]);
    out.push(markdownTable(['case', ...r.variants.map((v) => v.id)], rows, numbers(r.variants.length)));
  }
  out.push('', '### Module sizes', '');
  out.push(`Bytes of each module (the workload's functions and the runtime support they use) at -O${r.levels.join(' / -O')}, and the ratio to \`checked\` at the same level:`, '');
  const modules = [...new Set(r.cases.map((c) => c.module))];
  const sizeRows = modules.map((module) => [
    module,
    ...r.variants.map((v) =>
      r.levels
        .map((level) => {
          const bytes = r.bytes(level, module, v.id);
          return v.id === 'checked' ? `${bytes}` : `${bytes} (${formatRatio(bytes / r.bytes(level, module, 'checked'))})`;
        })
        .join(' / '),
    ),
  ]);
  out.push(markdownTable(['module', ...r.variants.map((v) => v.id)], sizeRows, numbers(r.variants.length)));
  return out.join('\n') + '\n';
}
