// The engines the harness compares, each as how to find it and its version, the command that
// runs a Python program under it, and the bytes it loads. An engine that is missing is reported
// with a note instead of a version, and the harness goes on without it.
//
// - wyrm: the program translated by Wyrm, run as `node PROG.mjs ARGS` with the Node running
//   the harness (the project's pinned Node 24).
// - cpython, pypy: `python3` and `pypy3` found on the PATH, resolved once to the real
//   interpreter (a pyenv shim would add its own start-up to every run).
// - pyodide, micropython: the npm packages, run under the same Node by bench/runners/.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EngineId, EngineInfo, LoadedBytes } from './model.ts';
import { timeProcess } from './process.ts';

export interface RunTarget {
  /** The Python source. */
  python: string;
  /** Wyrm's translation of it (the .mjs loader beside its .wasm), when it has one. */
  wyrmLoader?: string;
}

export interface Engine {
  info: EngineInfo;
  /** The command that runs the target with these arguments; undefined if this engine cannot. */
  command(target: RunTarget, args: readonly string[]): { file: string; args: string[] } | undefined;
  /** The bytes loaded to run the target, beyond the host (Node, or the OS for native engines). */
  loadedBytes(target: RunTarget): LoadedBytes;
}

const repoRoot = dirname(import.meta.dirname);
const runnersDir = join(import.meta.dirname, 'runners');
const require = createRequire(import.meta.url);

function fileSize(path: string): number {
  return statSync(path).size;
}

function sumSizes(paths: readonly string[]): number {
  return paths.filter((p) => existsSync(p)).reduce((sum, p) => sum + fileSize(p), 0);
}

function unavailable(id: EngineId, note: string): Engine {
  return {
    info: { id, available: false, version: 'not found', note },
    command: () => undefined,
    loadedBytes: () => ({ engine: id, what: note }),
  };
}

function wyrmEngine(): Engine {
  const cli = join(repoRoot, 'cli', 'wyrm.js');
  if (!existsSync(cli)) return unavailable('wyrm', `no ${cli}`);
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const git = timeProcess('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD'], 30);
  const commit = git.status === 0 ? ` (working tree at commit ${git.stdout.trim()})` : '';
  return {
    info: { id: 'wyrm', available: true, version: `Wyrm ${pkg.version}${commit} on Node ${process.versions.node}` },
    command: (target, args) => (target.wyrmLoader ? { file: process.execPath, args: [target.wyrmLoader, ...args] } : undefined),
    loadedBytes: (target) => {
      if (!target.wyrmLoader) return { engine: 'wyrm', what: 'not translated' };
      const wasm = target.wyrmLoader.replace(/\.mjs$/, '.wasm');
      return { engine: 'wyrm', bytes: sumSizes([wasm, target.wyrmLoader]), what: 'the program’s .wasm and its .mjs loader' };
    },
  };
}

// Run inside the interpreter: its version, its real executable, and the bytes it has loaded
// after start-up: its binary and shared interpreter library (from /proc/self/maps) and the
// files of the modules imported at start-up.
const NATIVE_PROBE = `
import sys
startup_modules = list(sys.modules.values())
import os, platform, json
files = set()
try:
    with open('/proc/self/maps') as maps:
        for line in maps:
            parts = line.split()
            if len(parts) >= 6 and parts[5].startswith('/'):
                name = os.path.basename(parts[5])
                if parts[5] == os.path.realpath(sys.executable) or name.startswith(('libpython', 'libpypy')):
                    files.add(parts[5])
except OSError:
    files.add(os.path.realpath(sys.executable))
modules = set()
for module in startup_modules:
    path = getattr(module, '__cached__', None) or getattr(module, '__file__', None)
    if path and os.path.isfile(path):
        modules.add(os.path.realpath(path))
binary = sum(os.path.getsize(f) for f in files if os.path.isfile(f))
pypy = getattr(sys, 'pypy_version_info', None)
version = ('PyPy %d.%d.%d (Python %s)' % (pypy[0], pypy[1], pypy[2], platform.python_version())) if pypy else ('CPython ' + platform.python_version())
print(json.dumps({'executable': os.path.realpath(sys.executable), 'version': version, 'binary': binary,
                  'binaryFiles': sorted(os.path.basename(f) for f in files),
                  'modules': sum(os.path.getsize(m) for m in modules), 'moduleCount': len(modules)}))
`;

