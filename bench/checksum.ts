// Deciding whether an engine computed the right thing: every benchmark prints a checksum, and an
// engine's output must equal CPython's. Also the one-line summaries of failures shown in the
// notes. Pure functions, tested in harness.test.ts.

export type OutputComparison = { same: true } | { same: false; detail: string };

/** Output with line endings unified, trailing spaces and trailing empty lines removed. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n+$/, '');
}

function shorten(text: string, limit = 80): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Compares an engine's stdout with the reference's, naming the first line that differs. */
export function compareOutputs(expected: string, actual: string): OutputComparison {
  const want = normalizeOutput(expected).split('\n');
  const got = normalizeOutput(actual).split('\n');
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) {
      const describe = (line: string | undefined) => (line === undefined ? 'nothing' : JSON.stringify(shorten(line)));
      return { same: false, detail: `line ${i + 1}: expected ${describe(want[i])}, got ${describe(got[i])}` };
    }
  }
  return { same: true };
}

/**
 * One line that says why a process failed: the exception line that ends a Python traceback,
 * otherwise the first non-empty line (a translator's diagnostic, a crash message). Lines the
 * harness's runners add (`bench-timing:`) are ignored.
 */
export function errorSummary(stderr: string): string {
  const lines = stderr
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('bench-timing:'));
  if (lines.length === 0) return '(no message)';
  const traceback = lines.findIndex((line) => line.startsWith('Traceback (most recent call last)'));
  return shorten(traceback >= 0 ? lines[lines.length - 1]! : lines[0]!, 500);
}
