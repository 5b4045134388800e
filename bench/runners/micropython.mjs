// Runs one Python file under MicroPython's WebAssembly port in Node, as the harness's
// "micropython" engine: `node bench/runners/micropython.mjs PROG.py ARGS...`. Program output
// goes to stdout/stderr, an uncaught Python exception exits with status 1. On exit it writes
// `bench-timing: startup_ms=S run_ms=R` on stderr (S counts from the start of the Node process).
// The GC heap is fixed when MicroPython starts: WYRM_BENCH_MICROPYTHON_HEAP_MB sets it (default
// 256; the port's own default of 1 MiB is too small for the benchmarks).
// Plain JavaScript, not TypeScript: Node's type stripping would add its own start-up time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/runners/micropython.mjs PROG.py ARGS...\n');
  process.exit(2);
}
const source = readFileSync(file, 'utf8');
const heapMb = Number(process.env.WYRM_BENCH_MICROPYTHON_HEAP_MB ?? 256);
const require = createRequire(import.meta.url);
const entry = require.resolve('@micropython/micropython-webassembly-pyscript/micropython.mjs');
const { loadMicroPython } = await import(pathToFileURL(entry).href);
// Unbuffered byte callbacks, collected here and written in large pieces.
const out = [];
const err = [];
const flush = () => {
  if (out.length > 0) process.stdout.write(Uint8Array.from(out.splice(0)));
  if (err.length > 0) process.stderr.write(Uint8Array.from(err.splice(0)));
};
const mp = await loadMicroPython({
  heapsize: heapMb * 1024 * 1024,
  linebuffer: false,
  stdout: (bytes) => {
    for (const b of bytes) out.push(b);
    if (out.length > 65536) flush();
  },
  stderr: (bytes) => {
    for (const b of bytes) err.push(b);
  },
});
mp.runPython(`import sys\nsys.argv.clear()\nsys.argv.extend(${JSON.stringify([file, ...args])})\n`);
const startupMs = performance.now();
let status = 0;
try {
  mp.runPython(source);
} catch (error) {
  flush();
  // A PythonError's message is MicroPython's traceback.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  status = 1;
}
const runMs = performance.now() - startupMs;
flush();
process.stderr.write(`bench-timing: startup_ms=${startupMs.toFixed(1)} run_ms=${runMs.toFixed(1)}\n`);
process.exitCode = status;
