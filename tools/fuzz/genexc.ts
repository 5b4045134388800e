// Exceptions in the program generator (generate.ts): exception classes to raise, raise
// statements, risky operations that raise builtin exceptions, and try statements with except
// clauses (that name what the body may raise), else and finally, and uses of the caught value.

import { intLiteral, stringLiteral } from './literals.ts';
import { FLOAT, INT, STR, allAttrs, exceptionAncestry, initParams, listOf, type ClassInfo, type Ty } from './pytypes.ts';
import { P, FULL, indent, wrap, type Ctx } from './genmodel.ts';
import { StatementGenerator } from './genstmt.ts';

export abstract class ExceptionGenerator extends StatementGenerator {
  // ---------------------------------------------------------------- exceptions

  /** A raisable exception class: a builtin or a user class, with how to construct it. */
  protected exceptionClass(): { name: string; cls: ClassInfo | null } {
    const r = this.rng;
    if (this.excClasses.length && r.chance(0.5)) {
      const cls = r.pick(this.excClasses);
      return { name: cls.name, cls };
    }
    return { name: r.pick(['ValueError', 'ValueError', 'IndexError', 'ZeroDivisionError', 'RuntimeError', 'KeyError', 'TypeError', 'LookupError', 'ArithmeticError', 'Exception', 'NotImplementedError', 'AssertionError']), cls: null };
  }

  protected raiseExpr(ctx: Ctx): { code: string; name: string } {
    const r = this.rng;
    const { name, cls } = this.exceptionClass();
    const params = cls ? initParams(cls) : [];
    if (params.length) {
      return { code: `${name}(${this.expr(ctx, STR, 1, FULL).c}, ${this.intExpr(ctx, 1, 1000n).c})`, name };
    }
    const form = r.weighted({ message: 6, empty: 1, bare: 1 });
    if (form === 'bare') return { code: name, name };
    if (form === 'empty') return { code: `${name}()`, name };
    return { code: `${name}(${this.expr(ctx, STR, 2, FULL).c})`, name };
  }

  protected raiseStmt(ctx: Ctx): [string[], boolean] {
    const r = this.rng;
    if (ctx.handler && r.chance(0.25)) return [[r.chance(0.5) ? `if ${this.cond(ctx)}:` : 'if True:', '    raise'], false];
    const { code, name } = this.raiseExpr(ctx);
    this.noteRaise(ctx, name);
    if (r.chance(0.7) || !ctx.raised) return [[`if ${this.cond(ctx)}:`, `    raise ${code}`], false];
    return [[`raise ${code}`], true];
  }

  /** A statement that may raise from the runtime: an index, a division, a conversion, a pop. */
  protected risky(ctx: Ctx): string[] {
    const r = this.rng;
    const add = (name: string): void => this.noteRaise(ctx, name);
    const kind = r.weighted({ div: 3, index: 2, int: 2, float: 1, sqrt: 1, strIndex: 1, mod: 1, shift: 0.5 });
    const assign = (t: Ty, b: bigint, code: string): string[] => [`${this.declareVar(ctx, t, b).name} = ${code}`];
    switch (kind) {
      case 'div': {
        add('ZeroDivisionError');
        const a = this.expr(ctx, r.pick([INT, FLOAT]), 2, 1n << 40n);
        const b = this.expr(ctx, r.pick([INT, FLOAT]), 1, 3n);
        const op = r.pick(['/', '//', '%']);
        const code = `${wrap(a, P.mul)} ${op} ${wrap(b, P.unary)}`;
        if (a.t.k === 'int' && b.t.k === 'int' && op !== '/') return assign(INT, 1n << 40n, code);
        return assign(FLOAT, 0n, code);
      }
      case 'mod':
        add('ZeroDivisionError');
        return assign(INT, FULL, `${wrap(this.intExpr(ctx, 2, FULL), P.mul)} % ${wrap(this.intExpr(ctx, 1, 2n), P.unary)}`);
      case 'index': {
        add('IndexError');
        const lists = this.varsOf(ctx, (w) => w.t.k === 'list');
        const index = intLiteral(r, BigInt(r.int(-6, 6)));
        if (lists.length === 0) return assign(INT, 1000n, `${wrap(this.listExpr(ctx, listOf(INT), 1, 1000n), P.atom)}[${index}]`);
        const list = r.pick(lists);
        const item = (list.t as { item: Ty }).item;
        // An item that is a list aliases the original: it keeps the list's bound.
        return assign(item, list.b, `${list.name}[${index}]`);
      }
      case 'strIndex':
        add('IndexError');
        return assign(STR, 0n, `${wrap(this.expr(ctx, STR, 2, FULL), P.atom)}[${this.intExpr(ctx, 1, 8n).c}]`);
      case 'int':
        add('ValueError');
        return assign(INT, FULL, `int(${this.expr(ctx, STR, 2, FULL).c})`);
      case 'float':
        add('ValueError');
        return assign(FLOAT, 0n, `float(${this.expr(ctx, STR, 2, FULL).c})`);
      case 'sqrt':
        add('ValueError');
        return assign(FLOAT, 0n, `math.sqrt(${this.expr(ctx, FLOAT, 2, FULL).c})`);
      default:
        add('ValueError');
        return assign(INT, 1n << 50n, `${wrap(this.intExpr(ctx, 1, 1000n), P.shift + 1)} << ${wrap(this.intExpr(ctx, 1, 40n), P.shift + 1)}`);
    }
  }

