// Control flow without the Relooper, for graphs that enter loops in the middle: a generator's
// body resumes after a yield inside its loops, which makes its graph irreducible, and Binaryen's
// Relooper fails on such graphs when its branches carry code. Here every block is a case of a
// br_table inside one loop, and taking a branch sets the next case and restarts the loop: the
// shape the Relooper itself falls back to for irreducible parts. Same interface as
// binaryen.Relooper, so the function emitter uses either.

import { binaryen, type Expr } from '../wasm/binaryen.ts';

interface Branch {
  to: number;
  condition: Expr | 0;
  code: Expr | 0;
}

export class LabelLoop {
  private readonly module: binaryen.Module;
  private readonly blocks: { code: Expr; branches: Branch[] }[] = [];
  private readonly name: string;

  constructor(module: binaryen.Module, name: string) {
    this.module = module;
    this.name = name;
  }

  addBlock(code: Expr): number {
    this.blocks.push({ code, branches: [] });
    return this.blocks.length - 1;
  }

  addBranch(from: number, to: number, condition: Expr | 0, code: Expr | 0): void {
    this.blocks[from]!.branches.push({ to, condition, code });
  }

  /** The code of all blocks, starting at `entry`; `label` is a free i32 local. */
  renderAndDispose(entry: number, label: number): Expr {
    const m = this.module;
    const loop = `${this.name}:loop`;
    const caseName = (i: number): string => `${this.name}:case${i}`;
    const go = (branch: Branch): Expr[] => [
      ...(branch.code === 0 ? [] : [branch.code]),
      m.local.set(label, m.i32.const(branch.to)),
      m.br(loop),
    ];
    const exits = (branches: Branch[]): Expr[] => {
      const code: Expr[] = [];
      for (const branch of branches) if (branch.condition !== 0) code.push(m.if(branch.condition, m.block(null, go(branch))));
      const fallback = branches.find((b) => b.condition === 0);
      code.push(...(fallback ? go(fallback) : [m.unreachable()]));
      return code;
    };
    const names = this.blocks.map((_, i) => caseName(i));
    let nest: Expr = m.block(names[0]!, [m.switch(names, names[0]!, m.local.get(label, binaryen.i32))]);
    this.blocks.forEach((block, i) => {
      const body = [nest, block.code, ...exits(block.branches)];
      nest = i + 1 < this.blocks.length ? m.block(names[i + 1]!, body) : m.block(null, body);
    });
    return m.block(null, [m.local.set(label, m.i32.const(entry)), m.loop(loop, nest), m.unreachable()]);
  }
}
