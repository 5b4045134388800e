// Time per call of each crmath function next to V8's Math function, on random inputs drawn
// over the ranges a program would use (huge trig arguments are timed on their own).
// Usage: node runtime/math/bench.mjs

import * as crmath from './index.mjs';

const N = 200_000;
let seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const uniform = (lo, hi) => () => lo + (hi - lo) * random();
const logUniform = (lo, hi, signed) => () => (signed && random() < 0.5 ? -1 : 1) * 2 ** (lo + (hi - lo) * random());

/** @type {[string, () => number, (() => number)?][]} */
const cases = [
  ['exp', uniform(-700, 700)], ['expm1', logUniform(-30, 5, true)], ['log', logUniform(-1000, 1000)],
  ['log2', logUniform(-1000, 1000)], ['log10', logUniform(-1000, 1000)], ['log1p', logUniform(-30, 30)],
  ['sin', uniform(-100, 100)], ['cos', uniform(-100, 100)], ['tan', uniform(-100, 100)],
  ['asin', uniform(-1, 1)], ['acos', uniform(-1, 1)], ['atan', logUniform(-30, 30, true)],
  ['sinh', uniform(-50, 50)], ['cosh', uniform(-50, 50)], ['tanh', uniform(-10, 10)],
  ['pow', logUniform(-10, 10), uniform(-30, 30)], ['atan2', uniform(-10, 10), uniform(-10, 10)],
  ['hypot', logUniform(-30, 30), logUniform(-30, 30)], ['fmod', logUniform(-10, 30), logUniform(-10, 10)],
  ['sin (|x| ~ 1e300)', logUniform(900, 1000)],
];

/** @param {(...a: number[]) => number} fn @param {Float64Array} xs @param {Float64Array | null} ys */
function time(fn, xs, ys) {
  let sink = 0;
  const run = () => {
    const start = performance.now();
    if (ys) for (let i = 0; i < xs.length; i++) sink += fn(xs[i], ys[i]);
    else for (let i = 0; i < xs.length; i++) sink += fn(xs[i]);
    return (performance.now() - start) * 1e6 / xs.length;
  };
  run();
  const t = Math.min(run(), run(), run());
  return sink === 1.2345 ? 0 : t;
}

console.log('function            crmath ns   Math ns');
for (const [label, gx, gy] of cases) {
  const name = label.split(' ')[0];
  const count = label.includes('1e300') ? N / 20 : N;
  const xs = Float64Array.from({ length: count }, gx);
  const ys = gy ? Float64Array.from({ length: count }, gy) : null;
  const ours = /** @type {any} */ (crmath)[name];
  const v8 = name === 'fmod' ? (/** @type {number} */ x, /** @type {number} */ y) => x % y : /** @type {any} */ (Math)[name];
  console.log(`${label.padEnd(18)} ${time(ours, xs, ys).toFixed(0).padStart(9)} ${time(v8, xs, ys).toFixed(0).padStart(9)}`);
}
