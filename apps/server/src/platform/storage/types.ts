import type { Readable } from 'node:stream';

/** Bytes to store: a Node stream or any async iterable of byte chunks (read once, in order). */
export type ByteSource = AsyncIterable<Uint8Array> | Readable;

/** What a put stored: its size in bytes and the SHA-256 (lower-case hex) of exactly those bytes. */
export interface PutResult {
  readonly size: number;
  readonly sha256: string;
}

/** Options of a put. */
export interface PutOptions {
  /** Lower-case hex SHA-256 the bytes must have; on a mismatch nothing is stored. */
  readonly expectedSha256?: string;
}

/** Bytes `start` to `end`, both inclusive (as in HTTP Range); `end` past the object is clamped. */
export interface ByteRange {
  readonly start: number;
  readonly end?: number;
}

/** One listed object. */
export interface ListedObject {
  readonly key: string;
  readonly size: number;
}

/**
 * Where evidence files live: opaque ciphertext under id-only keys. The server never decrypts.
 *
 * Keys match `^[a-z0-9][a-z0-9/_-]{0,200}$` with no empty segment (keys.ts); any other key or
 * prefix is StorageError `bad_key`. Errors are StorageError (errors.ts), except that an error
 * thrown by a put's source is passed through unchanged.
 */
export interface ObjectStore {
  /**
   * Streams `source` into a new object, hashing as it goes, in bounded memory. Atomic: readers
   * see the whole object or none. Write-once: a key that holds an object is `exists` (evidence
   * originals are never altered; delete first to replace). On `hash_mismatch`, a failed or
   * interrupted source, or any other failure, nothing is left behind.
   */
  put(key: string, source: ByteSource, options?: PutOptions): Promise<PutResult>;
  /** A stream of the object's bytes, or of `range`; `not_found`, `bad_range`. */
  get(key: string, range?: ByteRange): Promise<Readable>;
  /** The object's size, or null when there is none. */
  head(key: string): Promise<{ size: number } | null>;
  /** Removes the object; removing a missing one succeeds (idempotent). */
  delete(key: string): Promise<void>;
  /** Every object whose key starts with `prefix` ('' for all), in no particular order. */
  list(prefix: string): AsyncIterable<ListedObject>;
}
