// Formatting conformance of translated programs: every case of runtime/pyformat.cases.json
// (CPython's format(), `%` and str.format results and errors) run by translated programs,
// through each path of the wasm formatter: constant specs and formats (planned when
// translating, laid out in wasm), specs and formats chosen at run time (resolved or run by the
// host), and f-string fields. The values come from lists, so that nothing is folded when
// translating. Cases outside Wyrm's domain are left out: ints beyond 64 bits, %d of floats
// beyond them, results longer than 5000 characters. Constant formats that CPython always rejects
// are only run at run time (Wyrm refuses them when translating).
//
// Usage: node tools/format-conformance.ts [-v]   (half a minute; exits 1 on a mismatch)

import { SourceFile } from '../frontend/source.ts';
import { translate } from '../driver/pipeline.ts';
import { runCaptured } from '../driver/run.ts';
import { loadFormatCases, type JsonValue, type Outcome } from '../runtime/formatcases.ts';

const cases = loadFormatCases();

const verbose = process.argv.includes('-v');
/** Joins the texts of a list (no fixture text has this private-use character). */
const SEPARATOR = '\ue000';
const EXCEPTIONS = ['ValueError', 'TypeError', 'OverflowError', 'IndexError', 'KeyError', 'MemoryError'];

/** A Python str literal of any text, cut in parts (a long literal is slow to translate). */
function literal(text: string): string {
  const parts: string[] = [];
  const chars = Array.from(text);
  for (let i = 0; i < chars.length || parts.length === 0; i += 2000) parts.push(JSON.stringify(chars.slice(i, i + 2000).join('')));
  // JSON string escapes are Python's, but for lone surrogates, which the fixture has none of.
  return `(${parts.join(' + ')})`;
}

/** except clauses printing the exception raised for the case `key` (a Python expression). */
function handlers(key: string, indent: string): string[] {
  return EXCEPTIONS.flatMap((name) => [`${indent.slice(4)}except ${name} as e:`, `${indent}show(${key}, "${name}", str(e))`]);
}

/** A program's pools of values: each value becomes `ints[3]`, `strs[0]`..., read from a list. */
class Pools {
  private readonly pools = new Map<string, string[]>([['int', []], ['float', []], ['str', []], ['bool', []]]);

  ref(value: JsonValue): string {
    if (value.type === 'none') return 'None';
    const pool = this.pools.get(value.type)!;
    pool.push(value.type === 'bool' ? (value.value ? '1' : '') : value.value);
    return `${value.type}s[${pool.length - 1}]`;
  }

  header(): string[] {
    const convert: Record<string, string> = { int: 'int(t)', float: 'float(t)', str: 't', bool: "t == '1'" };
    return [...this.pools].flatMap(([type, values]) => [
      `${type}s = []`,
      ...(values.length === 0 ? [] : [
        `for t in ${literal(values.join(SEPARATOR))}.split(${JSON.stringify(SEPARATOR)}):`,
        `    ${type}s.append(${convert[type]})`,
      ]),
    ]);
  }
}

/** One program: lines of code, each printing the outcome of case `index` as `index kind length text`. */
class Program {
  readonly pools = new Pools();
  private readonly statements: string[][] = [];
  readonly expected = new Map<string, Outcome>();
  readonly header: string[] = [];

  /** A case whose outcome `expression` prints (raising only when `mayRaise`). */
  add(key: string, expression: string, outcome: Outcome, mayRaise = true): void {
    this.expected.set(key, outcome);
    if (!mayRaise) {
      this.statements.push([`    show(${JSON.stringify(key)}, "ok", ${expression})`]);
      return;
    }
    this.statements.push(['    try:', `        show(${JSON.stringify(key)}, "ok", ${expression})`, ...handlers(JSON.stringify(key), '        ')]);
  }

  source(): string {
    const lines = ['def show(key: str, kind: str, text: str) -> None:', '    print(key, kind, len(text), text)', ...this.pools.header(), ...this.header];
    // Functions of 50 cases: the optimizer and the annotator are faster on small functions.
    for (let i = 0; i < this.statements.length; i += 50) {
      lines.push(`def part${i / 50}() -> None:`, ...this.statements.slice(i, i + 50).flat());
    }
    for (let i = 0; i < this.statements.length; i += 50) lines.push(`part${i / 50}()`);
    return `${lines.join('\n')}\n`;
  }
}

function fits(value: JsonValue): boolean {
  return value.type !== 'int' || (BigInt(value.value) >= -(2n ** 63n) && BigInt(value.value) < 2n ** 63n);
}

function small(outcome: Outcome): boolean {
  return typeof outcome !== 'string' || Array.from(outcome).length <= 5000;
}

function pyString(text: string): string {
  return literal(text);
}

const programs = new Map<string, Program>();
const program = (name: string): Program => {
  let p = programs.get(name);
  if (!p) {
    p = new Program();
    programs.set(name, p);
  }
  return p;
};

/** Splits a literal of joined texts into a list. */
const list = (texts: string[]) => `${literal(texts.join(SEPARATOR))}.split(${JSON.stringify(SEPARATOR)})`;

