// A small seeded PRNG for the fuzzer: every generated program and every mutant is a function of
// (seed, index) alone, so a run can be replayed one program at a time.

/** mulberry32 over a 32-bit state: fast, seedable, good enough to pick grammar productions. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The generator for item `index` of the run seeded `seed` (independent of other items). */
  static forItem(seed: number, index: number, salt = 0): Rng {
    let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35) ^ Math.imul(salt + 7, 0x27d4eb2f);
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d);
    h ^= h >>> 15;
    return new Rng(h);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An int in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An int in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick from an empty list');
    return items[this.below(items.length)]!;
  }

  /** Picks a key of `weights` with probability proportional to its weight (0 means never). */
  weighted<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      if (w <= 0) continue;
      r -= w;
      if (r < 0) return key;
    }
    return entries.filter(([, w]) => w > 0).at(-1)![0];
  }
}
