/**
 * Seeded, platform-independent randomness for generated data (reference organisation, campaign
 * history): the same seed gives the same data on every machine. Shared so that every service
 * generates with the same streams.
 */
/** A 32-bit seed from a string (FNV-1a), so a tenant code always gives the same stream. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast, and the same numbers on every platform for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws over one seeded stream. */
export class Random {
  private readonly next: () => number;

  constructor(seed: string) {
    this.next = mulberry32(seedFrom(seed));
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** A new array in a seeded order (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  /** One of the choices, each as likely as its (whole-number) weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T {
    let roll = this.int(choices.reduce((sum, [, weight]) => sum + weight, 0));
    for (const [value, weight] of choices) {
      if (roll < weight) return value;
      roll -= weight;
    }
    return choices[choices.length - 1][0];
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(10));
    return out;
  }
}

/** `n` items split in the given proportions, largest remainders first (ties in the table's order). */
export function apportion<K extends string>(n: number, weights: Record<K, number>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const total = keys.reduce((sum, key) => sum + weights[key], 0);
  const exact = keys.map((key) => (n * weights[key]) / total);
  const counts = exact.map(Math.floor);
  const order = keys.map((_, index) => index).sort((a, b) => exact[b] - counts[b] - (exact[a] - counts[a]) || a - b);
  const left = n - counts.reduce((sum, c) => sum + c, 0);
  for (let i = 0; i < left; i++) counts[order[i]]++;
  return Object.fromEntries(keys.map((key, index) => [key, counts[index]])) as Record<K, number>;
}
