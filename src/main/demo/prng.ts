// The demo's only randomness: a small seeded PRNG (mulberry32) with the distributions the demo data needs, and
// draws derived from hashed parts for the demo server (the same seed gives the same faults, synthesized details
// and driver order, so tests can assert exact sequences). Same seed → same sequence, on every machine: no
// Math.random anywhere in the demo.

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  chance(p: number): boolean;
  /** integer in [min, max] */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** index drawn with the given non-negative weights */
  weighted(weights: readonly number[]): number;
  normal(mean: number, sd: number): number;
  /** exponential with the given mean */
  exponential(mean: number): number;
  /** log-normal with the given median and shape */
  logNormal(median: number, sigma: number): number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    return mulberryOutput(a);
  };
}

/** mulberry32's output for one state: [0, 1). */
function mulberryOutput(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Mixes several integers into one 32-bit seed, so (seed, day) pairs give unrelated streams. */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p | 0), 0x01000193);
    h = Math.imul(h ^ Math.floor(p / 4294967296), 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const rng: Rng = {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(weights) {
      const total = weights.reduce((s, w) => s + w, 0);
      let r = next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i]!;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    normal(mean, sd) {
      // Box–Muller; 1 − u keeps the log away from 0.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    exponential: (mean) => -mean * Math.log(1 - next()),
    logNormal: (median, sigma) => median * Math.exp(rng.normal(0, sigma)),
  };
  return rng;
}

/** FNV-1a over the joined parts, as an unsigned 32-bit integer. Hashes the first UTF-16 unit of each code
 * point (what hashing `for (const ch of text) ch.charCodeAt(0)` gives), parts separated by U+0001. */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) h = Math.imul(h ^ 1, 0x01000193);
    const part = parts[p]!;
    const text = typeof part === 'string' ? part : String(part);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      h = Math.imul(h ^ unit, 0x01000193);
      // The low half of a surrogate pair belongs to the same code point: not hashed.
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
  }
  return h >>> 0;
}

/** A number in [0, 1) derived from the parts: the first draw of mulberry32(hash32(parts)). */
export function unitFrom(...parts: (string | number)[]): number {
  return mulberryOutput((hash32(...parts) + 0x6d2b79f5) >>> 0);
}

/** Integer in [min, max] derived from the parts. */
export function intFrom(min: number, max: number, ...parts: (string | number)[]): number {
  return min + Math.floor(unitFrom(...parts) * (max - min + 1));
}

export function pickFrom<T>(items: readonly T[], ...parts: (string | number)[]): T {
  const item = items[Math.floor(unitFrom(...parts) * items.length)];
  if (item === undefined) throw new Error('pickFrom needs a non-empty list');
  return item;
}

/** A version-4-shaped UUID derived from the parts (stable public ids). */
export function uuidFrom(...parts: (string | number)[]): string {
  const next = mulberry32(hash32(...parts));
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
