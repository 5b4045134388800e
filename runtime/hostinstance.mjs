// The host of one instance of a translated program, made of the host functions its module
// imports and no others, so that a program's loader carries only the code it calls: each import
// has a factory (a function named as the import, listed in hostimports.mjs) that receives the
// host context below and returns the function the module calls. runtime/host.mjs gives every
// factory, for running programs in-process; the loader (runtime/loader.ts) only the imported
// ones. Plain JavaScript with no Node imports.
//
// The host context, shared by the functions of one instance:
//   program          the ProgramInfo written by the translator (traceback sites, class names...)
//   io               { write(fd, bytes), readLine?(), memoryFits?(bytes) } (see host.d.mts)
//   memory()         the instance's memory (once instantiated)
//   scratchAddress   where the scratch area is in that memory: the module and the host pass
//                    text and results through it
//   scratch()        the scratch area as bytes
//   putText(text)    writes text as UTF-8 into the scratch area; returns its length in bytes
//   shared(create)   the state that several functions of a group share (the formatter's
//                    pending text, the traceback being printed): create(host) once per instance

const SCRATCH = 65536;
const SCRATCH_SIZE = 65536;

const encoder = new TextEncoder();

/** The imports of a module made of `factories` (import name -> factory), for one instance. */
export function createHost(program, io, factories) {
  let memory = null;
  const states = new Map();
  const host = {
    program,
    io,
    memory: () => memory,
    scratchAddress: SCRATCH,
    scratch: () => new Uint8Array(memory.buffer, SCRATCH, SCRATCH_SIZE),
    putText: (text) => encoder.encodeInto(text, host.scratch()).written,
    shared(create) {
      if (!states.has(create)) states.set(create, create(host));
      return states.get(create);
    },
  };
  const functions = {};
  for (const [name, factory] of Object.entries(factories)) functions[name] = factory(host);
  return {
    imports: { host: functions },
    attach(instance) {
      memory = instance.exports.memory;
    },
    putArgument: host.putText,
  };
}

/**
 * Instantiates a translated program (`module` is a compiled WebAssembly.Module) with the host
 * functions of `factories`. Resolves to the instance, whose exports are the entry functions
 * (`main`, `argv_push`) and `memory`, and start(argv), which passes sys.argv (after the script
 * name) and runs the program, returning its exit status. An instance runs the program once:
 * module-level state is not reset.
 */
export async function instantiateProgram(module, program, io, factories) {
  const host = createHost(program, io, factories);
  const instance = await WebAssembly.instantiate(module, host.imports);
  host.attach(instance);
  const start = (argv) => {
    const push = instance.exports.argv_push;
    if (push) {
      for (const arg of [program.scriptPath, ...argv]) push(host.putArgument(arg));
    }
    return instance.exports.main();
  };
  return { instance, start };
}
