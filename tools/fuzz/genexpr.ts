// Expressions of the program generator (generate.ts): for a wanted type and int bound, a
// literal, a variable or attribute read, a call of a callable generated before, or an operator
// of the subset (int arithmetic reduced to stay within 64 bits, float, bool, str, f-strings,
// lists, instances), each with its precedence so that parentheses appear only where needed.

import {
  INT64_MAX, fstringText, floatLiteral, floatValue, intBound, intLiteral, intValue, specialFloat, stringLiteral, stringValue,
} from './literals.ts';
import {
  BOOL, FLOAT, INT, NONE, STR, allAttrs, allSlots, assignable, descendants, initParams, listOf, printable, type Callable,
  type ClassInfo, type Ty,
} from './pytypes.ts';
import {
  GeneratorBase, P, FULL, ANY, wrap, maxB, minB, nextPow2, intItems, tyName, type E, type Var, type Ctx,
} from './genmodel.ts';

export abstract class ExpressionGenerator extends GeneratorBase {
  // ---------------------------------------------------------------- expressions

  /** An expression of type t; for ints, within bound; for lists, see ANY. */
  expr(ctx: Ctx, t: Ty, depth: number, bound: bigint): E {
    switch (t.k) {
      case 'int':
        return this.intExpr(ctx, depth, bound < 0n ? FULL : bound);
      case 'float':
        return this.floatExpr(ctx, depth);
      case 'bool':
        return this.boolExpr(ctx, depth);
      case 'str':
        return this.strExpr(ctx, depth);
      case 'none':
        return { c: 'None', t: NONE, b: 0n, p: P.atom };
      case 'list':
        return this.listExpr(ctx, t, depth, bound);
      case 'inst':
        return this.instExpr(ctx, t.cls, depth);
      case 'exc':
        throw new Error('no expressions of exception type');
    }
  }

  protected literal(t: Ty, edge: boolean, bound: bigint = FULL): E {
    const r = this.rng;
    switch (t.k) {
      case 'int': {
        let v = intValue(r, edge);
        if (intBound(v) > bound) v = BigInt(r.int(0, Number(minB(bound, 100n))));
        const c = intLiteral(r, v);
        return { c, t: INT, b: intBound(v), p: c.startsWith('-') ? P.unary : c.startsWith('(') ? P.atom : P.atom };
      }
      case 'float': {
        const c = floatLiteral(floatValue(r));
        return { c, t: FLOAT, b: 0n, p: c.startsWith('-') ? P.unary : P.atom };
      }
      case 'bool':
        return { c: r.chance(0.5) ? 'True' : 'False', t: BOOL, b: 0n, p: P.atom };
      case 'str':
        return { c: stringLiteral(r, stringValue(r)), t: STR, b: 0n, p: P.atom };
      default:
        throw new Error(`no literal of ${tyName(t)}`);
    }
  }

  /** Whether a value with bound `have` may be used where `want` is asked (see ANY). */
  protected boundFits(t: Ty, have: bigint, want: bigint, alias: boolean): boolean {
    if (!intItems(t) || want < 0n) return true;
    return t.k === 'list' && alias ? have === want : have <= want;
  }

  /** A visible variable (or attribute, or list item) of type t, if any. */
  protected read(ctx: Ctx, t: Ty, bound: bigint, depth: number): E | null {
    const r = this.rng;
    const options: E[] = [];
    for (const v of ctx.vars) {
      if (v.t.k === 'exc') continue;
      if (assignable(t, v.t) && this.boundFits(t, v.b, bound, true)) {
        options.push({ c: v.name, t: v.t, b: v.b, p: P.atom, alias: true });
      }
      if (v.t.k === 'inst') {
        for (const a of allAttrs(v.t.cls)) {
          if (assignable(t, a.t) && this.boundFits(t, a.b, bound, true)) options.push({ c: `${v.name}.${a.name}`, t: a.t, b: a.b, p: P.atom, alias: true });
        }
      }
      if (v.t.k === 'list' && assignable(t, v.t.item) && this.boundFits(t, v.b, bound, true) && depth > 0) {
        options.push(this.guardedItem(ctx, v, depth));
      }
    }
    return options.length ? r.pick(options) : null;
  }

