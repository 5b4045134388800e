// The program generator of the differential fuzzer: random, well-typed, deterministic programs
// inside Wyrm's subset (npm run fuzz, tools/fuzz/fuzz.ts).
//
// A program is planned first (module constants and globals, exception classes, classes with
// attributes and method slots, functions with their signatures), then the bodies are generated
// in a random order of the callables: a body may only call callables generated before it, and a
// recursive function calls itself only through a depth parameter that every call decreases,
// so every program terminates. Each body's cost (statements run, lines printed) is estimated
// as it is generated and calls are only added while the caller stays within its budget.
// The parts: genmodel.ts (options, types, the plan), genexpr.ts (expressions), genstmt.ts
// (statements), genexc.ts (exceptions); this file plans programs and generates the bodies.

import { intLiteral, stringLiteral } from './literals.ts';
import {
  BOOL, FLOAT, INT, NONE, STR, allAttrs, allSlots, descendants, initParams, listOf, sameTy, type Callable, type ClassInfo,
  type Param, type Ty,
} from './pytypes.ts';
import {
  DEFAULT_OPTIONS, BOUND_CLASSES, MAX_PROGRAM_COST, MAX_PROGRAM_LINES, MAX_BODY_COST, MAX_BODY_LINES, MAX_BODY_STATEMENTS,
  MAX_MAIN_STATEMENTS, CLIP, indent, exceptionRoot, tyName, type GenOptions, type Var, type Ctx,
} from './genmodel.ts';
import { ExceptionGenerator } from './genexc.ts';
import { Rng } from './random.ts';

export class Generator extends ExceptionGenerator {
  // ---------------------------------------------------------------- planning

