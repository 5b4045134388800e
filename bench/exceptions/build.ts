// Builds the benchmark's modules with binaryen.js: the workload's text in one style, parsed,
// validated, optimized with Wyrm's own pass list (backend/optimize.ts) and emitted as a binary.
// The exnref variants take the legacy-EH module through Binaryen's translate-to-exnref pass,
// after the optimization, as `wasm-opt --emit-exnref` does: binaryen.js (v132) can read and
// write try_table and throw_ref but has no constructor for them, so this is how Wyrm, which
// builds its modules through binaryen.js, would produce them.

import { binaryen, WYRM_FEATURES } from '../../backend/wasm/binaryen.ts';
import { optimizeModule } from '../../backend/optimize.ts';
import { commonRuntime, eh, ehBare, checked, type Style } from './styles.ts';
import type { Workload } from './workloads.ts';

export type VariantId = 'checked' | 'eh' | 'exnref' | 'eh-bare' | 'exnref-bare';

export interface Variant {
  id: VariantId;
  style: Style;
  exnref: boolean;
  /** Whether the traceback records every frame the exception passes through, as Wyrm's does. */
  fullTraceback: boolean;
  title: string;
}

export const VARIANTS: readonly Variant[] = [
  { id: 'checked', style: checked, exnref: false, fullTraceback: true, title: 'checked returns, as Wyrm emits them' },
  { id: 'eh', style: eh, exnref: false, fullTraceback: true, title: 'legacy wasm EH (try/catch/rethrow), catch_all + rethrow per call for the traceback' },
  { id: 'exnref', style: eh, exnref: true, fullTraceback: true, title: '`eh` through translate-to-exnref (try_table/throw_ref)' },
  { id: 'eh-bare', style: ehBare, exnref: false, fullTraceback: false, title: 'legacy wasm EH without per-frame traceback (a lower bound)' },
  { id: 'exnref-bare', style: ehBare, exnref: true, fullTraceback: false, title: '`eh-bare` through translate-to-exnref' },
];

export function moduleText(workload: Workload, style: Style): string {
  return `(module${commonRuntime()}${style.runtime()}\n  ${workload.functions(style).join('\n  ')})\n`;
}

export interface Built {
  binary: Uint8Array;
  /** The optimized module as text (for looking at, and for the test). */
  text(): string;
}

/** Parses, optimizes (Wyrm's `-O<level>`; 0: none) and emits one variant of one workload. */
export function buildModule(workload: Workload, variant: Variant, level: number): Built {
  const module = binaryen.parseText(moduleText(workload, variant.style));
  try {
    module.setFeatures(WYRM_FEATURES | binaryen.Features.ExceptionHandling);
    if (!module.validate()) throw new Error(`${workload.id}/${variant.id}: the module does not validate`);
    optimizeModule(module, level);
    if (variant.exnref) module.runPasses(['translate-to-exnref']);
    if (!module.validate()) throw new Error(`${workload.id}/${variant.id} -O${level}: the optimized module does not validate`);
    const binary = module.emitBinary();
    const text = module.emitText();
    return { binary, text: () => text };
  } finally {
    module.dispose();
  }
}
