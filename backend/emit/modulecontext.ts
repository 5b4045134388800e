// Everything the lowering of one program shares: the binaryen module, the value model, the
// runtime support registry, the representations chosen for the annotations, the traceback
// site table and the wasm names of the translated graphs.

import type { binaryen } from '../wasm/binaryen.ts';
import type { FunctionGraph } from '../../frontend/flowmodel.ts';
import type { ValueModel } from '../memory/valuemodel.ts';
import type { Support } from '../support/support.ts';
import type { RTyper } from '../rtyper.ts';
import type { SiteTable } from './sites.ts';
import type { ClassLayout } from './classes.ts';

export class ModuleContext {
  readonly module: binaryen.Module;
  readonly model: ValueModel;
  readonly support: Support;
  readonly rtyper: RTyper;
  readonly sites: SiteTable;
  readonly classes: ClassLayout;
  private readonly functionNames = new Map<FunctionGraph, string>();
  private readonly usedNames = new Set<string>();

  constructor(module: binaryen.Module, model: ValueModel, support: Support, rtyper: RTyper, sites: SiteTable) {
    this.module = module;
    this.model = model;
    this.support = support;
    this.rtyper = rtyper;
    this.sites = sites;
    this.classes = support.classes;
  }

  /** The class id of a builtin exception class. */
  classId(name: string): number {
    return this.classes.builtinId(name);
  }

  /** The wasm function name of a graph: its Python name, made unique. */
  functionName(graph: FunctionGraph): string {
    let name = this.functionNames.get(graph);
    if (name === undefined) {
      const base = `py:${graph.name}`;
      name = base;
      for (let n = 2; this.usedNames.has(name); n++) name = `${base}#${n}`;
      this.usedNames.add(name);
      this.functionNames.set(graph, name);
    }
    return name;
  }
}
