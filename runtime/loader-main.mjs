// The bootstrap of a generated PROG.mjs: programLoader() gives the embedding API of one program
// (its data, its .wasm file's name and the factories of the host functions its module imports,
// which the loader's entry passes: see runtime/loaderbundle.ts). Works unchanged in Node and in
// browsers: in Node it reads PROG.wasm beside the loader and, when the loader is run as a script,
// passes process.argv and exits with the program's status; in a browser it fetches PROG.wasm
// beside the loader. Node modules are imported only dynamically and only under Node, so a browser
// never evaluates them.
//
// The embedding API (the same in both):
//   run(argv, { stdout, stderr, stdin })  runs the program in a fresh instance; resolves to its
//                                         exit status
//   instantiate({ stdout, stderr, stdin }) a fresh instance: { exports, main(argv) }, exports
//                                         being the module's entry functions and memory
//   compile()                             the compiled WebAssembly.Module (fetched once)
// stdout and stderr are callbacks receiving the text the program writes, in chunks as it flushes
// them (whole lines, or more); by default each line goes to console.log / console.error.
// stdin is a string or a function returning the input text, which input() reads line by line;
// without it input() finds the end of the input. Run as a script under Node, the program reads
// its standard input.

import { instantiateProgram } from './hostinstance.mjs';

const IS_NODE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** Node's modules that the loader uses, imported when first needed (never in a browser). */
let nodeModules = null;
function importNodeModules() {
  // process.getBuiltinModule (Node 22.3 on) gives the modules as they are; import() first builds
  // an ES module facade of each, which reads every export of node:fs and so loads its streams:
  // about 9 ms of a hello world's 40 ms start-up. v8 and vm (the heap check of large
  // allocations, hostmemory.mjs) are loaded when first read.
  if (typeof process.getBuiltinModule === 'function') {
    const builtin = (name) => process.getBuiltinModule(name);
    nodeModules ??= Promise.resolve({
      fs: builtin('node:fs'),
      url: builtin('node:url'),
      get v8() {
        return builtin('node:v8');
      },
      get vm() {
        return builtin('node:vm');
      },
    });
  }
  nodeModules ??= Promise.all([
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs'),
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:url'),
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:v8'),
    import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:vm'),
  ]).then(([fs, url, v8, vm]) => ({ fs, url, v8, vm }));
  return nodeModules;
}

/** A sink that decodes the program's UTF-8 bytes (a character may straddle two writes). */
function textSink(callback) {
  const decoder = new TextDecoder();
  return {
    write(bytes) {
      const text = decoder.decode(bytes, { stream: true });
      if (text !== '') callback(text);
    },
    end() {
      const text = decoder.decode();
      if (text !== '') callback(text);
    },
  };
}

/** The default output: one console call per line; an unterminated last line at the end. */
function consoleSink(log) {
  let pending = '';
  const sink = textSink((text) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop();
    for (const line of lines) log(line);
  });
  return {
    write: sink.write,
    end() {
      sink.end();
      if (pending !== '') log(pending);
      pending = '';
    },
  };
}

function outputSink(callback, log, name) {
  if (callback === undefined || callback === null) return consoleSink(log);
  if (typeof callback !== 'function') throw new TypeError(`${name} must be a function receiving text`);
  return textSink(callback);
}

/** The `stdin` option, checked: the text input() reads (hoststdin.mjs splits it into lines). */
function checkedStdin(stdin) {
  if (stdin === undefined || stdin === null) return '';
  if (typeof stdin !== 'string' && typeof stdin !== 'function') {
    throw new TypeError('stdin must be a string or a function returning the input text');
  }
  return stdin;
}

/** Writes all of `bytes` to a file descriptor (node:fs's writeSync), waiting out EAGAIN. */
function writeAll(writeSync, fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (error.code !== 'EAGAIN') throw error;
    }
  }
}

/**
 * The embedding API of a program: `program` is its ProgramInfo, `wasmFile` the name of its
 * .wasm file beside the loader, whose URL is `loaderUrl`, and `factories` the host functions
 * its module imports (import name -> factory). Also runAsScript(), which runs the program with
 * the process's arguments and standard input when the loader is Node's main script.
 */