  /** `xs[k % len(xs)] if xs else default`, or with a negative index. */
  protected guardedItem(ctx: Ctx, v: Var, depth: number): E {
    const r = this.rng;
    const item = (v.t as { item: Ty }).item;
    const k = this.intExpr(ctx, 0, 1000n);
    const index = r.chance(0.3) ? `-1 - ${wrap(k, P.mul)} % len(${v.name})` : `${wrap(k, P.mul)} % len(${v.name})`;
    const fallback = this.expr({ ...ctx, vars: ctx.vars.filter((w) => w !== v) }, item, Math.min(depth - 1, 0), v.b);
    const test = r.chance(0.5) ? v.name : `len(${v.name}) > 0`;
    return { c: `${v.name}[${index}] if ${test} else ${wrap(fallback, P.ifexp)}`, t: item, b: maxB(v.b, fallback.b), p: P.ifexp, alias: true };
  }

  /** A call of a callable generated before this body, returning t (or anything, if t is null). */
  protected call(ctx: Ctx, t: Ty | null, depth: number, bound: bigint = FULL): E | null {
    const r = this.rng;
    const current = ctx.fn;
    const limit = current ? current.order : Infinity;
    const candidates: { f: Callable; recv: string | null }[] = [];
    const fits = (f: Callable): boolean =>
      (t === null || (assignable(t, f.ret) && this.boundFits(t, f.retB, bound, true)))
      && (!ctx.noResize || !f.resizes) && this.canAfford(ctx, f.cost, f.lines);
    for (const f of this.functions) {
      if (f.done && f.order < limit && fits(f)) candidates.push({ f, recv: null });
    }
    for (const v of ctx.vars) {
      if (v.t.k !== 'inst') continue;
      for (const s of allSlots(v.t.cls)) if (s.done && s.order < limit && fits(s)) candidates.push({ f: s, recv: v.name });
    }
    if (this.classes.length && r.chance(0.1)) {
      for (const c of this.classes) for (const s of c.slots) if (s.done && s.order < limit && fits(s) && initParams(c).length === 0) candidates.push({ f: s, recv: `${c.name}()` });
    }
    // Self-recursion through the depth parameter.
    if (current && current.maxDepth && !current.owner && ctx.mult === 1 && this.acc.recursiveCalls < 2 && (t === null || (assignable(t, current.ret) && this.boundFits(t, current.retB, bound, true)))) {
      if (r.chance(0.5)) {
        this.acc.recursiveCalls++;
        return { c: `${current.name}(${this.callArgs(ctx, current, 'depth - 1')})`, t: current.ret, b: current.retB, p: P.atom, alias: true };
      }
    }
    if (candidates.length === 0) return null;
    const { f, recv } = r.pick(candidates);
    this.charge(ctx, f.cost, f.lines);
    if (f.resizes) this.acc.resizes = true;
    f.raises.forEach((n) => this.noteRaise(ctx, n));
    const args = this.callArgs(ctx, f, f.maxDepth ? String(r.int(0, f.maxDepth)) : null, depth);
    return { c: `${recv ? `${recv}.` : ''}${f.name}(${args})`, t: f.ret, b: f.retB, p: P.atom, alias: true };
  }

  protected callArgs(ctx: Ctx, f: Callable, depthArg: string | null, depth = 1): string {
    const r = this.rng;
    const args: string[] = depthArg === null ? [] : [depthArg];
    let keywords = false;
    for (const p of f.params) {
      if (p.def !== undefined && r.chance(0.4)) {
        keywords = true;
        continue;
      }
      const e = this.expr(ctx, p.t, Math.max(0, depth - 1), p.b);
      args.push(keywords || (p.def !== undefined && r.chance(0.3)) ? `${p.name}=${e.c}` : e.c);
      keywords ||= args.at(-1)!.startsWith(`${p.name}=`);
    }
    return args.join(', ');
  }

  /** Keeps an int within bound: `e % m` or `e & mask` (both non-negative). */
  protected fit(e: E, bound: bigint): E {
    if (e.b <= bound) return e;
    const r = this.rng;
    if (r.chance(0.25)) {
      let mask = 1n;
      while ((mask << 1n) - 1n <= bound && mask < 1n << 40n) mask <<= 1n;
      mask -= 1n;
      if (mask >= 1n) return { c: `${wrap(e, P.band)} & ${mask <= 9n ? mask : r.chance(0.5) ? `0x${mask.toString(16)}` : mask}`, t: INT, b: mask, p: P.band };
    }
    const m = BigInt(this.modulus(bound));
    return { c: `${wrap(e, P.mul)} % ${m}`, t: INT, b: m - 1n, p: P.mul };
  }

