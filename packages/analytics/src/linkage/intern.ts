// Dense ids for numbers: an open-addressing hash table on typed arrays, several times faster
// than a Map for the millions of blocking keys and comparison patterns a linkage interns.

const EMPTY = -1;

/** Gives each distinct number (a safe integer ≥ 0) the next id, 0, 1, 2, … */
export class NumberInterner {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** How many distinct numbers have ids. */
  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = (key / 4294967296) >>> 0;
    return (Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> 0) & this.mask;
  }

  /** The id of `key`, given now if it had none. */
  id(key: number): number {
    let s = this.slot(key);
    for (;;) {
      const id = this.ids[s] as number;
      if (id === EMPTY) break;
      if (this.keys[s] === key) return id;
      s = (s + 1) & this.mask;
    }
    const id = this.count;
    this.keys[s] = key;
    this.ids[s] = id;
    this.count += 1;
    if (this.count * 2 > this.mask) this.grow();
    return id;
  }

  /** The id of `key`, or -1 when it has none. */
  get(key: number): number {
    let s = this.slot(key);
    for (;;) {
      const id = this.ids[s] as number;
      if (id === EMPTY || this.keys[s] === key) return id;
      s = (s + 1) & this.mask;
    }
  }

  private grow(): void {
    const keys = this.keys;
    const ids = this.ids;
    const capacity = keys.length * 2;
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let s = 0; s < keys.length; s += 1) {
      const id = ids[s] as number;
      if (id === EMPTY) continue;
      let t = this.slot(keys[s] as number);
      while (this.ids[t] !== EMPTY) t = (t + 1) & this.mask;
      this.keys[t] = keys[s] as number;
      this.ids[t] = id;
    }
  }
}

/**
 * A direct-mapped cache of small results (0–127) by a pair of ids: a slot per hash, overwritten
 * on collision, so it never grows. Remembers the levels of value pairs that blocks repeat.
 */
export class PairCache {
  private readonly keys: Float64Array;
  private readonly values: Int8Array;
  private readonly mask: number;

  constructor(bits = 20) {
    this.keys = new Float64Array(1 << bits).fill(-1);
    this.values = new Int8Array(1 << bits);
    this.mask = (1 << bits) - 1;
  }

  private slot(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b)) & this.mask;
  }

  /** The cached result for (a, b) with key `a * span + b`, or −1. */
  get(a: number, b: number, span: number): number {
    const s = this.slot(a, b);
    return this.keys[s] === a * span + b ? (this.values[s] as number) : -1;
  }

  set(a: number, b: number, span: number, value: number): void {
    const s = this.slot(a, b);
    this.keys[s] = a * span + b;
    this.values[s] = value;
  }
}
