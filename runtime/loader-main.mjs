// The bootstrap part of a generated PROG.mjs (appended after host.mjs and the program's data).
// Works unchanged in Node and in browsers: in Node it reads PROG.wasm beside this file and, when
// run as a script, passes process.argv and exits with the program's status; in a browser it
// fetches PROG.wasm beside this file. Node modules are imported only dynamically and only under
// Node, so a browser never evaluates them.
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

const IS_NODE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

let compiled = null;

async function compileWasm() {
  const url = new URL(WASM_FILE, import.meta.url);
  if (IS_NODE) {
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
    return WebAssembly.compile(await readFile(url));
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
export function compile() {
  if (compiled === null) {
    compiled = compileWasm().catch((error) => {
      compiled = null;
      if (error instanceof WebAssembly.CompileError) {
        throw new Error(
          `cannot compile ${WASM_FILE}: ${error.message} (Wyrm's programs need WebAssembly GC: ` +
            `Node 24 or newer, or a current browser)`,
          { cause: error },
        );
      }
      throw error;
    });
  }
  return compiled;
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

/** Standard input as the lines input() reads (a callback is called once, when first read). */
function inputSource(stdin) {
  if (stdin === undefined || stdin === null) return () => null;
  if (typeof stdin === 'string') return linesOfText(() => stdin);
  if (typeof stdin !== 'function') throw new TypeError('stdin must be a string or a function returning the input text');
  return linesOfText(stdin);
}

/**
 * A fresh instance of the program, its output going to `options.stdout` / `options.stderr`.
 * Resolves to { exports, main(argv) }: main runs the program once with sys.argv[1:] = argv and
 * returns the exit status; a new run needs a new instance.
 */
export async function instantiate(options = {}) {
  const stdout = outputSink(options.stdout, (line) => console.log(line), 'stdout');
  const stderr = outputSink(options.stderr, (line) => console.error(line), 'stderr');
  const io = {
    write: (fd, bytes) => (fd === 2 ? stderr : stdout).write(bytes),
    readLine: inputSource(options.stdin),
  };
  const { instance, start } = await instantiateProgram(await compile(), PROGRAM, io);
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
export async function run(argv = [], options = {}) {
  const program = await instantiate(options);
  return program.main(argv);
}

async function runFromCommandLine() {
  const { readSync, writeSync } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs');
  const v8 = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:v8');
  const vm = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:vm');
  const write = (fd, bytes) => {
    let offset = 0;
    while (offset < bytes.length) {
      try {
        offset += writeSync(fd, bytes, offset, bytes.length - offset);
      } catch (error) {
        if (error.code !== 'EAGAIN') throw error;
      }
    }
  };
  let module;
  try {
    module = await compile();
  } catch (error) {
    if (error.cause instanceof WebAssembly.CompileError) {
      process.stderr.write(
        `${PROGRAM.scriptPath}: error: this JavaScript runtime cannot run WasmGC programs ` +
          `(Node ${process.versions.node}); use Node 24 or newer or a current browser\n`,
      );
      process.exit(2);
    }
    throw error;
  }
  const status = await runProgram(module, PROGRAM, process.argv.slice(2), {
    write,
    readLine: linesOfChunks(stdinChunks(readSync)),
    memoryFits: nodeMemoryCheck(v8, vm),
  });
  process.exitCode = status;
}

if (IS_NODE && process.argv[1]) {
  const { pathToFileURL } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:url');
  const { realpathSync } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs');
  let script = null;
  try {
    script = pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    // Not a file (node -e, a REPL): this module was imported, not run.
  }
  if (script === import.meta.url) await runFromCommandLine();
}
