/**
 * Counter-based randomness: every entity draws from its own stream, seeded by (seed, stream, index).
 * So a node's properties and edges depend only on its index — not on batch size, generation order, or
 * whether the CSV writer or the UNWIND importer asked — and any slice of the graph can be regenerated alone.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform float in [0, 1) (mulberry32: small, fast, and good enough for test data). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * An index in [0, n) where low indices are far likelier: P(index < x) = (x/n)^(1/skew). With skew 3 the
   * in-degree of the node at rank r falls like r^(-2/3) — a heavy tail of hubs (ministries, big cities).
   */
  skewed(n: number, skew = 3): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), skew)));
  }

  /** A count >= min with a Pareto tail (alpha ~ 1.5), capped: most entities have a few, some have many. */
  heavyCount(min: number, cap: number, alpha = 1.5): number {
    const u = 1 - this.next();
    return Math.min(cap, Math.floor(min / Math.pow(u, 1 / alpha)));
  }

  /** Up to `count` distinct values drawn by `draw` (fewer if draws keep colliding). */
  distinct(count: number, draw: () => number): number[] {
    const out = new Set<number>();
    for (let tries = 0; out.size < count && tries < count * 4; tries++) out.add(draw());
    return [...out];
  }
}

/** FNV-1a of a string, for turning stream names into numbers. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The stream of one entity: independent of every other (seed, stream, index). */
export function streamFor(seed: number, stream: string, index: number): Random {
  let h = Math.imul(seed ^ hashString(stream), 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return new Random((h ^ (h >>> 16)) >>> 0);
}
