// Statements of the program generator (generate.ts): assignments, prints, if, for and while
// loops (with their estimated cost), list operations, attribute stores and calls, within the
// budget of the body being generated.

import { INT64_MAX, intLiteral, stringLiteral } from './literals.ts';
import {
  BOOL, FLOAT, INT, STR, allAttrs, descendants, listOf, printable, sameTy, type ListTy, type ClassInfo, type Callable, type Ty,
} from './pytypes.ts';
import {
  P, FULL, ANY, BOUND_CLASSES, ASSUMED_LIST_LENGTH, indent, wrap, maxB, nextPow2, intItems, type E, type Var, type Ctx,
} from './genmodel.ts';
import { ExpressionGenerator } from './genexpr.ts';

export abstract class StatementGenerator extends ExpressionGenerator {
  /** The statements made elsewhere: exceptions (genexc.ts), returns (generate.ts). */
  protected abstract tryStmt(ctx: Ctx): string[];
  protected abstract raiseStmt(ctx: Ctx): [string[], boolean];
  protected abstract risky(ctx: Ctx): string[];
  protected abstract returnLines(ctx: Ctx, f: Callable, base: boolean): string[];

  // ---------------------------------------------------------------- statements

  protected child(ctx: Ctx, changes: Partial<Ctx> = {}): Ctx {
    return { ...ctx, vars: [...ctx.vars], depth: ctx.depth + 1, ...changes };
  }

  /** A block of about n statements; stops early after a statement that always leaves it. */
  protected block(ctx: Ctx, n: number, top: boolean): string[] {
    // Deeper blocks are shorter: programs stay readable and quick to translate and shrink.
    n = Math.min(n, ctx.depth <= 1 ? n : ctx.depth === 2 ? 3 : 2);
    const lines: string[] = [];
    for (let i = 0; i < n && this.acc.statements < this.accLimit.statements; i++) {
      this.acc.statements++;
      const [stmt, leaves] = this.statement(ctx, top);
      lines.push(...stmt);
      if (leaves && !this.rng.chance(0.1)) break;
    }
    return lines.length ? lines : ['pass'];
  }

  /** One statement, and whether it always leaves the block (return, raise, break, continue). */
  protected statement(ctx: Ctx, top: boolean): [string[], boolean] {
    const r = this.rng;
    const nested = ctx.depth < (top ? 4 : 3) && ctx.mult <= 100;
    const lists = this.varsOf(ctx, (v) => v.t.k === 'list');
    const insts = this.varsOf(ctx, (v) => v.t.k === 'inst');
    const exc = this.opts.exceptions;
    const kind = r.weighted({
      newvar: 6, assign: 3, aug: 2, print: 5, if: nested ? 3 : 0, forRange: nested ? 2 : 0, forEach: nested ? 1.5 : 0,
      while: nested ? 1 : 0, listop: lists.length ? 3 : 0, attr: insts.length ? 1.5 : 0, call: 2,
      try: exc && nested ? (ctx.depth <= 1 ? 3 : 1.5) : 0, raise: exc ? (ctx.raised ? 1.5 : ctx.fn ? 0.08 : 0.03) : 0,
      jump: ctx.loop ? 1 : 0, ret: ctx.fn ? 0.4 : 0, narrow: nested && insts.some((v) => !v.global && (v.t as { cls: ClassInfo }).cls.subclasses.length) ? 1 : 0, risky: ctx.raised ? 2 : 0.05, drain: lists.length && nested && !ctx.noResize ? 0.3 : 0,
    });
    this.charge(ctx, 1);
    switch (kind) {
      case 'newvar':
        return [this.newVar(ctx), false];
      case 'assign':
        return [this.assign(ctx), false];
      case 'aug':
        return [this.augAssign(ctx), false];
      case 'print':
        return [this.print(ctx), false];
      case 'if':
        return [this.ifStmt(ctx), false];
      case 'forRange':
        return [this.forRange(ctx), false];
      case 'forEach':
        return [this.forEach(ctx), false];
      case 'while':
        return [this.whileStmt(ctx), false];
      case 'listop':
        return [this.listOp(ctx, r.pick(lists)), false];
      case 'attr':
        return [this.attrAssign(ctx, r.pick(insts)), false];
      case 'call':
        return [this.callStmt(ctx), false];
      case 'try':
        return [this.tryStmt(ctx), false];
      case 'raise':
        return this.raiseStmt(ctx);
      case 'jump':
        return this.jump(ctx);
      case 'ret': {
        const lines = this.returnLines(ctx, ctx.fn!, false);
        if (lines.length === 0) return [['pass'], false];
        if (r.chance(0.6)) return [[`if ${this.cond(ctx)}:`, ...indent(lines)], false];
        return [lines, true];
      }
      case 'risky':
        return [this.risky(ctx), false];
      case 'drain':
        return [this.drain(ctx, r.pick(lists)), false];
      case 'narrow':
        return [this.narrow(ctx), false];
    }
  }

