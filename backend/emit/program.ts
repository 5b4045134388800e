// Assembles the wasm module of a whole program: one function per annotated graph, the entry
// function `main` that runs the program and turns an uncaught exception into a traceback and
// an exit status, the memory the host reads output from, and the table of traceback sites the
// host needs to print tracebacks.

import { binaryen, newModule, type Expr } from '../wasm/binaryen.ts';
import type { FunctionGraph } from '../../frontend/flowmodel.ts';
import type { Annotator } from '../../annotator/annotator.ts';
import { WasmGCModel } from '../memory/wasmgc.ts';
import { RTyper } from '../rtyper.ts';
import { Support, MEMORY_PAGES } from '../support/support.ts';
import { flush } from '../support/output.ts';
import { pendingException, printTraceback } from '../support/exceptions.ts';
import { exitCode } from '../support/exit.ts';
import { writeStr } from '../support/output.ts';
import { MATH1, MATH2 } from '../support/numbers.ts';
import { EXCEPTION, EXCEPTION_OR_NONE } from '../support/types.ts';
import { ListRepr } from '../repr/list.ts';
import { argvList } from '../support/argv.ts';
import { FunctionEmitter } from './function.ts';
import { builtinExceptionMaker } from './exceptionlayout.ts';
import { ModuleContext } from './modulecontext.ts';
import { compileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { sourceOfGraph } from '../../annotator/position.ts';
import { SiteTable, type SiteData } from './sites.ts';
import { ClassLayout } from './classes.ts';
import { callGraphDroppingStatus } from './graphcall.ts';

/** What the host needs besides the wasm: traceback texts, class names, the math tables. */
export interface ProgramInfo {
  scriptPath: string;
  sites: SiteData;
  classNames: string[];
  math1: string[];
  math2: string[];
}

export interface EmittedProgram {
  module: binaryen.Module;
  info: ProgramInfo;
}

export interface EntryPoint {
  graph: FunctionGraph;
  /** 'script': the module's top-level code; 'target': entry_point(argv) returning the exit status. */
  kind: 'script' | 'target';
  /** Run before the entry function (a target module's top-level code). */
  init?: FunctionGraph;
}

/**
 * `scriptPath` is sys.argv[0]; `tracebackPath` the file name tracebacks print (CPython prints
 * the main script's absolute path).
 */
export function emitProgram(annotator: Annotator, entry: EntryPoint, scriptPath: string, tracebackPath: string): EmittedProgram {
  const module = newModule();
  const model = new WasmGCModel(module);
  const support = new Support(module, model, new ClassLayout(annotator.bookkeeper.allClassDefs()));
  const rtyper = new RTyper(annotator);
  const sites = new SiteTable(() => tracebackPath);
  const ctx = new ModuleContext(module, model, support, rtyper, sites);
  support.exceptionMaker = builtinExceptionMaker(ctx);
  module.setMemory(MEMORY_PAGES, MEMORY_PAGES, 'memory');

  for (const graph of annotator.graphs) rtyper.specialize(graph);
  for (const graph of annotator.graphs) new FunctionEmitter(ctx, graph, true).emit();
  emitMain(ctx, entry);

  const info: ProgramInfo = {
    scriptPath,
    sites: sites.data(),
    classNames: ctx.classes.names,
    math1: MATH1,
    math2: MATH2,
  };
  return { module, info };
}

function emitMain(ctx: ModuleContext, entry: EntryPoint): void {
  const m = ctx.module;
  const model = ctx.model;
  const support = ctx.support;
  const exc = pendingException(support);
  const excType = model.valueType(EXCEPTION_OR_NONE);
  const resultType = FunctionEmitter.resultType(ctx, entry.graph);
  const body: Expr[] = [];
  const statusLocal = 0;
  if (entry.kind === 'script') {
    const run = callGraphDroppingStatus(ctx, entry.graph, [], m.i32.const(0));
    body.push(resultType === binaryen.none ? run : m.drop(run));
    body.push(m.local.set(statusLocal, m.i32.const(0)));
  } else {
    const argvRepr = ctx.rtyper.reprOfValue(entry.graph.startblock.inputargs[0]!) as ListRepr;
    const argv = m.global.get(argvList(support, argvRepr), model.valueType(argvRepr.lltype));
    // entry_point returns the exit status (an int), or None for 0.
    const call = callGraphDroppingStatus(ctx, entry.graph, [argv], m.i32.const(0));
    const returned = ctx.rtyper.annotator.annotation(entry.graph.getReturnVar());
    if (resultType !== binaryen.none && resultType !== binaryen.i64 && resultType !== binaryen.i32) {
      throw compileError(Diag.NoEntryPoint, `entry_point() must return an int (the exit status) or None, not ${returned}`, sourceOfGraph(entry.graph), entry.graph.span ?? { start: 0, length: 0 });
    }
    const status = resultType === binaryen.none ? m.block(null, [call, m.i32.const(0)], binaryen.i32) : resultType === binaryen.i64 ? m.i32.wrap(call) : call;
    const runEntry = m.local.set(statusLocal, status);
    if (entry.init) {
      const initType = FunctionEmitter.resultType(ctx, entry.init);
      const init = callGraphDroppingStatus(ctx, entry.init, [], m.i32.const(0));
      body.push(initType === binaryen.none ? init : m.drop(init));
      // The entry point runs only if the module's top-level code raised nothing.
      body.push(m.if(model.isNull(m.global.get(exc, excType)), runEntry));
    } else {
      body.push(runEntry);
    }
  }
  const pending = (): Expr => m.global.get(exc, excType);
  const classOf = (): Expr => model.structGet(EXCEPTION, pending(), 'class');
  const message = (): Expr => model.structGet(EXCEPTION, pending(), '.message');
  const systemExit = ctx.classId('SystemExit');
  body.push(
    m.if(
      model.isNull(pending()),
      m.block(null, [m.call(flush(support), [], binaryen.none), m.return(m.local.get(statusLocal, binaryen.i32))]),
    ),
    m.if(
      m.i32.eq(classOf(), m.i32.const(systemExit)),
      m.block(null, [
        m.call(flush(support), [], binaryen.none),
        m.if(
          m.i32.eqz(model.isNull(message())),
          m.block(null, [
            m.call(writeStr(support), [m.i32.const(2), message()], binaryen.none),
            m.call(writeStr(support), [m.i32.const(2), support.str('\n')], binaryen.none),
            m.call(flush(support), [], binaryen.none),
          ]),
        ),
        m.return(m.global.get(exitCode(support), binaryen.i32)),
      ]),
    ),
    m.call(printTraceback(support), [], binaryen.none),
    m.return(m.i32.const(1)),
  );
  m.addFunction('main', binaryen.createType([]), binaryen.i32, [binaryen.i32], m.block(null, body));
  m.addFunctionExport('main', 'main');
}
