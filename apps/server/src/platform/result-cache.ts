import type { z } from 'zod';

/**
 * Answers computed from the database, kept in memory until what they were computed from changes.
 * Each entry remembers a fingerprint of its sources (e.g. the activity numbers of migration 0011);
 * a lookup with another fingerprint misses and drops the entry. Bounded by bytes, least recently
 * used first out, so a server never holds more than `maxBytes` of answers.
 */
export class ResultCache {
  readonly #entries = new Map<string, { readonly fingerprint: string; readonly bytes: Buffer }>();
  #size = 0;

  constructor(readonly maxBytes: number) {}

  /** The bytes stored under `key` for exactly this fingerprint, or undefined. */
  get(key: string, fingerprint: string): Buffer | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    this.#drop(key);
    if (entry.fingerprint !== fingerprint) return undefined;
    this.#entries.set(key, entry); // most recently used last
    this.#size += entry.bytes.length;
    return entry.bytes;
  }

  /** Stores an answer; one larger than a quarter of the bound is not kept. */
  set(key: string, fingerprint: string, bytes: Buffer): void {
    this.#drop(key);
    if (bytes.length > this.maxBytes / 4) return;
    this.#entries.set(key, { fingerprint, bytes });
    this.#size += bytes.length;
    for (const [oldest] of this.#entries) {
      if (this.#size <= this.maxBytes) break;
      this.#drop(oldest);
    }
  }

  /** Bytes held now. */
  get size(): number {
    return this.#size;
  }

  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#size -= entry.bytes.length;
  }
}

/** An answer already checked against its route's response schema and serialised as JSON. */
export class PreparedJson {
  constructor(readonly bytes: Buffer) {}
}

/**
 * The answer stored under `key` while `fingerprint` holds, else computed, checked against the
 * response schema (as the route's serialiser would) and stored. The caller reads the fingerprint
 * *before* computing, so a change committed meanwhile makes the next lookup miss.
 */
export const cachedAnswer = async <S extends z.ZodType>(
  cache: ResultCache,
  key: string,
  fingerprint: string,
  schema: S,
  compute: () => Promise<z.input<S>>,
): Promise<PreparedJson> => {
  const hit = cache.get(key, fingerprint);
  if (hit !== undefined) return new PreparedJson(hit);
  const bytes = Buffer.from(JSON.stringify(schema.parse(await compute())));
  cache.set(key, fingerprint, bytes);
  return new PreparedJson(bytes);
};