  /** `if isinstance(o, Sub):` with o seen as a Sub inside the branch. */
  protected narrow(ctx: Ctx): string[] {
    const r = this.rng;
    const v = r.pick(this.varsOf(ctx, (w) => w.t.k === 'inst' && !w.global && w.t.cls.subclasses.length > 0));
    const sub = r.pick(descendants((v.t as { cls: ClassInfo }).cls).slice(1));
    const inner = this.child(ctx);
    inner.vars = inner.vars.map((w) => (w === v ? { ...w, t: { k: 'inst', cls: sub }, ro: true } : w));
    const out = [`if isinstance(${v.name}, ${sub.name}):`, ...indent(this.block(inner, r.int(1, 3), false))];
    if (r.chance(0.3)) out.push('else:', ...indent(this.block(this.child(ctx), r.int(1, 2), false)));
    return out;
  }

  protected declareVar(ctx: Ctx, t: Ty, b: bigint): Var {
    const v: Var = { name: this.fresh('v'), t, b, ro: false, global: false };
    ctx.vars.push(v);
    return v;
  }

  protected boundClass(b: bigint): bigint {
    const fits = BOUND_CLASSES.filter((c) => c >= b);
    return this.rng.chance(0.7) ? fits[0]! : this.rng.pick(fits);
  }

  protected newVar(ctx: Ctx): string[] {
    const t = this.anyType(ctx);
    const e = this.expr(ctx, t, 3, t.k === 'list' ? ANY : FULL);
    const b = !intItems(t) ? 0n : e.alias ? e.b : this.boundClass(e.b);
    const v = this.declareVar(ctx, e.t.k === 'inst' ? t : e.t, b);
    return [`${v.name} = ${e.c}`];
  }

  protected anyType(ctx: Ctx): Ty {
    const r = this.rng;
    const classes = this.classes;
    const k = r.weighted({ int: 6, float: 2.5, str: 3, bool: 1.5, list: 2.5, inst: classes.length ? 1.5 : 0, nested: 0.2 });
    switch (k) {
      case 'list':
        return listOf(r.pick<Ty>([INT, INT, FLOAT, STR, BOOL, ...classes.filter((c) => printable({ k: 'inst', cls: c }, true)).map((cls): Ty => ({ k: 'inst', cls }))]));
      case 'nested':
        return listOf(listOf(r.pick([INT, STR])));
      case 'inst':
        return { k: 'inst', cls: r.pick(classes) };
      default:
        void ctx;
        return { int: INT, float: FLOAT, str: STR, bool: BOOL }[k];
    }
  }

  protected writable(ctx: Ctx, v: Var): boolean {
    if (v.ro) return false;
    if (v.global && ctx.fn === null && ctx.cls !== null) return false; // __init__ bodies
    return true;
  }

  protected noteWrite(ctx: Ctx, v: Var): void {
    if (v.global && ctx.inFunction) this.acc.globals.add(v.name);
  }