  protected tryStmt(ctx: Ctx): string[] {
    const r = this.rng;
    const raised = new Set<string>();
    const body = this.block(this.child(ctx, { raised }), r.int(1, 5), false);
    const out = ['try:', ...indent(body)];
    const handlers = Number(r.weighted({ 0: ctx.inFinally ? 0 : 0.15, 1: 4, 2: 2, 3: 0.7 }));
    const raisedNames = [...raised];
    const userByName = new Map(this.excClasses.map((c) => [c.name, c]));
    for (let h = 0; h < handlers; h++) {
      let name: string;
      let cls: ClassInfo | null = null;
      const choice = r.weighted({ exact: raisedNames.length ? 4 : 0, ancestor: raisedNames.length ? 3 : 0, broad: 1.5, other: 0.7, tuple: 0.8, bare: 0.2 });
      if (choice === 'bare' && h === handlers - 1) {
        out.push('except:', ...indent(this.block(this.child(ctx, { handler: true }), r.int(1, 2), false)));
        continue;
      }
      if (choice === 'tuple') {
        const names = [...new Set([r.pick([...raisedNames, 'ValueError']), this.exceptionClass().name])];
        const e = this.fresh('e');
        const hctx = this.child(ctx, { handler: true });
        hctx.vars.push({ name: e, t: { k: 'exc', name: 'Exception', cls: null }, b: 0n, ro: true, global: false });
        out.push(`except (${names.join(', ')}) as ${e}:`, ...indent(this.block(hctx, r.int(1, 3), false)));
        continue;
      }
      if (choice === 'exact' || choice === 'ancestor') {
        const raisedName = r.pick(raisedNames);
        const ancestry = exceptionAncestry(raisedName, userByName.get(raisedName) ?? null).filter((n) => n !== 'BaseException');
        name = choice === 'exact' ? ancestry[0]! : r.pick(ancestry);
      } else {
        name = choice === 'broad' ? 'Exception' : this.exceptionClass().name;
      }
      cls = userByName.get(name) ?? null;
      const hctx = this.child(ctx, { handler: true });
      if (r.chance(0.7)) {
        const e = this.fresh('e');
        hctx.vars.push({ name: e, t: { k: 'exc', name, cls }, b: 0n, ro: true, global: false });
        out.push(`except ${name} as ${e}:`);
        const first = this.excUse(hctx, e, name, cls);
        out.push(...indent([first, ...this.block(hctx, r.int(0, 2), false)].filter((l) => l !== 'pass' || true)));
      } else {
        out.push(`except ${name}:`, ...indent(this.block(hctx, r.int(1, 3), false)));
      }
    }
    if (handlers > 0 && r.chance(0.25)) out.push('else:', ...indent(this.block(this.child(ctx), r.int(1, 3), false)));
    if (handlers === 0 || r.chance(0.25)) {
      out.push('finally:', ...indent(this.block(this.child(ctx, { inFinally: true, loop: false }), r.int(1, 2), false)));
    }
    if (ctx.raised) for (const n of raised) this.noteRaise(ctx, n); // an unmatched exception goes on
    return out;
  }

  /** A use of a caught exception: print it, its str() or repr(), or an attribute. */
  protected excUse(ctx: Ctx, e: string, name: string, cls: ClassInfo | null): string {
    const r = this.rng;
    this.charge(ctx, 0, 1);
    const attrs = cls ? allAttrs(cls) : [];
    const form = r.weighted({ print: 3, str: 2, repr: 2, attr: attrs.length ? 2 : 0, label: 1 });
    switch (form) {
      case 'print':
        return `print(${e})`;
      case 'str':
        return `print(${stringLiteral(r, `caught ${name}:`)}, str(${e}))`;
      case 'repr':
        return `print(repr(${e}))`;
      case 'attr':
        return `print(${e}.${attrs[0]!.name}, ${e})`;
      default:
        return `print(${stringLiteral(r, `handled ${name}`)})`;
    }
  }

}