const runtimeFormats = new Map<string, { keys: string[]; specs: string[] }>();
cases.format.forEach(([value, spec, outcome], i) => {
  if (!fits(value) || !small(outcome)) return;
  const constant = program(`format-constant-${value.type}`);
  if (typeof outcome === 'string') {
    const ref = constant.pools.ref(value);
    constant.add(`f${i}`, `format(${ref}, ${pyString(spec)})`, outcome, false);
    if (/^[^{}'"\\]*$/.test(spec) && Array.from(spec).every((ch) => ch >= ' ' && ch !== '\x7f')) {
      constant.add(`s${i}`, `f'{${ref}:${spec}}'`, outcome, false);
    }
  }
  // Specs chosen at run time: one loop over the cases of each type, with format() and an f-string.
  const runtime = program(`format-runtime-${value.type}`);
  runtime.expected.set(`f${i}`, outcome);
  runtime.expected.set(`s${i}`, outcome);
  let columns = runtimeFormats.get(value.type);
  if (!columns) runtimeFormats.set(value.type, (columns = { keys: [], specs: [] }));
  columns.keys.push(String(i));
  runtime.pools.ref(value); // the value's position in its pool is its position in keys
  columns.specs.push(spec);
});
for (const [type, { keys, specs }] of runtimeFormats) {
  programs.get(`format-runtime-${type}`)!.header.push(
    `keys = ${list(keys)}`,
    `specs = ${list(specs)}`,
    `for i in range(len(keys)):`,
    `    v = ${type === 'none' ? 'None' : `${type}s[i]`}`,
    `    try:`,
    `        show("f" + keys[i], "ok", format(v, specs[i]))`,
    ...handlers('"f" + keys[i]', '        '),
    `    try:`,
    `        show("s" + keys[i], "ok", f"{v:{specs[i]}}")`,
    ...handlers('"s" + keys[i]', '        '),
  );
}

const hugeFloat = (values: JsonValue[]) => values.some((v) => v.type === 'float' && Math.abs(Number(v.value)) >= 2 ** 63 && Number.isFinite(Number(v.value)));
const percentRuntime = program('percent-runtime');
cases.percent.forEach(([format, values, outcome], i) => {
  if (!values.every(fits) || !small(outcome) || (hugeFloat(values) && /[diu]/.test(format))) return;
  if (/\*/.test(format) && /2147483647|9223372036854775807/.test(JSON.stringify(values))) return;
  const constant = program('percent-constant');
  const tuple = (p: Program) => `(${values.map((v) => `${p.pools.ref(v)}, `).join('')})`;
  if (typeof outcome === 'string') constant.add(`p${i}`, `${pyString(format)} % ${tuple(constant)}`, outcome, false);
  percentRuntime.add(`p${i}`, `formats[${i}] % ${tuple(percentRuntime)}`, outcome);
});
percentRuntime.header.push(`formats = ${list(cases.percent.map(([format]) => format))}`);

const templateRuntime = program('template-runtime');
cases.strFormat.forEach(([template, positional, named, outcome], i) => {
  if (![...positional, ...Object.values(named)].every(fits) || !small(outcome)) return;
  const args = (p: Program) => [...positional.map((v) => p.pools.ref(v)), ...Object.entries(named).map(([k, v]) => `${k}=${p.pools.ref(v)}`)].join(', ');
  const supported = !/\{[^}]*[.[]|!a/.test(template);
  if (typeof outcome === 'string' && supported) {
    const constant = program('template-constant');
    constant.add(`t${i}`, `${pyString(template)}.format(${args(constant)})`, outcome, false);
  }
  templateRuntime.add(`t${i}`, `templates[${i}].format(${args(templateRuntime)})`, outcome);
});
templateRuntime.header.push(`templates = ${list(cases.strFormat.map(([template]) => template))}`);

/** The outcomes a program printed, by key. */
function parseOutput(stdout: string): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  const chars = Array.from(stdout);
  let pos = 0;
  const word = (): string => {
    let text = '';
    while (chars[pos] !== ' ') text += chars[pos++];
    pos += 1;
    return text;
  };
  while (pos < chars.length) {
    const key = word();
    const kind = word();
    const length = Number(word());
    const text = chars.slice(pos, pos + length).join('');
    pos += length + 1;
    outcomes.set(key, kind === 'ok' ? text : [kind, text]);
  }
  return outcomes;
}

let failures = 0;
let checked = 0;
for (const [name, p] of programs) {
  const started = performance.now();
  const source = new SourceFile(`${name}.py`, p.source());
  const translation = translate(source, { optimize: 0, scriptPath: `${name}.py` });
  const run = await runCaptured(translation);
  const got = parseOutput(run.stdout);
  let mismatches = 0;
  for (const [key, want] of p.expected) {
    checked += 1;
    const outcome = got.get(key);
    if (JSON.stringify(outcome) === JSON.stringify(want)) continue;
    mismatches += 1;
    if (mismatches <= 5) console.log(`${name} ${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(outcome)}`);
  }
  failures += mismatches;
  if (run.status !== 0) console.log(`${name}: exit status ${run.status}\n${run.stderr}`);
  if (verbose || mismatches > 0) console.log(`${name}: ${p.expected.size} cases, ${mismatches} mismatches (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
console.log(`${checked} cases, ${failures} mismatches`);
process.exitCode = failures > 0 ? 1 : 0;