  protected assign(ctx: Ctx): string[] {
    const targets = this.varsOf(ctx, (v) => this.writable(ctx, v) && v.t.k !== 'exc');
    if (targets.length === 0) return this.newVar(ctx);
    const r = this.rng;
    if (targets.length >= 2 && r.chance(0.12)) {
      // Parallel assignment, or a swap.
      const [a, b] = [r.pick(targets), r.pick(targets)];
      if (a !== b && sameTy(a.t, b.t) && a.b === b.b) {
        this.noteWrite(ctx, a);
        this.noteWrite(ctx, b);
        return [`${a.name}, ${b.name} = ${b.name}, ${a.name}`];
      }
    }
    const v = r.pick(targets);
    this.noteWrite(ctx, v);
    return [`${v.name} = ${this.stored(ctx, v.t, 3, v.b).c}`];
  }

  /** A value stored over an existing one (a variable, attribute or item): strings go through
   *  clip() and lists are new ones unless aliased on purpose, so that nothing grows without end. */
  protected stored(ctx: Ctx, t: Ty, depth: number, bound: bigint): E {
    const e = this.expr(ctx, t, depth, bound);
    if (t.k !== 'str' || (/^['"]/.test(e.c) && e.p === P.atom)) return e;
    this.usesClip = true;
    return { c: `clip(${e.c})`, t, b: 0n, p: P.atom };
  }

  protected augAssign(ctx: Ctx): string[] {
    const r = this.rng;
    const targets = this.varsOf(ctx, (v) => this.writable(ctx, v) && ['int', 'float', 'str', 'list'].includes(v.t.k));
    if (targets.length === 0) return this.newVar(ctx);
    const v = r.pick(targets);
    this.noteWrite(ctx, v);
    switch (v.t.k) {
      case 'int': {
        const op = r.pick(['+=', '-=', '*=', '//=', '%=', '&=', '|=', '^=', '>>=', '<<=']);
        if (op === '%=') return [`${v.name} %= ${this.modulus(v.b)}`];
        if (op === '//=') return [`${v.name} //= ${wrap(this.divisor(ctx), P.unary)}`];
        if (op === '>>=') return [`${v.name} >>= ${r.int(0, 70)}`];
        let right: E;
        let grows: bigint;
        if (op === '<<=') {
          const k = r.int(0, 8);
          right = { c: String(k), t: INT, b: BigInt(k), p: P.atom };
          grows = v.b << BigInt(k);
        } else if (op === '*=') {
          right = this.intExpr(ctx, 1, 1000n);
          grows = v.b * right.b;
        } else {
          right = this.intExpr(ctx, 2, v.b);
          grows = ['&=', '|=', '^='].includes(op) ? nextPow2(maxB(v.b, right.b) + 1n) : v.b + right.b;
        }
        const stmt = `${v.name} ${op} ${right.c}`;
        if (grows > INT64_MAX && !r.chance(this.opts.overflow)) return [`${v.name} = ${this.intExpr(ctx, 2, v.b).c}`];
        return grows > v.b ? [stmt, `${v.name} %= ${this.modulus(v.b)}`] : [stmt];
      }
      case 'float':
        return [`${v.name} ${r.pick(['+=', '-=', '*=', '/='])} ${this.expr(ctx, FLOAT, 2, FULL).c}`];
      case 'str': {
        const e = this.strExpr(ctx, 2);
        this.usesClip = true;
        return r.chance(0.5) ? [`${v.name} += ${e.c}`, `${v.name} = clip(${v.name})`] : [`${v.name} = clip(${v.name} + ${wrap(e, P.add + 1)})`];
      }
      default:
        if (ctx.noResize || ctx.mult > 30) return [`print(len(${v.name}))`];
        this.acc.resizes = true;
        return [`${v.name} += ${this.listExpr(ctx, v.t as ListTy, 2, v.b, true).c}`];
    }
  }

  protected print(ctx: Ctx): string[] {
    const r = this.rng;
    if (!this.canAfford(ctx, 0, 1)) {
      const e = this.intExpr(ctx, 1, 1000n);
      return [`${this.declareVar(ctx, INT, 1000n).name} = ${e.c}`];
    }
    this.charge(ctx, 0, 1);
    const args: string[] = [];
    for (let i = Number(r.weighted({ 0: 0.3, 1: 5, 2: 2, 3: 1 })); i > 0; i--) {
      const t = r.chance(0.3) ? this.anyType(ctx) : this.printableVarType(ctx);
      if (!printable(t)) continue;
      args.push(this.expr(ctx, t, 3, ANY).c);
    }
    if (r.chance(0.15)) args.push(`sep=${stringLiteral(r, r.pick(['', ', ', '-', '\t', ' | ']))}`);
    if (r.chance(0.1)) args.push(`end=${stringLiteral(r, r.pick(['', '!\n', ' ', ';\n']))}`);
    if (r.chance(0.05)) args.push('file=sys.stderr');
    if (r.chance(0.03)) args.push('flush=True');
    return [`print(${args.join(', ')})`];
  }

  protected ifStmt(ctx: Ctx): string[] {
    const r = this.rng;
    const out = [`if ${this.cond(ctx)}:`, ...indent(this.block(this.child(ctx), r.int(1, 4), false))];
    for (let i = Number(r.weighted({ 0: 3, 1: 1, 2: 0.5 })); i > 0; i--) {
      out.push(`elif ${this.cond(ctx)}:`, ...indent(this.block(this.child(ctx), r.int(1, 3), false)));
    }
    if (r.chance(0.5)) out.push('else:', ...indent(this.block(this.child(ctx), r.int(1, 3), false)));
    return out;
  }

  /** A condition: a bool, or the truth of an int, float, str or list. */
  cond(ctx: Ctx): string {
    const r = this.rng;
    if (r.chance(0.75)) return this.boolExpr(ctx, 3).c;
    const t = r.pick<Ty>([INT, STR, FLOAT, listOf(INT), ...this.varsOf(ctx, (v) => v.t.k === 'list').map((v) => v.t)]);
    const e = this.expr(ctx, t, 2, ANY);
    if (r.chance(0.3)) {
      const other = this.boolExpr(ctx, 1);
      return `${wrap(e, P.not)} ${r.pick(['and', 'or'])} ${wrap(other, P.not)}`;
    }
    return r.chance(0.3) ? `not ${wrap(e, P.not)}` : e.c;
  }

  protected loopCtx(ctx: Ctx, iterations: number, changes: Partial<Ctx> = {}): Ctx {
    return this.child(ctx, { mult: ctx.mult * Math.max(1, iterations), loop: true, ...changes });
  }

  protected loopElse(ctx: Ctx): string[] {
    return this.rng.chance(0.15) ? ['else:', ...indent(this.block(this.child(ctx), this.rng.int(1, 2), false))] : [];
  }

  protected forRange(ctx: Ctx): string[] {
    const r = this.rng;
    let header: string;
    let iterations: number;
    let b: bigint;
    const form = r.weighted({ stop: 3, startStop: 2, step: 2, negative: 1.5, var: 1.5, len: 1 });
    const i = this.fresh('i');
    if (form === 'stop') {
      const n = r.int(0, 8);
      header = `range(${n})`;
      iterations = n;
      b = BigInt(n);
    } else if (form === 'startStop') {
      const a = r.int(-5, 5);
      const n = r.int(0, 8);
      header = `range(${a}, ${a + n - (r.chance(0.1) ? 10 : 0)})`;
      iterations = n;
      b = BigInt(Math.abs(a) + n);
    } else if (form === 'step' || form === 'negative') {
      const step = form === 'step' ? r.int(1, 4) : -r.int(1, 4);
      const a = r.int(-10, 10);
      const n = r.int(0, 8);
      const stop = a + step * n + (r.chance(0.5) ? Math.sign(step) * r.int(0, Math.abs(step) - 1) : 0);
      header = `range(${a}, ${stop}, ${step})`;
      iterations = n + 1;
      b = BigInt(Math.max(Math.abs(a), Math.abs(stop)));
    } else if (form === 'var') {
      const e = this.intExpr(ctx, 1, 9n);
      header = `range(${e.c})`;
      iterations = 9;
      b = 9n;
    } else {
      const lists = this.varsOf(ctx, (v) => v.t.k === 'list' || v.t.k === 'str');
      if (lists.length === 0) return this.forRange(ctx);
      header = `range(len(${r.pick(lists).name}))`;
      iterations = ASSUMED_LIST_LENGTH;
      b = 1000n;
    }
    const inner = this.loopCtx(ctx, iterations);
    inner.vars.push({ name: i, t: INT, b, ro: true, global: false });
    return [`for ${i} in ${header}:`, ...indent(this.block(inner, r.int(1, 4), false)), ...this.loopElse(ctx)];
  }

  protected forEach(ctx: Ctx): string[] {
    const r = this.rng;
    const seqs = this.varsOf(ctx, (v) => v.t.k === 'list' || v.t.k === 'str');
    let seq: E;
    if (seqs.length && r.chance(0.7)) {
      const v = r.pick(seqs);
      seq = { c: v.name, t: v.t, b: v.b, p: P.atom };
    } else {
      seq = this.expr(ctx, r.chance(0.3) ? STR : listOf(r.pick([INT, STR, FLOAT])), 2, ANY);
    }
    const x = this.fresh('x');
    const itemT = seq.t.k === 'list' ? seq.t.item : STR;
    const inner = this.loopCtx(ctx, ASSUMED_LIST_LENGTH, { noResize: ctx.noResize || seq.t.k === 'list' });
    inner.vars.push({ name: x, t: itemT, b: seq.b, ro: true, global: false });
    return [`for ${x} in ${seq.c}:`, ...indent(this.block(inner, r.int(1, 4), false)), ...this.loopElse(ctx)];
  }

  protected whileStmt(ctx: Ctx): string[] {
    const r = this.rng;
    const k = this.fresh('k');
    const n = r.int(0, 7);
    const counter = this.declareVar(ctx, INT, 127n);
    counter.name = k;
    counter.ro = true;
    const inner = this.loopCtx(ctx, n);
    const step = r.pick([1, 1, 2, 3]);
    const cond = r.chance(0.2) ? `${k} < ${n} and ${wrap(this.boolExpr(inner, 1), P.and + 1)}` : `${k} < ${n}`;
    const body = [`${k} += ${step}`, ...this.block(inner, r.int(1, 4), false)];
    return [`${k} = 0`, `while ${cond}:`, ...indent(body), ...this.loopElse(ctx)];
  }

  /** `while xs: ... xs.pop()`: a loop bounded by a list's length. */
  protected drain(ctx: Ctx, v: Var): string[] {
    if (v.global) return this.print(ctx);
    this.acc.resizes = true;
    const inner = this.loopCtx(ctx, ASSUMED_LIST_LENGTH, { noResize: true });
    // The loop tests the variable again: it must keep naming the list being emptied.
    inner.vars = inner.vars.map((w) => (w === v ? { ...w, ro: true } : w));
    const x = this.fresh('x');
    const item = (v.t as { item: Ty }).item;
    inner.vars.push({ name: x, t: item, b: v.b, ro: true, global: false });
    const test = this.rng.chance(0.5) ? v.name : `len(${v.name}) > 0`;
    return [`while ${test}:`, ...indent([`${x} = ${v.name}.pop(${this.rng.chance(0.3) ? '0' : ''})`, ...this.block(inner, this.rng.int(1, 3), false)])];
  }

  protected jump(ctx: Ctx): [string[], boolean] {
    const word = this.rng.pick(['break', 'continue']);
    if (this.rng.chance(0.75)) return [[`if ${this.cond(ctx)}:`, `    ${word}`], false];
    return [[word], true];
  }

  protected listOp(ctx: Ctx, v: Var): string[] {
    const r = this.rng;
    const item = (v.t as { item: Ty }).item;
    const op = r.weighted({ append: ctx.noResize ? 0 : 4, pop: ctx.noResize ? 0 : 2, insert: ctx.noResize ? 0 : 1, set: 3, del: ctx.noResize ? 0 : 0.7, clear: ctx.noResize ? 0 : 0.2, print: 1, aug: item.k === 'int' ? 1 : 0 });
    if (['append', 'pop', 'insert', 'del', 'clear'].includes(op)) this.acc.resizes = true;
    const guardIndex = (): [string, string] => {
      if (ctx.raised && r.chance(0.5)) {
        this.noteRaise(ctx, 'IndexError');
        return [intLiteral(r, BigInt(r.int(-4, 4))), ''];
      }
      const k = this.intExpr(ctx, 1, 1000n);
      return [r.chance(0.3) ? `-1 - ${wrap(k, P.mul)} % len(${v.name})` : `${wrap(k, P.mul)} % len(${v.name})`, `len(${v.name}) > 0`];
    };
    switch (op) {
      case 'append':
        if (ctx.mult > 40) return [`print(len(${v.name}))`];
        return [`${v.name}.append(${this.stored(ctx, item, 2, v.b).c})`];
      case 'insert':
        if (ctx.mult > 40) return [`print(len(${v.name}))`];
        return [`${v.name}.insert(${this.intExpr(ctx, 1, 20n).c}, ${this.stored(ctx, item, 2, v.b).c})`];
      case 'pop': {
        const [index, guard] = r.chance(0.5) ? ['', ctx.raised && r.chance(0.5) ? '' : `len(${v.name}) > 0`] : guardIndex();
        if (!guard && ctx.raised) this.noteRaise(ctx, 'IndexError');
        const popped = `${v.name}.pop(${index})`;
        const stmt = r.chance(0.5) && printable(item) ? `print(${popped})` : popped;
        return guard ? [`if ${guard}:`, `    ${stmt}`] : [stmt];
      }
      case 'set':
      case 'aug': {
        const [index, guard] = guardIndex();
        const stmt = op === 'aug'
          ? `${v.name}[${index}] = (${v.name}[${index}] + ${this.intExpr(ctx, 1, 1000n).c}) % ${this.modulus(v.b)}`
          : `${v.name}[${index}] = ${this.stored(ctx, item, 2, v.b).c}`;
        return guard ? [`if ${guard}:`, `    ${stmt}`] : [stmt];
      }
      case 'del': {
        const [index, guard] = guardIndex();
        return guard ? [`if ${guard}:`, `    del ${v.name}[${index}]`] : [`del ${v.name}[${index}]`];
      }
      case 'clear':
        return [`${v.name}.clear()`];
      default:
        this.charge(ctx, 0, 1);
        return printable(v.t) ? [`print(${v.name}, len(${v.name}))`] : [`print(len(${v.name}))`];
    }
  }

  protected attrAssign(ctx: Ctx, v: Var): string[] {
    const cls = (v.t as { cls: ClassInfo }).cls;
    const attrs = allAttrs(cls);
    if (attrs.length === 0) return this.print(ctx);
    const a = this.rng.pick(attrs);
    if (a.t.k === 'list' && ctx.noResize && this.rng.chance(0.5)) return [`print(len(${v.name}.${a.name}))`];
    if (a.t.k === 'int' && this.rng.chance(0.3)) {
      return [`${v.name}.${a.name} = (${v.name}.${a.name} + ${this.intExpr(ctx, 1, 1000n).c}) % ${this.modulus(a.b)}`];
    }
    return [`${v.name}.${a.name} = ${this.stored(ctx, a.t, 2, a.b).c}`];
  }

  protected callStmt(ctx: Ctx): string[] {
    const call = this.call(ctx, null, 2);
    if (!call) return this.print(ctx);
    return [call.t.k !== 'none' && printable(call.t) && this.rng.chance(0.5) ? `print(${call.c})` : call.c];
  }

}