interface NativeProbe {
  executable: string;
  version: string;
  binary: number;
  binaryFiles: string[];
  modules: number;
  moduleCount: number;
}

function nativeEngine(id: 'cpython' | 'pypy', command: string): Engine {
  const probe = timeProcess(command, ['-c', NATIVE_PROBE], 120);
  if (probe.status !== 0) {
    const why = probe.error?.includes('ENOENT') ? `${command} is not installed` : `${command} failed: ${probe.error ?? probe.stderr.trim().split('\n').pop()}`;
    return unavailable(id, id === 'pypy' ? `${why} (Debian: apt-get install pypy3)` : why);
  }
  const found = JSON.parse(probe.stdout) as NativeProbe;
  return {
    info: { id, available: true, version: `${found.version} (${found.executable})` },
    command: (target, args) => ({ file: found.executable, args: [target.python, ...args] }),
    loadedBytes: () => ({
      engine: id,
      bytes: found.binary + found.modules,
      what: `native: ${found.binaryFiles.join(' + ')} (${found.binary} bytes) and the ${found.moduleCount} module files imported at start-up (${found.modules} bytes)`,
    }),
  };
}

function resolvePackageFile(specifier: string): string | undefined {
  try {
    return require.resolve(specifier);
  } catch {
    return undefined;
  }
}

function pyodideEngine(): Engine {
  const pkgJson = resolvePackageFile('pyodide/package.json');
  if (!pkgJson) return unavailable('pyodide', 'npm package pyodide is not installed (npm ci)');
  const dir = dirname(pkgJson);
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  let python = '';
  try {
    const lock = JSON.parse(readFileSync(join(dir, 'pyodide-lock.json'), 'utf8')) as { info?: { python?: string } };
    python = lock.info?.python ? ` (Python ${lock.info.python})` : '';
  } catch {
    // The Python version is only informative.
  }
  const files = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.js', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
  return {
    info: { id: 'pyodide', available: true, version: `Pyodide ${version}${python} on Node ${process.versions.node}` },
    command: (target, args) => ({ file: process.execPath, args: [join(runnersDir, 'pyodide.mjs'), target.python, ...args] }),
    loadedBytes: () => ({
      engine: 'pyodide',
      bytes: sumSizes(files.map((f) => join(dir, f))),
      what: `${files.filter((f) => existsSync(join(dir, f))).join(' + ')} from the npm package`,
    }),
  };
}

function micropythonEngine(): Engine {
  const pkgJson = resolvePackageFile('@micropython/micropython-webassembly-pyscript/package.json');
  if (!pkgJson) return unavailable('micropython', 'npm package @micropython/micropython-webassembly-pyscript is not installed (npm ci)');
  const dir = dirname(pkgJson);
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  const files = ['micropython.mjs', 'micropython.wasm'];
  return {
    info: { id: 'micropython', available: true, version: `MicroPython ${version} (WebAssembly port, pyscript variant) on Node ${process.versions.node}` },
    command: (target, args) => ({ file: process.execPath, args: [join(runnersDir, 'micropython.mjs'), target.python, ...args] }),
    loadedBytes: () => ({ engine: 'micropython', bytes: sumSizes(files.map((f) => join(dir, f))), what: `${files.join(' + ')} from the npm package` }),
  };
}

/** Finds the engines (each probe runs the engine once, so only the selected ones are probed). */
export function findEngines(ids: readonly EngineId[]): Map<EngineId, Engine> {
  const engines = new Map<EngineId, Engine>();
  for (const id of ids) {
    switch (id) {
      case 'wyrm':
        engines.set(id, wyrmEngine());
        break;
      case 'cpython':
        engines.set(id, nativeEngine(id, 'python3'));
        break;
      case 'pypy':
        engines.set(id, nativeEngine(id, 'pypy3'));
        break;
      case 'pyodide':
        engines.set(id, pyodideEngine());
        break;
      case 'micropython':
        engines.set(id, micropythonEngine());
        break;
    }
  }
  return engines;
}
