#!/usr/bin/env node
// The `wyrm` executable. Plain JavaScript so that it can refuse an old Node in one line: the
// real CLI is TypeScript, run through Node's built-in type stripping (Node 24 and newer).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `wyrm: error: Node ${process.versions.node} is too old; Wyrm needs Node 24 or newer ` +
      `(run it as 'npx wyrm' in the repository, which uses the Node pinned in package.json)\n`,
  );
  process.exit(2);
}
// Node keeps the compiled (and type-stripped) modules in its compile cache between runs, which
// saves about a fifth of the CPU time of a short translation.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
// Before anything loads Binaryen (driver/tiering.ts says why).
const { tierForTranslator } = await import('../driver/tiering.ts');
tierForTranslator();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
