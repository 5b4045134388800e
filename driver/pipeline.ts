// The translation pipeline, phase by phase: parse → scan the module → build the entry graph →
// annotate to a fixpoint → lower and emit wasm → validate → optimize → binary. The CLI and the
// tests call these functions in-process; each phase's duration is recorded.

import { resolve } from 'node:path';
import { parseModule } from '../frontend/parser/parse.ts';
import type { SourceFile } from '../frontend/source.ts';
import { scanModule } from '../frontend/flow/modulescan.ts';
import { buildModuleGraph } from '../frontend/flow/buildgraph.ts';
import type { FunctionGraph } from '../frontend/flowmodel.ts';
import type { PyModule } from '../frontend/program.ts';
import { Annotator } from '../annotator/annotator.ts';
import { ListDef } from '../annotator/listdef.ts';
import { SomeList, SomeString } from '../annotator/model.ts';
import { emitProgram, type EntryPoint, type ProgramInfo } from '../backend/emit/program.ts';
import { optimizeModule } from '../backend/optimize.ts';
import { binaryen } from '../backend/wasm/binaryen.ts';
import { compileError } from '../diagnostics/diagnostic.ts';
import { Diag } from '../diagnostics/catalog.ts';
import { enterPhase } from '../diagnostics/whereabouts.ts';
import { findTargetEntry } from './target.ts';
import { BUILTIN_EXCEPTIONS } from '../frontend/builtins.ts';

export interface Analysis {
  module: PyModule;
  annotator: Annotator;
  entry: EntryPoint;
  /** The module's top-level code, run first in both modes. */
  moduleGraph: FunctionGraph;
}

export interface TranslateOptions {
  /** Optimization level 0-4 (3, the default: the fastest code; 4: Binaryen's full -O3). */
  optimize?: number;
  /** sys.argv[0]: the script path as the user gave it. */
  scriptPath?: string;
  /** Also give the optimized module in WebAssembly's text format. */
  text?: boolean;
  /** Report up to this many independent errors instead of stopping at the first (0). */
  keepGoing?: number;
  /** Keep the functions' names in the binary (a name section), for profilers. */
  names?: boolean;
}

export interface Translation {
  binary: Uint8Array;
  /** The module as text (when asked for). */
  text: string | null;
  info: ProgramInfo;
  analysis: Analysis;
  timings: Record<string, number>;
}

/** What each phase is called in an internal error's message. */
const PHASE_NAMES: Record<string, string> = {
  parse: 'parsing',
  annotate: 'annotating',
  emit: 'generating code for',
  validate: 'validating the module',
  optimize: 'optimizing the module',
  binary: 'writing the module',
};

function timed<T>(timings: Record<string, number>, phase: string, work: () => T): T {
  enterPhase(PHASE_NAMES[phase] ?? phase);
  const start = performance.now();
  try {
    return work();
  } finally {
    timings[phase] = (timings[phase] ?? 0) + performance.now() - start;
  }
}

/** Parses and annotates a program from its entry point (script or RPython-style target). */
export function analyze(source: SourceFile, timings: Record<string, number> = {}, keepGoing = 0): Analysis {
  const tree = timed(timings, 'parse', () => parseModule(source));
  return timed(timings, 'annotate', () => {
    const probe = scanModule('__main__', source, tree);
    const isTarget = probe.bindings.get('target')?.kind === 'function';
    const module = isTarget ? scanModule(moduleNameOf(source.path), source, tree) : probe;
    const annotator = new Annotator();
    annotator.keepGoing = keepGoing;
    // Every builtin exception class exists at run time (the runtime raises them).
    for (const cls of BUILTIN_EXCEPTIONS.values()) annotator.bookkeeper.getClassDef(annotator.bookkeeper.getClassDesc(cls));
    const moduleGraph = buildModuleGraph(module);
    annotator.annotateEntry(moduleGraph, []);
    let entry: EntryPoint = { graph: moduleGraph, kind: 'script' };
    if (isTarget) {
      const entryFunction = findTargetEntry(module);
      const desc = annotator.bookkeeper.getDesc(entryFunction);
      const argv = new ListDef(annotator, { source, span: entryFunction.span });
      argv.item.generalize(new SomeString(), { source, span: entryFunction.span });
      const inputs = [new SomeList(argv)];
      if (entryFunction.paramNames.length !== 1) {
        throw compileError(Diag.NoEntryPoint, `the entry point ${entryFunction.name}() must take exactly one argument (argv)`, source, entryFunction.span);
      }
      const graph = desc.graphFor(inputs);
      annotator.annotateEntry(graph, inputs);
      entry = { graph, kind: 'target', init: moduleGraph };
    }
    annotator.checkAttributesSet();
    return { module, annotator, entry, moduleGraph };
  });
}

function moduleNameOf(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.py$/, '');
}

export function translate(source: SourceFile, options: TranslateOptions = {}): Translation {
  const timings: Record<string, number> = {};
  const analysis = analyze(source, timings, options.keepGoing ?? 0);
  const level = options.optimize ?? 3;
  const { module, info } = timed(timings, 'emit', () =>
    emitProgram(analysis.annotator, analysis.entry, options.scriptPath ?? source.path, resolve(source.path)),
  );
  try {
    timed(timings, 'validate', () => {
      if (!module.validate()) throw new Error(`Binaryen rejected the emitted module:\n${module.emitText().slice(0, 4000)}`);
    });
    // Binaryen's debug-info flag is global: it keeps names through optimization and emission.
    binaryen.setDebugInfo(options.names ?? false);
    if (level > 0) {
      timed(timings, 'optimize', () => optimizeModule(module, level));
    }
    const binary = timed(timings, 'binary', () => module.emitBinary());
    binaryen.setDebugInfo(false);
    const text = options.text ? module.emitText() : null;
    return { binary, text, info, analysis, timings };
  } finally {
    module.dispose();
  }
}