export function programLoader(program, wasmFile, factories, loaderUrl) {
  let compiled = null;

  async function compileWasm(syncInNode) {
    const url = new URL(wasmFile, loaderUrl);
    if (IS_NODE) {
      const { fs } = await importNodeModules();
      // A program run from the command line has nothing else to do meanwhile: reading and
      // compiling synchronously spares the thread pool and two turns of the event loop (an
      // empty program: 31 -> 28 ms, median of 61; bench/RESULTS.md section 9).
      if (syncInNode) return new WebAssembly.Module(fs.readFileSync(url));
      return WebAssembly.compile(await fs.promises.readFile(url));
    }
    const response = await fetch(url);
    if (!response.ok) throw new Error(`cannot fetch ${url}: HTTP ${response.status}`);
    const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim();
    // Streaming compilation overlaps download and compilation; it needs the wasm MIME type.
    if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
      return WebAssembly.compileStreaming(response);
    }
    return WebAssembly.compile(await response.arrayBuffer());
  }

  /** The compiled program (fetched and compiled once, then shared by every instance). */
  function compile() {
    return compileOnce(false);
  }

  /** compile(), synchronously in Node when `syncInNode` (for runFromCommandLine). */
  function compileOnce(syncInNode) {
    if (compiled === null) {
      compiled = compileWasm(syncInNode).catch((error) => {
        compiled = null;
        if (error instanceof WebAssembly.CompileError) {
          throw new Error(
            `cannot compile ${wasmFile}: ${error.message} (Wyrm's programs need WebAssembly GC: ` +
              `Node 24 or newer, or a current browser)`,
            { cause: error },
          );
        }
        throw error;
      });
    }
    return compiled;
  }

  /**
   * A fresh instance of the program, its output going to `options.stdout` / `options.stderr`.
   * Resolves to { exports, main(argv) }: main runs the program once with sys.argv[1:] = argv and
   * returns the exit status; a new run needs a new instance.
   */
  async function instantiate(options = {}) {
    const stdout = outputSink(options.stdout, (line) => console.log(line), 'stdout');
    const stderr = outputSink(options.stderr, (line) => console.error(line), 'stderr');
    const io = {
      write: (fd, bytes) => (fd === 2 ? stderr : stdout).write(bytes),
      stdin: checkedStdin(options.stdin),
    };
    const { instance, start } = await instantiateProgram(await compile(), program, io, factories);
    let started = false;
    return {
      exports: instance.exports,
      main(argv = []) {
        if (started) throw new Error('this instance has already run the program; call instantiate() again');
        started = true;
        try {
          return start(Array.from(argv, String));
        } finally {
          stdout.end();
          stderr.end();
        }
      },
    };
  }

  /** Runs the program in a fresh instance with sys.argv[1:] = argv; resolves to its exit status. */
  async function run(argv = [], options = {}) {
    const instance = await instantiate(options);
    return instance.main(argv);
  }

  async function runFromCommandLine(node) {
    let module;
    try {
      module = await compileOnce(true);
    } catch (error) {
      if (error.cause instanceof WebAssembly.CompileError) {
        process.stderr.write(
          `${program.scriptPath}: error: this JavaScript runtime cannot run WasmGC programs ` +
            `(Node ${process.versions.node}); use Node 24 or newer or a current browser\n`,
        );
        process.exit(2);
      }
      throw error;
    }
    // With `node` (and no stdin or memoryFits), input() reads the process's standard input and
    // large allocations ask V8's heap (hoststdin.mjs, hostmemory.mjs).
    const io = { write: (fd, bytes) => writeAll(node.fs.writeSync, fd, bytes), node };
    const { start } = await instantiateProgram(module, program, io, factories);
    process.exitCode = start(process.argv.slice(2));
  }

  /** Runs the program as Node's main script would, if the loader is Node's main script. */
  async function runAsScript() {
    if (!IS_NODE || !process.argv[1]) return;
    const node = await importNodeModules();
    let script = null;
    try {
      script = node.url.pathToFileURL(node.fs.realpathSync(process.argv[1])).href;
    } catch {
      // Not a file (node -e, a REPL): the loader was imported, not run.
    }
    if (script === loaderUrl) await runFromCommandLine(node);
  }

  return { run, instantiate, compile, runAsScript };
}
