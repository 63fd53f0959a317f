/**
 * Building blocks of the in-memory statistics store: strings numbered once (a vault repeats the
 * same codes and ids across a million incidents), sets of them numbered as combinations (an
 * incident's methods), and integer columns that grow and are written in place.
 */

/** Numbers each distinct string once, in order of first appearance. */
export class Dictionary {
  readonly values: string[] = [];
  readonly #codes = new Map<string, number>();

  /** The number of a string, given one if new. */
  of(value: string): number {
    let code = this.#codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.#codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }

  /** The number of a string or null (-1), given one if new. */
  optional(value: string | null): number {
    return value === null ? -1 : this.of(value);
  }

  /** The number of a known string, or undefined. */
  find(value: string): number | undefined {
    return this.#codes.get(value);
  }
}

/**
 * Sets of numbers of one dictionary, each numbered once: a million incidents share a few
 * thousand combinations of methods, so a row holds one number instead of a list.
 */
export class Combinations {
  readonly lists: Int32Array[] = [new Int32Array(0)];
  readonly #codes = new Map<string, number>([['', 0]]);

  /** The number of the set of these values (0 = the empty set). */
  of(dictionary: Dictionary, values: readonly string[]): number {
    const codes = [...new Set(values.map((v) => dictionary.of(v)))].sort((a, b) => a - b);
    const key = codes.join(',');
    let code = this.#codes.get(key);
    if (code === undefined) {
      code = this.lists.length;
      this.#codes.set(key, code);
      this.lists.push(Int32Array.from(codes));
    }
    return code;
  }
}

/** A growable column of 32-bit integers written by row. */
export class IntColumn {
  #data: Int32Array;

  constructor(readonly fill: number) {
    this.#data = new Int32Array(1024).fill(fill);
  }

  get(row: number): number {
    return row < this.#data.length ? (this.#data[row] as number) : this.fill;
  }

  set(row: number, value: number): void {
    if (row >= this.#data.length) {
      const bigger = new Int32Array(Math.max(row + 1, this.#data.length * 2)).fill(this.fill);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[row] = value;
  }
}
