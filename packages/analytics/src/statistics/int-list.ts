/** A growable list of 32-bit integers, so a million facts are loaded without boxed numbers. */
export class IntList {
  private data = new Int32Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    if (this.count === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.count++] = value;
  }

  at(index: number): number {
    return this.data[index] as number;
  }

  /** A copy trimmed to the values pushed. */
  toArray(): Int32Array {
    return this.data.slice(0, this.count);
  }
}
