// pi, ln 2 and ln 10 to any number of bits for the slow path, from Machin's formula and atanh
// series in fixed point. Each constant is cached at the largest precision asked for so far;
// smaller requests are served by shifting the cached value.

/**
 * sum over k of 1 / ((2k+1) n^(2k+1)), alternating when `alternate`: atan(1/n) or atanh(1/n),
 * in fixed point with q fraction bits (error below q/8 units).
 * @param {bigint} n
 * @param {number} q
 * @param {boolean} alternate
 */
function inverseSeries(n, q, alternate) {
  const n2 = n * n;
  let power = (1n << BigInt(q)) / n;
  let sum = 0n;
  for (let k = 1n; power !== 0n; k += 2n) {
    const term = power / k;
    sum += alternate && (k & 2n) ? -term : term;
    power /= n2;
  }
  return sum;
}

const GUARD = 16;

/** @type {Map<string, { q: number, value: bigint }>} */
const cache = new Map();

/**
 * @param {string} name
 * @param {(q: number) => bigint} compute value in fixed point with q fraction bits
 * @param {number} q
 */
function cached(name, compute, q) {
  let entry = cache.get(name);
  if (entry === undefined || entry.q < q) {
    const wanted = Math.max(q, 2 * (entry?.q ?? 0), 256);
    entry = { q: wanted, value: compute(wanted + GUARD) >> BigInt(GUARD) };
    cache.set(name, entry);
  }
  return entry.value >> BigInt(entry.q - q);
}

/**
 * pi with q fraction bits, within 2 units.
 * @param {number} q
 */
export function pi(q) {
  return cached('pi', (w) => 16n * inverseSeries(5n, w, true) - 4n * inverseSeries(239n, w, true), q);
}

/**
 * ln 2 with q fraction bits, within 2 units.
 * @param {number} q
 */
export function ln2(q) {
  return cached('ln2', (w) => 2n * inverseSeries(3n, w, false), q);
}

/**
 * ln 10 with q fraction bits, within 2 units (ln 10 = 3 ln 2 + ln(5/4), ln(5/4) = 2 atanh(1/9)).
 * @param {number} q
 */
export function ln10(q) {
  return cached('ln10', (w) => 6n * inverseSeries(3n, w, false) + 2n * inverseSeries(9n, w, false), q);
}
