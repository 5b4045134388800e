// Vitest settings: unit tests live beside each phase, end-to-end tests in tests/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['frontend/**/*.test.ts', 'annotator/**/*.test.ts', 'backend/**/*.test.ts', 'runtime/**/*.test.ts', 'diagnostics/**/*.test.ts', 'cli/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
