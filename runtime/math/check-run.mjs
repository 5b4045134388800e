// Helper of check.py: reads little-endian doubles from stdin (one argument per function
// parameter, interleaved), applies one crmath function and writes the results the same way.
// Usage: node runtime/math/check-run.mjs NAME < inputs > outputs

import { readFileSync, writeSync } from 'node:fs';
import * as crmath from './index.mjs';

const name = process.argv[2];
const fn = /** @type {(...args: number[]) => number} */ (/** @type {any} */ (crmath)[name]);
const bytes = readFileSync(0);
const input = new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
const arity = fn.length;
const output = new Float64Array(input.length / arity);
for (let i = 0; i < output.length; i++) {
  output[i] = arity === 1 ? fn(input[i]) : fn(input[2 * i], input[2 * i + 1]);
}
writeSync(1, new Uint8Array(output.buffer));
