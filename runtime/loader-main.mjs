// The bootstrap part of a generated PROG.mjs (appended after host.mjs and the program's data).
// Works unchanged in Node and in browsers: in Node it reads PROG.wasm beside this file and, when
// run as a script, passes process.argv and exits with the program's status; in a browser it
// fetches PROG.wasm and writes to the callbacks the page gives (default: the console).

let compiled = null;

async function loadWasm() {
  const url = new URL(WASM_FILE, import.meta.url);
  if (typeof process !== 'undefined' && process.versions && process.versions.node) {
    const { readFile } = await import('node:fs/promises');
    return readFile(url);
  }
  const response = await fetch(url);
  return response.arrayBuffer();
}

/** Compiles the program's module (once). */
export async function instantiate() {
  if (compiled === null) {
    const bytes = await loadWasm();
    compiled = await WebAssembly.compile(bytes);
  }
  return compiled;
}

function lineWriter(callback) {
  const decoder = new TextDecoder();
  return (bytes) => callback(decoder.decode(bytes, { stream: true }));
}

/** Runs the program with sys.argv[1:] = argv; resolves to its exit status. */
export async function run(argv = [], options = {}) {
  const module = await instantiate();
  const stdout = lineWriter(options.stdout ?? ((text) => console.log(text.replace(/\n$/, ''))));
  const stderr = lineWriter(options.stderr ?? ((text) => console.error(text.replace(/\n$/, ''))));
  return runProgram(module, PROGRAM, argv, { write: (fd, bytes) => (fd === 2 ? stderr(bytes) : stdout(bytes)) });
}

async function runFromCommandLine() {
  const { writeSync } = await import('node:fs');
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
    module = await instantiate();
  } catch (error) {
    if (error instanceof WebAssembly.CompileError) {
      process.stderr.write(
        `${PROGRAM.scriptPath}: error: this JavaScript runtime cannot run WasmGC programs ` +
          `(Node ${process.versions.node}); use Node 24 or newer or a current browser\n`,
      );
      process.exit(2);
    }
    throw error;
  }
  const status = await runProgram(module, PROGRAM, process.argv.slice(2), { write });
  process.exitCode = status;
}

if (typeof process !== 'undefined' && process.versions && process.versions.node && process.argv[1]) {
  const { pathToFileURL } = await import('node:url');
  const { realpathSync } = await import('node:fs');
  if (pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url) await runFromCommandLine();
}