  /** Allows an int that may leave the 64-bit range only with probability opts.overflow. */
  protected checked(e: E, raw: bigint, safe: () => E): E {
    if (raw <= INT64_MAX) return { ...e, b: raw };
    if (this.rng.chance(this.opts.overflow)) return { ...e, b: FULL };
    return safe();
  }

  intExpr(ctx: Ctx, depth: number, bound: bigint): E {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.25)) {
      const v = r.chance(0.7) ? this.read(ctx, INT, bound, depth) : null;
      return v ?? this.fit(this.literal(INT, bound >= FULL && r.chance(0.3), bound), bound);
    }
    const kind = r.weighted({ bin: 6, unary: 1, call: 1.5, builtin: 2, cond: 0.7, read: 2, conv: 1 });
    let e: E;
    switch (kind) {
      case 'bin':
        e = this.intBinary(ctx, depth);
        break;
      case 'unary': {
        const a = this.intExpr(ctx, depth - 1, FULL);
        const op = r.pick(['-', '~', '+']);
        if (op === '~') e = { c: `~${wrap(a, P.unary)}`, t: INT, b: minB(a.b + 1n, FULL), p: P.unary };
        else e = this.checked({ c: `${op}${wrap(a, P.unary)}`, t: INT, b: a.b, p: P.unary }, a.b, () => {
          const s = this.fit(a, 2n ** 62n);
          return { c: `${op}${wrap(s, P.unary)}`, t: INT, b: s.b, p: P.unary };
        });
        break;
      }
      case 'call':
        e = this.call(ctx, INT, depth, FULL) ?? this.intExpr(ctx, 0, bound);
        break;
      case 'builtin':
        e = this.intBuiltin(ctx, depth);
        break;
      case 'cond': {
        const a = this.intExpr(ctx, depth - 1, bound);
        const b = this.intExpr(ctx, depth - 1, bound);
        e = { c: `${wrap(a, P.ifexp + 1)} if ${wrap(this.boolExpr(ctx, depth - 1), P.ifexp + 1)} else ${wrap(b, P.ifexp)}`, t: INT, b: maxB(a.b, b.b), p: P.ifexp };
        break;
      }
      case 'conv':
        e = this.intConversion(ctx, depth);
        break;
      default:
        e = this.read(ctx, INT, bound, depth) ?? this.literal(INT, false, bound);
    }
    return this.fit(e, bound);
  }

  protected intBinary(ctx: Ctx, depth: number): E {
    const r = this.rng;
    const op = r.weighted({ '+': 5, '-': 4, '*': 3, '//': 2, '%': 2, '**': 0.7, '<<': 0.7, '>>': 1, '&': 1, '|': 1, '^': 1 });
    const a = this.intExpr(ctx, depth - 1, FULL);
    const bin = (x: E, y: E, prec: number, b: bigint, rightAssoc = false): E => ({
      c: `${wrap(x, rightAssoc ? prec + 1 : prec)} ${op} ${wrap(y, rightAssoc ? prec : prec + 1)}`, t: INT, b, p: prec,
    });
    switch (op) {
      case '+':
      case '-':
      case '*': {
        const b = this.intExpr(ctx, depth - 1, FULL);
        const prec = op === '*' ? P.mul : P.add;
        const raw = op === '*' ? a.b * b.b : a.b + b.b;
        return this.checked(bin(a, b, prec, raw), raw, () => {
          const limit = op === '*' ? 2n ** 31n - 1n : 2n ** 62n - 1n;
          const x = this.fit(a, limit);
          const y = this.fit(b, limit);
          return bin(x, y, prec, op === '*' ? x.b * y.b : x.b + y.b);
        });
      }
      case '//':
      case '%': {
        const divisor = ctx.raised && r.chance(0.3) ? this.intExpr(ctx, depth - 1, FULL) : this.divisor(ctx);
        if (divisor.p !== P.atom || ctx.raised) this.noteRaise(ctx, 'ZeroDivisionError');
        if (op === '%') return bin(a, divisor, P.mul, divisor.b);
        return this.checked(bin(a, divisor, P.mul, a.b), a.b, () => bin(this.fit(a, INT64_MAX), divisor, P.mul, minB(a.b, INT64_MAX)));
      }
      case '**': {
        const k = r.int(0, 4);
        const raw = a.b ** BigInt(k);
        const e: E = { c: `${wrap(a, P.atom)} ** ${k}`, t: INT, b: raw, p: P.pow };
        return this.checked(e, raw, () => {
          const x = this.fit(a, k >= 3 ? 2000000n : 3037000499n);
          return { c: `${wrap(x, P.atom)} ** ${k}`, t: INT, b: x.b ** BigInt(k), p: P.pow };
        });
      }
      case '<<': {
        const k = r.int(0, 40);
        const raw = a.b << BigInt(k);
        return this.checked(bin(a, { c: String(k), t: INT, b: BigInt(k), p: P.atom }, P.shift, raw), raw, () => {
          const x = this.fit(a, INT64_MAX >> BigInt(k));
          return bin(x, { c: String(k), t: INT, b: BigInt(k), p: P.atom }, P.shift, x.b << BigInt(k));
        });
      }
      case '>>': {
        const k = r.chance(0.6) ? { c: String(r.int(0, 70)), t: INT, b: 70n, p: P.atom } : this.shiftCount(ctx, depth - 1);
        return bin(a, k, P.shift, a.b);
      }
      default: {
        const b = this.intExpr(ctx, depth - 1, FULL);
        const prec = op === '&' ? P.band : op === '|' ? P.bor : P.bxor;
        return bin(a, b, prec, nextPow2(maxB(a.b, b.b) + 1n));
      }
    }
  }

  /** A shift count: non-negative, except sometimes inside a try. */
  protected shiftCount(ctx: Ctx, depth: number): E {
    const e = this.intExpr(ctx, depth, 127n);
    if (ctx.raised && this.rng.chance(0.5)) {
      this.noteRaise(ctx, 'ValueError');
      return e;
    }
    return { c: `${wrap(e, P.mul)} % 71`, t: INT, b: 70n, p: P.mul };
  }

  /** A divisor: mostly non-zero by construction, sometimes one that may be zero. */
  protected divisor(ctx: Ctx): E {
    const r = this.rng;
    if (ctx.raised && r.chance(0.3)) {
      this.noteRaise(ctx, 'ZeroDivisionError');
      return this.intExpr(ctx, 1, 5n);
    }
    if (r.chance(0.5)) {
      const d = r.pick([1, 2, 3, 7, 10, -1, -3, 1000, 65536]);
      return { c: String(d), t: INT, b: BigInt(Math.abs(d)), p: d < 0 ? P.unary : P.atom };
    }
    const e = this.intExpr(ctx, 1, 100n);
    const m = r.int(2, 9);
    return { c: `${wrap(e, P.mul)} % ${m} + 1`, t: INT, b: BigInt(m), p: P.add };
  }

  protected intBuiltin(ctx: Ctx, depth: number): E {
    const r = this.rng;
    const kind = r.weighted({ len: 3, abs: 1.5, minmax: 2, lenStr: 1.5, bool: 0.3 });
    switch (kind) {
      case 'len': {
        const lists = this.varsOf(ctx, (v) => v.t.k === 'list');
        const e = lists.length && r.chance(0.8) ? r.pick(lists).name : this.listExpr(ctx, listOf(r.pick([INT, STR])), depth - 1, ANY).c;
        return { c: `len(${e})`, t: INT, b: 10000n, p: P.atom };
      }
      case 'lenStr':
        return { c: `len(${this.strExpr(ctx, depth - 1).c})`, t: INT, b: 10000n, p: P.atom };
      case 'abs': {
        const a = this.intExpr(ctx, depth - 1, FULL);
        return this.checked({ c: `abs(${a.c})`, t: INT, b: a.b, p: P.atom }, a.b, () => {
          const x = this.fit(a, INT64_MAX);
          return { c: `abs(${x.c})`, t: INT, b: x.b, p: P.atom };
        });
      }
      case 'minmax': {
        const n = r.int(2, 3);
        const args = Array.from({ length: n }, () => this.intExpr(ctx, depth - 1, FULL));
        return { c: `${r.pick(['min', 'max'])}(${args.map((a) => a.c).join(', ')})`, t: INT, b: args.reduce((m, a) => maxB(m, a.b), 0n), p: P.atom };
      }
      default:
        return { c: `int(${this.boolExpr(ctx, depth - 1).c})`, t: INT, b: 1n, p: P.atom };
    }
  }

  protected intConversion(ctx: Ctx, depth: number): E {
    const r = this.rng;
    const kind = r.weighted({ float: 2, str: 2, math: 1.5 });
    if (kind === 'str') {
      const a = this.intExpr(ctx, depth - 1, FULL);
      const s = r.chance(0.2) ? `' ' + str(${a.c}) + '  '` : `str(${a.c})`;
      return { c: `int(${s})`, t: INT, b: a.b, p: P.atom };
    }
    const f = this.floatExpr(ctx, depth - 1);
    const fn = kind === 'float' ? 'int' : r.pick(['math.floor', 'math.ceil', 'math.trunc']);
    // A float may be huge, infinite or NaN: keep it in range unless overflow is allowed.
    if (r.chance(this.opts.overflow * 3)) return { c: `${fn}(${f.c})`, t: INT, b: FULL, p: P.atom };
    const m = r.pick(['1000.0', '65536.0', '1e9', '7.5']);
    const b = BigInt(Math.ceil(Number(m)));
    if (ctx.raised) {
      this.noteRaise(ctx, 'ValueError');
      this.noteRaise(ctx, 'OverflowError');
      return { c: `${fn}(${wrap(f, P.mul)} % ${m})`, t: INT, b, p: P.atom };
    }
    // NaN and infinities have no int: test first (the float is computed twice).
    return { c: `${fn}(${wrap(f, P.mul)} % ${m}) if math.isfinite(${f.c}) else ${r.int(-9, 9)}`, t: INT, b, p: P.ifexp };
  }

  floatExpr(ctx: Ctx, depth: number): E {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.25)) {
      const v = r.chance(0.7) ? this.read(ctx, FLOAT, FULL, depth) : null;
      if (v) return v;
      if (r.chance(0.08)) return { c: specialFloat(r), t: FLOAT, b: 0n, p: P.unary };
      return this.literal(FLOAT, false);
    }
    const kind = r.weighted({ bin: 5, mixed: 2, unary: 0.7, conv: 1.5, math: 1.5, call: 1, cond: 0.5, minmax: 0.7, read: 1.5, div: 1 });
    switch (kind) {
      case 'bin':
      case 'mixed': {
        const a = this.floatExpr(ctx, depth - 1);
        const b = kind === 'mixed' ? this.intExpr(ctx, depth - 1, 2n ** 53n) : this.floatExpr(ctx, depth - 1);
        const [x, y] = r.chance(0.5) ? [a, b] : [b, a];
        const op = r.pick(['+', '-', '*', '+', '-', '*', '/', '//', '%']);
        if (['/', '//', '%'].includes(op) && !ctx.raised) {
          // A divisor that is not zero: 1 + |y| for floats, or a non-zero constant.
          const d = r.chance(0.5) ? floatLiteral(r.pick([0.5, 2, 3, -1.5, 10, 0.1])) : `(1.0 + abs(${y.c}))`;
          return { c: `${wrap(x, P.mul)} ${op} ${d.startsWith('-') ? `(${d})` : d}`, t: FLOAT, b: 0n, p: P.mul };
        }
        if (['/', '//', '%'].includes(op)) ctx.raised!.add('ZeroDivisionError');
        const prec = ['+', '-'].includes(op) ? P.add : P.mul;
        return { c: `${wrap(x, prec)} ${op} ${wrap(y, prec + 1)}`, t: FLOAT, b: 0n, p: prec };
      }
      case 'div': {
        const a = this.intExpr(ctx, depth - 1, FULL);
        const b = ctx.raised ? this.intExpr(ctx, depth - 1, FULL) : this.divisor(ctx);
        if (ctx.raised) this.noteRaise(ctx, 'ZeroDivisionError');
        return { c: `${wrap(a, P.mul)} / ${wrap(b, P.mul + 1)}`, t: FLOAT, b: 0n, p: P.mul };
      }
      case 'unary': {
        const a = this.floatExpr(ctx, depth - 1);
        if (r.chance(0.3)) return { c: `abs(${a.c})`, t: FLOAT, b: 0n, p: P.atom };
        if (r.chance(0.3)) return { c: `${wrap(a, P.atom)} ** ${r.int(0, 3)}`, t: FLOAT, b: 0n, p: P.pow };
        return { c: `-${wrap(a, P.unary)}`, t: FLOAT, b: 0n, p: P.unary };
      }
      case 'conv':
        if (r.chance(0.7)) return { c: `float(${this.intExpr(ctx, depth - 1, FULL).c})`, t: FLOAT, b: 0n, p: P.atom };
        return { c: `float(str(${this.floatExpr(ctx, depth - 1).c}))`, t: FLOAT, b: 0n, p: P.atom };
      case 'math': {
        const a = this.floatExpr(ctx, depth - 1);
        const libm = this.opts.avoid.has('libm') ? 0 : 1;
        const fn = r.weighted({ sqrt: 2, fabs: 1, sin: 0.5 * libm, cos: 0.5 * libm, atan: 0.3 * libm, exp: 0.3 * libm, log: 0.3 * libm, hypot: 0.5, copysign: 0.5, floorf: 0.5 });
        if (fn === 'sqrt') return { c: `math.sqrt(abs(${a.c}))`, t: FLOAT, b: 0n, p: P.atom };
        if (fn === 'log') return { c: `math.log(1.0 + abs(${a.c}))`, t: FLOAT, b: 0n, p: P.atom };
        if (fn === 'exp') return { c: `math.exp(${wrap(a, P.mul)} % 50.0)`, t: FLOAT, b: 0n, p: P.atom };
        if (fn === 'hypot' || fn === 'copysign') return { c: `math.${fn}(${a.c}, ${this.floatExpr(ctx, depth - 1).c})`, t: FLOAT, b: 0n, p: P.atom };
        if (fn === 'floorf') return { c: `float(math.floor(${wrap(a, P.mul)} % 1e6) if math.isfinite(${a.c}) else 0)`, t: FLOAT, b: 0n, p: P.atom };
        return { c: `math.${fn}(${a.c})`, t: FLOAT, b: 0n, p: P.atom };
      }
      case 'call':
        return this.call(ctx, FLOAT, depth) ?? this.literal(FLOAT, false);
      case 'cond': {
        const a = this.floatExpr(ctx, depth - 1);
        const b = this.floatExpr(ctx, depth - 1);
        return { c: `${wrap(a, P.ifexp + 1)} if ${wrap(this.boolExpr(ctx, depth - 1), P.ifexp + 1)} else ${wrap(b, P.ifexp)}`, t: FLOAT, b: 0n, p: P.ifexp };
      }
      case 'minmax':
        return { c: `${r.pick(['min', 'max'])}(${this.floatExpr(ctx, depth - 1).c}, ${this.floatExpr(ctx, depth - 1).c})`, t: FLOAT, b: 0n, p: P.atom };
      default:
        return this.read(ctx, FLOAT, FULL, depth) ?? this.literal(FLOAT, false);
    }
  }

  boolExpr(ctx: Ctx, depth: number): E {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.15)) {
      const v = r.chance(0.6) ? this.read(ctx, BOOL, FULL, depth) : null;
      return v ?? this.literal(BOOL, false);
    }
    const kind = r.weighted({ cmp: 6, chain: 1, not: 1, andor: 2, conv: 1, isinstance: this.classes.length ? 0.7 : 0, call: 0.7, in: 0.7, isnan: 0.3 });
    switch (kind) {
      case 'cmp': {
        const pair = r.weighted({ int: 4, float: 1.5, mixed: 1.5, str: 2, bool: 0.5 });
        const op = pair === 'bool' ? r.pick(['==', '!=']) : r.pick(['<', '<=', '>', '>=', '==', '!=']);
        const [a, b] = pair === 'mixed'
          ? (r.chance(0.5) ? [this.intExpr(ctx, depth - 1, FULL), this.floatExpr(ctx, depth - 1)] : [this.floatExpr(ctx, depth - 1), this.intExpr(ctx, depth - 1, FULL)])
          : pair === 'int' ? [this.intExpr(ctx, depth - 1, FULL), this.intExpr(ctx, depth - 1, FULL)]
          : pair === 'float' ? [this.floatExpr(ctx, depth - 1), this.floatExpr(ctx, depth - 1)]
          : pair === 'str' ? [this.strExpr(ctx, depth - 1), this.strExpr(ctx, depth - 1)]
          : [this.boolExpr(ctx, depth - 1), this.boolExpr(ctx, depth - 1)];
        return { c: `${wrap(a, P.cmp + 1)} ${op} ${wrap(b, P.cmp + 1)}`, t: BOOL, b: 0n, p: P.cmp };
      }
      case 'chain': {
        const d = depth - 1;
        const xs = [this.intExpr(ctx, d, FULL), this.intExpr(ctx, d, FULL), this.intExpr(ctx, d, FULL)];
        return { c: `${wrap(xs[0]!, P.cmp + 1)} ${r.pick(['<', '<='])} ${wrap(xs[1]!, P.cmp + 1)} ${r.pick(['<', '<=', '!='])} ${wrap(xs[2]!, P.cmp + 1)}`, t: BOOL, b: 0n, p: P.cmp };
      }
      case 'not':
        return { c: `not ${wrap(this.boolExpr(ctx, depth - 1), P.not)}`, t: BOOL, b: 0n, p: P.not };
      case 'andor': {
        const op = r.pick(['and', 'or']);
        const prec = op === 'and' ? P.and : P.or;
        return { c: `${wrap(this.boolExpr(ctx, depth - 1), prec)} ${op} ${wrap(this.boolExpr(ctx, depth - 1), prec + 1)}`, t: BOOL, b: 0n, p: prec };
      }
      case 'conv': {
        const t = r.pick<Ty>([INT, STR, FLOAT, listOf(INT)]);
        return { c: `bool(${this.expr(ctx, t, depth - 1, ANY).c})`, t: BOOL, b: 0n, p: P.atom };
      }
      case 'isinstance': {
        const insts = this.varsOf(ctx, (v) => v.t.k === 'inst');
        if (insts.length === 0) return this.literal(BOOL, false);
        const v = r.pick(insts);
        const cls = r.pick(descendants((v.t as { cls: ClassInfo }).cls));
        return { c: `isinstance(${v.name}, ${cls.name})`, t: BOOL, b: 0n, p: P.atom };
      }
      case 'call':
        return this.call(ctx, BOOL, depth) ?? this.literal(BOOL, false);
      case 'in': {
        if (r.chance(0.5)) return { c: `${wrap(this.strExpr(ctx, 0), P.cmp + 1)} ${r.pick(['in', 'not in'])} ${wrap(this.strExpr(ctx, depth - 1), P.cmp + 1)}`, t: BOOL, b: 0n, p: P.cmp };
        const item = r.pick([INT, STR]);
        return { c: `${wrap(this.expr(ctx, item, 0, FULL), P.cmp + 1)} in ${wrap(this.listExpr(ctx, listOf(item), depth - 1, ANY), P.cmp + 1)}`, t: BOOL, b: 0n, p: P.cmp };
      }
      default:
        return { c: `math.${r.pick(['isnan', 'isinf', 'isfinite'])}(${this.floatExpr(ctx, depth - 1).c})`, t: BOOL, b: 0n, p: P.atom };
    }
  }

  strExpr(ctx: Ctx, depth: number): E {
    const r = this.rng;
    if (depth <= 0 || r.chance(0.2)) {
      const v = r.chance(0.6) ? this.read(ctx, STR, FULL, depth) : null;
      return v ?? this.literal(STR, false);
    }
    const kind = r.weighted({ concat: 4, repeat: 0.7, index: 1.5, str: 3, repr: 1.5, fstring: 1.5, call: 1, cond: 0.5, read: 2 });
    switch (kind) {
      case 'concat':
        return { c: `${wrap(this.strExpr(ctx, depth - 1), P.add)} + ${wrap(this.strExpr(ctx, depth - 1), P.add + 1)}`, t: STR, b: 0n, p: P.add };
      case 'repeat':
        return { c: `${wrap(this.literal(STR, false), P.mul)} * ${r.int(-1, 4)}`, t: STR, b: 0n, p: P.mul };
      case 'index': {
        const s = this.strExpr(ctx, depth - 1);
        const k = this.intExpr(ctx, 0, 1000n);
        const neg = r.chance(0.3);
        const index = neg ? `-1 - ${wrap(k, P.mul)} % len(${s.c})` : `${wrap(k, P.mul)} % len(${s.c})`;
        return { c: `(${wrap(s, P.atom)}[${index}] if len(${s.c}) > 0 else ${stringLiteral(r, '?')})`, t: STR, b: 0n, p: P.atom };
      }
      case 'str':
      case 'repr': {
        const t = r.chance(0.6) ? r.pick<Ty>([INT, FLOAT, BOOL, STR, NONE]) : this.printableVarType(ctx);
        if (!printable(t, kind === 'repr')) return this.literal(STR, false);
        return { c: `${kind}(${this.expr(ctx, t, depth - 1, ANY).c})`, t: STR, b: 0n, p: P.atom };
      }
      case 'fstring':
        return this.fstring(ctx, depth);
      case 'call':
        return this.call(ctx, STR, depth) ?? this.literal(STR, false);
      case 'cond': {
        const a = this.strExpr(ctx, depth - 1);
        const b = this.strExpr(ctx, depth - 1);
        return { c: `${wrap(a, P.ifexp + 1)} if ${wrap(this.boolExpr(ctx, depth - 1), P.ifexp + 1)} else ${wrap(b, P.ifexp)}`, t: STR, b: 0n, p: P.ifexp };
      }
      default:
        return this.read(ctx, STR, FULL, depth) ?? this.literal(STR, false);
    }
  }

  protected fstring(ctx: Ctx, depth: number): E {
    const r = this.rng;
    let text = 'f"';
    for (let i = r.int(1, 3); i > 0; i--) {
      text += fstringText([...stringValue(r)].slice(0, 6).join(''));
      const vars = this.varsOf(ctx, (v) => printable(v.t) && v.t.k !== 'exc');
      const t = vars.length && r.chance(0.6) ? r.pick(vars).t : r.pick([INT, FLOAT, STR, BOOL]);
      const e = this.expr(ctx, t, Math.min(depth - 1, 1), ANY);
      if (/['"\\{}:!#\n]/.test(e.c)) continue;
      const conversion = printable(t, true) && r.chance(0.25) ? '!r' : '';
      text += `{${e.c}${conversion}}`;
    }
    return { c: `${text}"`, t: STR, b: 0n, p: P.atom };
  }

  /** A list: a shared one (variable, attribute, call) whose bound is exactly `bound` unless
   *  bound is ANY, or a new one whose items stay within bound. */
  protected listExpr(ctx: Ctx, t: Ty & { k: 'list' }, depth: number, bound: bigint, fresh = false): E {
    const r = this.rng;
    const item = t.item;
    // Items that are lists are shared by the new list: they keep the exact bound.
    const itemBound = item.k === 'list' ? bound : bound < 0n ? FULL : bound;
    if (depth > 0 && !fresh && r.chance(0.3)) {
      const v = this.read(ctx, t, bound, depth);
      if (v) return v;
    }
    const kind = r.weighted({ literal: 5, repeat: 1, empty: item.k === 'inst' ? 0 : 0.5, concat: 0.7, call: fresh ? 0 : 0.7 });
    switch (kind) {
      case 'repeat': {
        const e = this.expr(ctx, item, Math.max(0, depth - 1), itemBound);
        return { c: `[${e.c}] * ${r.int(0, 4)}`, t, b: e.b, p: P.mul };
      }
      case 'empty':
        return { c: '[]', t, b: 0n, p: P.atom };
      case 'concat': {
        // New operands: `xs = xs + xs` in a loop would double.
        const a = this.listExpr(ctx, t, depth - 1, item.k === 'list' ? bound : ANY, true);
        const b = this.listExpr(ctx, t, depth - 1, item.k === 'list' ? bound : ANY, true);
        const e: E = { c: `${wrap(a, P.add)} + ${wrap(b, P.add + 1)}`, t, b: maxB(a.b, b.b), p: P.add };
        return bound >= 0n && e.b > bound && intItems(t) ? this.listExpr(ctx, t, 0, bound) : e;
      }
      default: {
        const c = kind === 'call' ? this.call(ctx, t, depth, bound) : null;
        if (c) return c;
        const items = Array.from({ length: r.int(1, 4) }, () => this.expr(ctx, item, Math.max(0, depth - 1), itemBound));
        return { c: `[${items.map((e) => e.c).join(', ')}]`, t, b: item.k === 'list' ? bound : items.reduce((m, e) => maxB(m, e.b), 0n), p: P.atom };
      }
    }
  }

  protected instExpr(ctx: Ctx, cls: ClassInfo, depth: number): E {
    const r = this.rng;
    if (r.chance(0.4)) {
      const v = this.read(ctx, { k: 'inst', cls }, FULL, depth);
      if (v) return v;
    }
    // At depth 0 the class itself: its __init__ takes instances of earlier classes only, so
    // building the arguments ends.
    const concrete = depth > 0 ? r.pick(descendants(cls)) : cls;
    const fake: Callable = {
      name: concrete.name, order: 0, params: initParams(concrete), ret: NONE, retB: 0n, maxDepth: 0, owner: null,
      cost: 1, lines: 0, resizes: false, raises: new Set(), done: true,
    };
    const args = this.callArgs(ctx, fake, null, depth);
    return { c: `${concrete.name}(${args})`, t: { k: 'inst', cls }, b: 0n, p: P.atom };
  }
}
