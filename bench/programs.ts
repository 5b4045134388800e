// The benchmark programs: every `bench/programs/*.py`, whose header declares its default size
// (`# bench-size: N`, the program's sys.argv[1]) and how its work grows with that size
// (`# bench-scale: linear | power K | exponential B | factorial`), so that --size-scale can
// multiply the work of every program by about the same factor.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export type Scaling =
  | { kind: 'linear' }
  | { kind: 'power'; exponent: number }
  | { kind: 'exponential'; base: number }
  | { kind: 'factorial' };

export interface Program {
  name: string;
  path: string;
  defaultSize: number;
  scaling: Scaling;
}

export const programsDir = join(import.meta.dirname, 'programs');

function parseScaling(text: string): Scaling | undefined {
  const [kind, value] = text.trim().split(/\s+/);
  const number = Number(value);
  if (kind === 'linear' && value === undefined) return { kind };
  if (kind === 'factorial' && value === undefined) return { kind };
  if (kind === 'power' && number > 0) return { kind, exponent: number };
  if (kind === 'exponential' && number > 1) return { kind, base: number };
  return undefined;
}

/** Reads the `# bench-size:` and `# bench-scale:` lines of a program's source. */
export function parseHeader(source: string, where: string): { defaultSize: number; scaling: Scaling } {
  const size = /^# bench-size:\s*(\d+)\s*$/m.exec(source);
  const scale = /^# bench-scale:\s*(.+)$/m.exec(source);
  if (!size) throw new Error(`${where}: no '# bench-size: N' line`);
  const scaling = scale ? parseScaling(scale[1]!) : undefined;
  if (!scaling) throw new Error(`${where}: no valid '# bench-scale: linear|power K|exponential B|factorial' line`);
  return { defaultSize: Number(size[1]), scaling };
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k++) sum += Math.log(k);
  return sum;
}

/** The size whose work is about `factor` times the work at `size` (at least 1). */
export function scaledSize(size: number, factor: number, scaling: Scaling): number {
  if (factor === 1) return size;
  let scaled: number;
  switch (scaling.kind) {
    case 'linear':
      scaled = Math.round(size * factor);
      break;
    case 'power':
      scaled = Math.round(size * factor ** (1 / scaling.exponent));
      break;
    case 'exponential':
      scaled = Math.round(size + Math.log(factor) / Math.log(scaling.base));
      break;
    case 'factorial': {
      // The n whose n!/size! is nearest to the factor, on a log scale.
      const target = logFactorial(size) + Math.log(factor);
      scaled = 1;
      for (let n = 1; n <= size + 20; n++) {
        if (Math.abs(logFactorial(n) - target) < Math.abs(logFactorial(scaled) - target)) scaled = n;
      }
      break;
    }
  }
  return Math.max(1, scaled);
}

/** Every program in bench/programs/, by name; `only` (names without .py) selects some. */
export function listPrograms(only?: readonly string[]): Program[] {
  const files = readdirSync(programsDir)
    .filter((f) => f.endsWith('.py'))
    .sort();
  const programs = files.map((file) => {
    const path = join(programsDir, file);
    return { name: basename(file, '.py'), path, ...parseHeader(readFileSync(path, 'utf8'), path) };
  });
  if (!only) return programs;
  const unknown = only.filter((name) => !programs.some((p) => p.name === name));
  if (unknown.length > 0) {
    throw new Error(`unknown program(s): ${unknown.join(', ')} (known: ${programs.map((p) => p.name).join(', ')})`);
  }
  return programs.filter((p) => only.includes(p.name));
}
