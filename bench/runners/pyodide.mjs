// Runs one Python file under Pyodide (CPython compiled to WebAssembly) in Node, as the harness's
// "pyodide" engine: `node bench/runners/pyodide.mjs PROG.py ARGS...`. Program output goes to
// stdout/stderr, an uncaught Python exception exits with status 1. On exit it writes one line
// `bench-timing: startup_ms=S run_ms=R` on stderr, so the harness can report the time spent in
// the program apart from Pyodide's start-up (S counts from the start of the Node process).
// Plain JavaScript, not TypeScript: Node's type stripping would add its own start-up time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/runners/pyodide.mjs PROG.py ARGS...\n');
  process.exit(2);
}
const source = readFileSync(file, 'utf8');
const require = createRequire(import.meta.url);
const { loadPyodide } = await import(pathToFileURL(require.resolve('pyodide/pyodide.mjs')).href);
const pyodide = await loadPyodide({ args: [file, ...args] });
const writer = (stream) => ({
  write(buffer) {
    stream.write(buffer);
    return buffer.length;
  },
});
pyodide.setStdout(writer(process.stdout));
pyodide.setStderr(writer(process.stderr));
const startupMs = performance.now();
let status = 0;
try {
  pyodide.runPython(source, { filename: file });
} catch (error) {
  // A PythonError's message is the traceback as CPython prints it.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  status = 1;
}
const runMs = performance.now() - startupMs;
process.stderr.write(`bench-timing: startup_ms=${startupMs.toFixed(1)} run_ms=${runMs.toFixed(1)}\n`);
process.exitCode = status;
