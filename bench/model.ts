// The harness's data model: the engines it knows and the shape of its results, shared by the
// code that measures (run.ts, startup.ts), the code that reports (table.ts) and results.json.

/** The engines, in the order of the table's columns. */
export const ENGINE_IDS = ['wyrm', 'cpython', 'pypy', 'pyodide', 'micropython'] as const;
export type EngineId = (typeof ENGINE_IDS)[number];

export const ENGINE_LABELS: Record<EngineId, string> = {
  wyrm: 'Wyrm',
  cpython: 'CPython',
  pypy: 'PyPy',
  pyodide: 'Pyodide',
  micropython: 'MicroPython',
};

/** The engine the ratios are relative to, and whose output is the expected checksum. */
export const REFERENCE_ENGINE: EngineId = 'cpython';

/** What `--engines` found on this machine: a version, or why the engine is skipped. */
export interface EngineInfo {
  id: EngineId;
  available: boolean;
  version: string;
  note?: string;
}

/** One engine on one program: every timed run, or why there is none. */
export interface EngineResult {
  engine: EngineId;
  /** ok: ran and printed CPython's output; failed: crashed, timed out or printed something else. */
  status: 'ok' | 'failed' | 'skipped';
  /** Wall-clock seconds of each whole process, start-up included. */
  seconds: number[];
  /** Seconds spent running the program alone, when the engine reports it (Pyodide, MicroPython). */
  runSeconds: number[];
  median?: number;
  medianRun?: number;
  /** median / CPython's median. */
  ratio?: number;
  note?: string;
}

export interface Translation {
  ok: boolean;
  /** The time Wyrm reports for translating (`-v`), and the wall time of the whole command. */
  reportedMs?: number;
  wallMs?: number;
  wasmBytes?: number;
  mjsBytes?: number;
  /** The first line of Wyrm's error when it refuses the program. */
  error?: string;
}

export interface ProgramResult {
  program: string;
  size: number;
  translation?: Translation;
  engines: EngineResult[];
}

/** The start-up benchmark: one engine on one tiny program. */
export interface StartupResult {
  program: string;
  engine: EngineId;
  status: 'ok' | 'failed' | 'skipped';
  seconds: number[];
  median?: number;
  note?: string;
}

/** The bytes an engine loads to run a program, beyond its host (Node or the OS). */
export interface LoadedBytes {
  engine: EngineId;
  bytes?: number;
  what: string;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  date: string;
  /** The 1-minute load average when the run started and when it ended: other work skews times. */
  loadStart: number;
  loadEnd?: number;
}

export interface BenchResults {
  machine: MachineInfo;
  engines: EngineInfo[];
  options: { repeat: number; startupRepeat: number; sizeScale: number; command: string };
  programs: ProgramResult[];
  startup: StartupResult[];
  loadedBytes: LoadedBytes[];
}
