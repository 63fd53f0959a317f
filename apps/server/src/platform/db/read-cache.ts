/**
 * A read-through cache for the embedded engine, emptied by every write (ADR 0009). Only correct
 * where this process is the database's only writer — PGlite, whose data directory is locked to one
 * server — and for reads made outside transactions (uncommitted data must never be cached).
 */
export class ReadCache {
  readonly #maxEntries: number;
  readonly #entries = new Map<string, unknown>();
  #generation = 0;

  constructor(maxEntries: number) {
    this.#maxEntries = maxEntries;
  }

  /** Called by the pool for every statement that may have written: forget everything. */
  invalidate(): void {
    this.#generation += 1;
    this.#entries.clear();
  }

  /**
   * The cached answer for `key`, or `load()`'s. An answer is kept only if no write happened while
   * it was loaded (it may predate that write) and only if it found something (a flood of unknown
   * keys must not push out real entries). The oldest entry goes first when the cache is full.
   */
  async read<T>(key: string, load: () => Promise<T>): Promise<T> {
    // Each key is read by one call site with one loader, so the stored value has its type.
    if (this.#entries.has(key)) return this.#entries.get(key) as T;
    const generation = this.#generation;
    const value = await load();
    if (value !== undefined && generation === this.#generation) {
      if (this.#entries.size >= this.#maxEntries) {
        const oldest = this.#entries.keys().next();
        if (oldest.done !== true) this.#entries.delete(oldest.value);
      }
      this.#entries.set(key, value);
    }
    return value;
  }
}
