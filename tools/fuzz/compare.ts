// Outcomes of the differential fuzzer: Wyrm's result against CPython's (stdout, the last line
// of stderr, the exit status), and a signature per failure, so that the shrinker keeps the
// same failure while it reduces a program and the report groups failures.

import type { CPythonResult } from './cpython.ts';
import type { WyrmResult } from './wyrm.ts';

export type Outcome =
  | { kind: 'match' }
  | { kind: 'mismatch'; signature: string; detail: string }
  | { kind: 'refused'; message: string; code: string; located: boolean }
  | { kind: 'internal'; signature: string; detail: string }
  | { kind: 'timeout'; signature: string; detail: string }
  /** CPython did not finish in time or rejected the source: the generator's fault. */
  | { kind: 'invalid'; detail: string };

export function lastLine(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return lines.at(-1) ?? '';
}

/** The exception class named by a traceback's last line (`ValueError: ...` -> ValueError). */
function exceptionName(line: string): string {
  const m = /^([A-Za-z_][\w.]*)(:|$)/.exec(line);
  return m ? m[1]! : line ? '?' : '-';
}

/** A message with the parts that vary between programs (numbers, names in quotes) removed. */
export function normalizeMessage(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/'[^']*'/g, "'_'")
    .replace(/"[^"]*"/g, '"_"')
    .replace(/\b[A-Za-z_]*\d+\b/g, 'N')
    .replace(/\boperation \w+/g, 'operation _')
    .slice(0, 160);
}

function firstDifference(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `stdout line ${i + 1}: CPython ${JSON.stringify(al[i] ?? '<none>')}, Wyrm ${JSON.stringify(bl[i] ?? '<none>')}`;
  }
  return '';
}

export function classify(py: CPythonResult, wyrm: WyrmResult): Outcome {
  if (py.timeout || py.syntax) return { kind: 'invalid', detail: py.timeout ? 'CPython timed out' : lastLine(py.stderr) };
  switch (wyrm.kind) {
    case 'refused':
      return { kind: 'refused', message: wyrm.message, code: wyrm.code, located: wyrm.located };
    case 'internal':
      return { kind: 'internal', signature: `internal ${wyrm.phase}: ${normalizeMessage(wyrm.message)}`, detail: `${wyrm.message}\n${wyrm.stack}` };
    case 'crash':
      return { kind: 'internal', signature: `crash: ${normalizeMessage(wyrm.message)}`, detail: wyrm.message };
    case 'timeout':
      return { kind: 'timeout', signature: 'timeout', detail: 'Wyrm did not finish in time' };
    case 'translated':
      throw new Error('classify() needs a run, not a translation');
    case 'ok': {
      const fields: string[] = [];
      const details: string[] = [];
      if (py.stdout !== wyrm.stdout) {
        fields.push('stdout');
        details.push(firstDifference(py.stdout, wyrm.stdout));
      }
      const pyLast = lastLine(py.stderr);
      const wyrmLast = lastLine(wyrm.stderr);
      if (pyLast !== wyrmLast) {
        fields.push('stderr');
        details.push(`stderr: CPython ${JSON.stringify(pyLast)}, Wyrm ${JSON.stringify(wyrmLast)}`);
      }
      if (py.status !== wyrm.status) {
        fields.push('status');
        details.push(`status: CPython ${py.status}, Wyrm ${wyrm.status}`);
      }
      if (fields.length === 0) return { kind: 'match' };
      const signature = `mismatch ${fields.join('+')} ${exceptionName(pyLast)}->${exceptionName(wyrmLast)}`;
      return { kind: 'mismatch', signature, detail: details.join('\n') };
    }
  }
}

export function signatureOf(outcome: Outcome): string | null {
  return outcome.kind === 'mismatch' || outcome.kind === 'internal' || outcome.kind === 'timeout' ? outcome.signature : null;
}