  generate(): string {
    const r = this.rng;
    // Module constants (folded by Wyrm) and globals rebound through `global`.
    for (let i = r.int(0, 3); i > 0; i--) {
      const t = r.pick([INT, INT, FLOAT, STR, BOOL]);
      const e = this.literal(t, false);
      const v: Var = { name: this.fresh('K'), t, b: this.boundClass(e.b), ro: true, global: true };
      this.moduleLines.push(`${v.name} = ${e.c}`);
      this.moduleVars.push(v);
    }
    for (let i = r.int(0, 2); i > 0; i--) {
      const t = r.pick([INT, INT, STR, FLOAT, listOf(INT)]);
      const e = t.k === 'list' ? { c: `[${intLiteral(r, BigInt(r.int(0, 9)))}]`, b: 9n } : this.literal(t, false);
      const v: Var = { name: this.fresh('g'), t, b: this.boundClass(e.b), ro: false, global: true };
      this.moduleLines.push(`${v.name} = ${e.c}`);
      this.moduleVars.push(v);
    }
    if (this.opts.exceptions) this.planExceptionClasses();
    if (this.opts.classes) this.planClasses();
    const callables: Callable[] = [...this.classes.flatMap((c) => c.slots)];
    for (let i = r.int(1, 5); i > 0; i--) {
      const f = this.planCallable(this.fresh('f'), null, r.chance(0.3));
      this.functions.push(f);
      callables.push(f);
    }
    // A random order of generation: each body calls only callables generated before it.
    for (let i = callables.length - 1; i > 0; i--) {
      const j = r.below(i + 1);
      [callables[i], callables[j]] = [callables[j]!, callables[i]!];
    }
    callables.forEach((c, i) => (c.order = i));
    for (const c of [...this.excClasses, ...this.classes]) this.generateSpecialMethods(c);
    for (const c of callables) this.generateCallable(c);

    // The module-level code, in a main() function or at the top level.
    const inMain = r.chance(0.3);
    this.acc = { cost: 0, lines: 0, resizes: false, globals: new Set(), recursiveCalls: 0, raises: new Set(), statements: 0 };
    this.accLimit = { cost: MAX_PROGRAM_COST, lines: MAX_PROGRAM_LINES, statements: MAX_MAIN_STATEMENTS };
    const ctx: Ctx = {
      vars: [...this.moduleVars], fn: null, cls: null, mult: 1, loop: false, noResize: false, handler: false, depth: 0,
      raised: null, inFinally: false, inFunction: inMain,
    };
    let body = this.block(ctx, this.opts.size + r.int(-6, 10), true);
    if (this.opts.exceptions && r.chance(0.35)) {
      const handler = r.pick(['Exception', 'ArithmeticError', 'LookupError', 'ValueError']);
      body = ['try:', ...indent(body), `except ${handler} as error:`, `    print(${stringLiteral(r, 'stopped:')}, repr(error))`];
    }

    const out: string[] = ['import math', 'import sys', '', ...this.moduleLines, ''];
    for (const c of [...this.excClasses, ...this.classes]) out.push(...this.classText(c), '');
    for (const f of this.functions) out.push(...this.functionBodies.get(f)!, '');
    if (this.usesClip) out.push(...CLIP, '');
    if (inMain) {
      const globals = [...this.acc.globals];
      out.push('def main() -> None:');
      if (globals.length) out.push(`    global ${globals.join(', ')}`);
      out.push(...indent(body), '', '', 'main()');
    } else {
      out.push(...body);
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
  }

  protected planExceptionClasses(): void {
    const r = this.rng;
    for (let i = r.int(0, 3); i > 0; i--) {
      const base = this.excClasses.length && r.chance(0.4) ? r.pick(this.excClasses) : null;
      const cls: ClassInfo = {
        name: this.fresh('E'), base, excBase: base ? null : r.pick(['Exception', 'Exception', 'ValueError', 'RuntimeError', 'LookupError', 'ArithmeticError']),
        attrs: [], init: null, slots: [], bodies: new Map(), hasStr: false, hasRepr: false, subclasses: [],
      };
      if ((!base || initParams(base).length === 0) && r.chance(0.35)) {
        cls.init = [{ name: 'msg', t: STR, b: 0n }, { name: 'code', t: INT, b: 1000n }];
        cls.attrs.push({ name: 'code', t: INT, b: 1000n });
      }
      base?.subclasses.push(cls);
      this.excClasses.push(cls);
    }
  }

  protected planClasses(): void {
    const r = this.rng;
    for (let i = r.int(0, 4); i > 0; i--) {
      const base = this.classes.length && r.chance(0.5) ? r.pick(this.classes) : null;
      const cls: ClassInfo = {
        name: this.fresh('C'), base, excBase: null, attrs: [], init: null, slots: [], bodies: new Map(),
        hasStr: false, hasRepr: false, subclasses: [],
      };
      const ownAttrs = r.int(base ? 0 : 1, 3);
      for (let a = 0; a < ownAttrs; a++) {
        const t = this.scalarOrListType(r.chance(0.15) ? this.classes.filter((c) => c !== cls) : []);
        cls.attrs.push({ name: this.fresh('a'), t, b: t.k === 'int' || (t.k === 'list' && t.item.k === 'int') ? r.pick(BOUND_CLASSES.slice(0, 5)) : 0n });
      }
      if (!base || cls.attrs.length || r.chance(0.3)) {
        const inherited = base ? initParams(base) : [];
        cls.init = [...inherited.map((p) => ({ ...p, name: this.fresh('p') })), ...cls.attrs.filter(() => r.chance(0.8)).map((a) => ({ name: this.fresh('p'), t: a.t, b: a.b }))];
        this.addDefaults(cls.init);
        // A parameter without a default may not follow one with a default.
        let required = false;
        for (let i = cls.init.length - 1; i >= 0; i--) {
          if (cls.init[i]!.def === undefined) required = true;
          else if (required) delete cls.init[i]!.def;
        }
      }
      if (!base) {
        if (r.chance(0.85)) cls.hasStr = true;
        if (r.chance(0.5)) cls.hasRepr = true;
      } else {
        cls.hasStr = r.chance(0.3);
        cls.hasRepr = r.chance(0.2);
      }
      for (let m = r.int(0, 3); m > 0; m--) cls.slots.push(this.planCallable(this.fresh('m'), cls, false));
      base?.subclasses.push(cls);
      this.classes.push(cls);
    }
  }

  /** Gives trailing parameters literal defaults (ints, floats, strs, bools only). */
  protected addDefaults(params: Param[]): void {
    for (let i = params.length - 1; i >= 0; i--) {
      const p = params[i]!;
      if (!['int', 'float', 'str', 'bool'].includes(p.t.k) || !this.rng.chance(0.4)) break;
      const lit = this.literal(p.t, false, p.b);
      p.def = lit.c;
    }
  }

  protected scalarOrListType(classes: ClassInfo[]): Ty {
    const r = this.rng;
    const k = r.weighted({ int: 5, float: 2, str: 3, bool: 1, list: 2, inst: classes.length ? 1 : 0 });
    if (k === 'list') return listOf(r.pick([INT, INT, FLOAT, STR, BOOL]));
    if (k === 'inst') return { k: 'inst', cls: r.pick(classes) };
    return { int: INT, float: FLOAT, str: STR, bool: BOOL }[k];
  }

  protected planCallable(name: string, owner: ClassInfo | null, recursive: boolean): Callable {
    const r = this.rng;
    const params: Param[] = [];
    for (let i = r.int(0, 3); i > 0; i--) {
      const t = this.scalarOrListType(this.classes.filter((c) => c !== owner));
      params.push({ name: this.fresh('p'), t, b: r.pick(BOUND_CLASSES.slice(0, 6)) });
    }
    this.addDefaults(params);
    const ret = r.chance(0.2) ? NONE : this.scalarOrListType(this.classes.filter((c) => c !== owner));
    return {
      name, order: 0, params, ret, retB: r.pick(BOUND_CLASSES.slice(0, 6)), maxDepth: recursive ? r.int(1, 5) : 0,
      owner, cost: 1, lines: 0, resizes: false, raises: new Set(), done: false,
    };
  }

  // ---------------------------------------------------------------- bodies

  protected startBody(): void {
    this.acc = { cost: 0, lines: 0, resizes: false, globals: new Set(), recursiveCalls: 0, raises: new Set(), statements: 0 };
    this.accLimit = { cost: MAX_BODY_COST, lines: MAX_BODY_LINES, statements: MAX_BODY_STATEMENTS };
  }

  protected baseCtx(fn: Callable | null, cls: ClassInfo | null, params: Param[]): Ctx {
    const vars: Var[] = [...this.moduleVars];
    if (cls) vars.push({ name: 'self', t: { k: 'inst', cls }, b: 0n, ro: true, global: false });
    for (const p of params) vars.push({ name: p.name, t: p.t, b: p.b, ro: this.rng.chance(0.5), global: false });
    return { vars, fn, cls, mult: 1, loop: false, noResize: false, handler: false, depth: 1, raised: null, inFinally: false, inFunction: true };
  }

  protected signature(f: Callable, self: boolean): string {
    const ps = f.params.map((p) => {
      const ann = this.annotation(p.t);
      return `${p.name}${ann ? `: ${ann}` : ''}${p.def !== undefined ? (ann ? ` = ${p.def}` : `=${p.def}`) : ''}`;
    });
    if (f.maxDepth) ps.unshift('depth: int');
    if (self) ps.unshift('self');
    const ret = this.annotation(f.ret);
    return `def ${f.name}(${ps.join(', ')})${ret ? ` -> ${ret}` : ''}:`;
  }

  /** A type annotation (omitted at random, and for classes, which may be defined later). */
  protected annotation(t: Ty): string | null {
    if (t.k === 'inst' || t.k === 'exc' || (t.k === 'list' && t.item.k === 'inst') || this.rng.chance(0.15)) return null;
    return tyName(t);
  }

  protected generateCallable(f: Callable): void {
    const impls = f.owner ? descendants(f.owner).filter((c) => c === f.owner || this.rng.chance(0.4)) : [null];
    let cost = 1;
    let lines = 0;
    let resizes = false;
    const raises = new Set<string>();
    for (const cls of impls) {
      this.startBody();
      const ctx = this.baseCtx(f, cls, f.params);
      if (f.maxDepth) ctx.vars.push({ name: 'depth', t: INT, b: BigInt(f.maxDepth), ro: true, global: false });
      const body: string[] = [];
      if (f.maxDepth) {
        body.push('if depth <= 0:', ...indent(this.returnLines(ctx, f, true)));
      }
      if (cls && cls !== f.owner && this.rng.chance(0.4)) {
        // An override that first calls the method it overrides.
        const call = `super().${f.name}(${this.callArgs(ctx, f, f.maxDepth ? 'depth' : null)})`;
        if (f.ret.k !== 'none' && this.rng.chance(0.6)) {
          const v: Var = { name: this.fresh('v'), t: f.ret, b: f.retB, ro: false, global: false };
          body.push(`${v.name} = ${call}`);
          ctx.vars.push(v);
        } else body.push(call);
        this.acc.cost += cost;
      }
      body.push(...this.block(ctx, this.rng.int(1, 6), false));
      body.push(...this.returnLines(ctx, f, false));
      const globals = [...this.acc.globals];
      const text = [this.signature(f, cls !== null), ...(globals.length ? [`    global ${globals.join(', ')}`] : []), ...indent(body)];
      let bodyCost = this.acc.cost + 1;
      let bodyLines = this.acc.lines;
      if (f.maxDepth) {
        const factor = this.acc.recursiveCalls >= 2 ? 2 ** (f.maxDepth + 1) : f.maxDepth + 1;
        bodyCost *= factor;
        bodyLines *= factor;
      }
      cost = Math.max(cost, bodyCost);
      lines = Math.max(lines, bodyLines);
      resizes ||= this.acc.resizes;
      this.acc.raises.forEach((n) => raises.add(n));
      if (cls) cls.bodies.set(f.name, text);
      else this.functionBodies.set(f, text);
    }
    f.cost = cost;
    f.lines = lines;
    f.resizes = resizes;
    f.raises = raises;
    f.done = true;
  }

  protected returnLines(ctx: Ctx, f: Callable, base: boolean): string[] {
    if (f.ret.k === 'none') return base || this.rng.chance(0.3) ? ['return'] : [];
    const e = base ? this.expr({ ...ctx, fn: null }, f.ret, 1, f.retB) : this.expr(ctx, f.ret, 2, f.retB);
    return [`return ${e.c}`];
  }

  /** __init__, __str__ and __repr__ (they call no other callable, so they cost little). */
  protected generateSpecialMethods(c: ClassInfo): void {
    if (c.init) {
      this.startBody();
      const lines: string[] = [];
      const inherited = c.base ? initParams(c.base) : [];
      const isException = exceptionRoot(c) !== null;
      if (isException) {
        lines.push(`super().__init__(${c.init[0]?.name ?? ''})`);
      } else if (c.base) {
        lines.push(`super().__init__(${c.init.slice(0, inherited.length).map((p) => p.name).join(', ')})`);
      }
      const rest = c.init.slice(isException ? 0 : inherited.length);
      // No `self` in scope: the attributes are not set yet.
      const ctx = this.baseCtx(null, null, c.init);
      ctx.inFunction = false;
      for (const a of c.attrs) {
        const p = isException ? rest.find((q) => q.name === a.name) : rest.find((q) => sameTy(q.t, a.t) && q.b === a.b);
        if (p) rest.splice(rest.indexOf(p), 1);
        const value = p ? p.name : this.expr({ ...ctx, fn: null }, a.t, 1, a.b).c;
        lines.push(`self.${a.name} = ${value}`);
      }
      if (lines.length === 0) lines.push('pass');
      const ps = c.init.map((p) => {
        const ann = this.annotation(p.t);
        return `${p.name}${ann ? `: ${ann}` : ''}${p.def !== undefined ? (ann ? ` = ${p.def}` : `=${p.def}`) : ''}`;
      });
      c.bodies.set('__init__', [`def __init__(${['self', ...ps].join(', ')}):`, ...indent(lines)]);
    }
    for (const special of ['__str__', '__repr__'] as const) {
      if (!(special === '__str__' ? c.hasStr : c.hasRepr)) continue;
      const parts = allAttrs(c).filter((a) => a.t.k !== 'inst' && !(a.t.k === 'list' && a.t.item.k === 'inst'));
      const r = this.rng;
      let body: string;
      if (r.chance(0.5)) {
        const fields = parts.map((a) => `${a.name}={self.${a.name}${r.chance(0.3) ? '!r' : ''}}`);
        body = `return f"${c.name}(${fields.join(', ')})"`;
      } else {
        const fields = parts.map((a) => `${stringLiteral(r, `${a.name}=`)} + ${r.chance(0.5) ? 'str' : 'repr'}(self.${a.name})`);
        body = `return ${[stringLiteral(r, `<${c.name} `), ...fields, stringLiteral(r, '>')].join(' + ')}`;
      }
      c.bodies.set(special, [`def ${special}(self) -> str:`, `    ${body}`]);
    }
  }

  protected classText(c: ClassInfo): string[] {
    const base = c.base ? c.base.name : c.excBase;
    const out = [`class ${c.name}${base ? `(${base})` : ''}:`];
    const methods = ['__init__', '__str__', '__repr__', ...allSlots(c).map((s) => s.name)];
    let any = false;
    for (const m of methods) {
      const body = c.bodies.get(m);
      if (!body) continue;
      if (any) out.push('');
      out.push(...indent(body));
      any = true;
    }
    if (!any) out.push('    pass');
    return out;
  }
}

/** Program `index` of the run seeded `seed`. */
export function generateProgram(seed: number, index: number, options: Partial<GenOptions> = {}): string {
  const rng = Rng.forItem(seed, index);
  return new Generator(rng, { ...DEFAULT_OPTIONS, ...options }).generate();
}
