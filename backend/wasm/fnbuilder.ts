// A small helper for writing wasm functions by hand (the runtime support code): named
// parameters and locals, so the support functions read like the algorithms they implement.

import { binaryen, type Expr, type WasmType } from './binaryen.ts';

export class FunctionBuilder {
  readonly module: binaryen.Module;
  readonly name: string;
  private readonly params: { name: string; type: WasmType }[];
  private readonly vars: { name: string; type: WasmType }[] = [];
  private readonly indexes = new Map<string, { index: number; type: WasmType }>();

  constructor(module: binaryen.Module, name: string, params: [string, WasmType][]) {
    this.module = module;
    this.name = name;
    this.params = params.map(([n, type]) => ({ name: n, type }));
    this.params.forEach((p, index) => this.indexes.set(p.name, { index, type: p.type }));
  }

  /** Declares a local (once) and returns its index. */
  local(name: string, type: WasmType): number {
    const known = this.indexes.get(name);
    if (known) return known.index;
    const index = this.params.length + this.vars.length;
    this.vars.push({ name, type });
    this.indexes.set(name, { index, type });
    return index;
  }

  get(name: string): Expr {
    const entry = this.indexes.get(name);
    if (!entry) throw new Error(`${this.name}: no local ${name}`);
    return this.module.local.get(entry.index, entry.type);
  }

  set(name: string, value: Expr, type?: WasmType): Expr {
    const entry = this.indexes.get(name);
    const index = entry ? entry.index : this.local(name, type ?? binaryen.getExpressionType(value));
    return this.module.local.set(index, value);
  }

  tee(name: string, value: Expr, type?: WasmType): Expr {
    const resolved = type ?? binaryen.getExpressionType(value);
    const index = this.local(name, resolved);
    return this.module.local.tee(index, value, this.indexes.get(name)!.type);
  }

  /** Adds the function to the module. */
  finish(result: WasmType, body: Expr[]): string {
    const m = this.module;
    m.addFunction(
      this.name,
      binaryen.createType(this.params.map((p) => p.type)),
      result,
      this.vars.map((v) => v.type),
      body.length === 1 ? body[0]! : m.block(null, body, result === binaryen.none ? binaryen.none : binaryen.auto),
    );
    return this.name;
  }
}

/** `while (cond) { body }` as a wasm loop. */
export function whileLoop(m: binaryen.Module, label: string, cond: Expr, body: Expr[]): Expr {
  return m.block(`${label}_exit`, [
    m.loop(`${label}_loop`, m.block(null, [m.br(`${label}_exit`, m.i32.eqz(cond)), ...body, m.br(`${label}_loop`)])),
  ]);
}
