// The exception benchmark's modules build, validate and compute the same results in every
// variant, unoptimized and optimized (at a tiny size: this checks, it does not time).

import { describe, expect, it } from 'vitest';
import { buildModule, VARIANTS } from './build.ts';
import { cases, verify, type Exports } from './cases.ts';
import { WORKLOADS } from './workloads.ts';

describe('exception benchmark modules', () => {
  for (const level of [0, 3]) {
    for (const variant of VARIANTS) {
      it(`${variant.id} at -O${level}`, async () => {
        for (const workload of WORKLOADS) {
          const built = buildModule(workload, variant, level);
          const { instance } = await WebAssembly.instantiate(built.binary as Uint8Array<ArrayBuffer>);
          const exports = instance.exports as unknown as Exports;
          for (const c of cases(0.001).filter((c) => c.module === workload.id)) {
            expect(verify(c, exports, c.run(exports), variant.fullTraceback), c.id).toBeUndefined();
          }
          const text = built.text();
          if (variant.exnref) expect(text).toContain('try_table');
          if (variant.style.id !== 'checked') expect(text).not.toContain('global.get $exc');
        }
      });
    }
  }
});
