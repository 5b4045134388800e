// `node bench/exceptions/fastpath.ts`: where the fast-path cost of checked returns comes from.
// Times the fast-path cases (fib, loop) with parts of the generated code taken out: the test of
// the pending exception after each call, and the recursion-depth counting (whose `depth_enter`
// result every checked-returns function tests on entry, since RecursionError too is a checked
// return). These cut-down modules are not correct lowerings (they lose RecursionError or the
// propagation of exceptions); they only measure what each part costs when nothing raises.
// Wyrm's -O3 passes; CPU time of the main thread; interleaved rounds; medians.

import { binaryen, WYRM_FEATURES } from '../../backend/wasm/binaryen.ts';
import { optimizeModule } from '../../backend/optimize.ts';
import { median } from '../stats.ts';
import { markdownTable } from '../table.ts';
import { moduleText } from './build.ts';
import { cases, type Exports } from './cases.ts';
import { collector, threadCpuMs } from './clock.ts';
import { checked, eh, type Style } from './styles.ts';
import { WORKLOADS } from './workloads.ts';

const withoutCallTest = (text: string): string =>
  text.replace(/\(if \(i32\.eqz \(ref\.is_null \(global\.get \$exc\)\)\) \(then \(call \$tb_push \(i32\.const \d+\)\) \(br \$propagate\)\)\)/g, '');
const withoutDepth = (text: string): string =>
  text
    .replace(/\(if \(call \$depth_enter\) \(then \(br \$propagate\)\)\)/g, '')
    .replace(/\(call \$depth_(enter|leave)\)/g, '');

const FORMS: { id: string; style: Style; edit: (text: string) => string }[] = [
  { id: 'checked', style: checked, edit: (t) => t },
  { id: 'checked, no test after calls', style: checked, edit: withoutCallTest },
  { id: 'checked, no depth counting', style: checked, edit: withoutDepth },
  { id: 'checked, neither', style: checked, edit: (t) => withoutDepth(withoutCallTest(t)) },
  { id: 'eh', style: eh, edit: (t) => t },
  { id: 'eh, no depth counting', style: eh, edit: withoutDepth },
];

async function instantiate(text: string): Promise<Exports> {
  const module = binaryen.parseText(text);
  module.setFeatures(WYRM_FEATURES | binaryen.Features.ExceptionHandling);
  if (!module.validate()) throw new Error('a cut-down module does not validate');
  optimizeModule(module, 3);
  const binary = module.emitBinary();
  module.dispose();
  return (await WebAssembly.instantiate(binary as Uint8Array<ArrayBuffer>)).instance.exports as unknown as Exports;
}

async function main(): Promise<void> {
  const rounds = 9;
  const gc = collector();
  const fastCases = cases(1).filter((c) => c.id === 'fib' || c.id === 'loop');
  const rows: string[][] = [];
  const runs = await Promise.all(
    fastCases.flatMap((c) =>
      FORMS.map(async (form) => ({ c, form, exports: await instantiate(form.edit(moduleText(WORKLOADS.find((w) => w.id === c.module)!, form.style))) })),
    ),
  );
  const times = new Map<(typeof runs)[number], number[]>(runs.map((r) => [r, []]));
  for (let round = -3; round < rounds; round++) {
    process.stderr.write(`bench/exceptions/fastpath: round ${round + 4} of ${rounds + 3}\n`);
    for (const run of runs) {
      gc();
      const start = threadCpuMs();
      const result = run.c.run(run.exports);
      const ms = threadCpuMs() - start;
      if (result !== run.c.expected) throw new Error(`${run.c.id}, ${run.form.id}: ${result}, expected ${run.c.expected}`);
      if (round >= 0) times.get(run)!.push(ms); // rounds below 0 warm up
    }
  }
  for (const form of FORMS) {
    rows.push([
      form.id,
      ...fastCases.map((c) => {
        const ms = median(times.get(runs.find((r) => r.c === c && r.form === form)!)!)!;
        const reference = median(times.get(runs.find((r) => r.c === c && r.form === FORMS[0])!)!)!;
        return `${ms.toFixed(1)} ms (${(ms / reference).toFixed(2)}×)`;
      }),
    ]);
  }
  process.stdout.write(`CPU time of the main thread, median of ${rounds} interleaved runs after 3 warm-up rounds, Wyrm's -O3 passes; ratio to \`checked\`.\n\n`);
  process.stdout.write(markdownTable(['form', ...fastCases.map((c) => `${c.id}: ${c.title}`)], rows, [false, ...fastCases.map(() => true)]) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench/exceptions/fastpath: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
