// The command line of `npm run bench` (bench/run.ts), parsed into options. Pure, so that
// harness.test.ts can check it.

import { parseArgs } from 'node:util';
import { ENGINE_IDS, type EngineId } from './model.ts';

export interface BenchOptions {
  programs?: string[];
  engines: EngineId[];
  repeat: number;
  startupRepeat: number;
  sizeScale: number;
  timeoutSeconds: number;
  startup: boolean;
  programsBenchmark: boolean;
  outputDir?: string;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [options]

  --programs a,b       run only these programs (names in bench/programs/ without .py)
  --engines a,b        engines to run: ${ENGINE_IDS.join(',')} (default: all)
  --repeat N           timed runs per engine and program, interleaved (default 3)
  --startup-repeat N   runs per engine of the start-up benchmark (default 5)
  --size-scale X       multiply every program's work by about X (default 1)
  --timeout S          give up on one run after S seconds (default 600; other engines
                       than CPython also after 50 times CPython's time, at least 60 s)
  --skip-startup       leave out the start-up benchmark
  --startup-only       run only the start-up benchmark
  --output-dir DIR     write RESULTS.md and results.json there (default bench/)
  --help               show this
`;

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function positiveNumber(name: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!(number > 0) || !Number.isFinite(number) || (integer && !Number.isInteger(number))) {
    throw new Error(`--${name} must be a positive ${integer ? 'integer' : 'number'} (got ${value})`);
  }
  return number;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      programs: { type: 'string' },
      engines: { type: 'string' },
      repeat: { type: 'string' },
      'startup-repeat': { type: 'string' },
      'size-scale': { type: 'string' },
      timeout: { type: 'string' },
      'skip-startup': { type: 'boolean' },
      'startup-only': { type: 'boolean' },
      'output-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const engines = list(values.engines) ?? [...ENGINE_IDS];
  const unknown = engines.filter((e) => !(ENGINE_IDS as readonly string[]).includes(e));
  if (unknown.length > 0) throw new Error(`unknown engine(s): ${unknown.join(', ')} (known: ${ENGINE_IDS.join(', ')})`);
  if (values['skip-startup'] && values['startup-only']) throw new Error('--skip-startup and --startup-only exclude each other');
  return {
    programs: list(values.programs),
    // In the table's order, whatever the order given.
    engines: ENGINE_IDS.filter((e) => engines.includes(e)),
    repeat: positiveNumber('repeat', values.repeat, 3, true),
    startupRepeat: positiveNumber('startup-repeat', values['startup-repeat'], 5, true),
    sizeScale: positiveNumber('size-scale', values['size-scale'], 1, false),
    timeoutSeconds: positiveNumber('timeout', values.timeout, 600, false),
    startup: !values['skip-startup'],
    programsBenchmark: !values['startup-only'],
    outputDir: values['output-dir'],
    help: values.help ?? false,
  };
}
