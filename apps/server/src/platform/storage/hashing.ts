import { createSha256, toHex } from '@vigil/crypto';
import { StorageError } from './errors';
import type { ByteRange, ByteSource } from './types';

/** The chunks of a source as bytes; anything else (strings, objects) is a programming error. */
export async function* bytesOf(source: ByteSource): AsyncIterable<Uint8Array> {
  for await (const chunk of source as AsyncIterable<unknown>) {
    if (!(chunk instanceof Uint8Array)) throw new TypeError('object sources yield bytes');
    yield chunk;
  }
}

/** Running size and SHA-256 of the bytes seen so far. */
export interface Digest {
  update(chunk: Uint8Array): void;
  /** Size and hex SHA-256; call once, at the end. */
  finish(): { size: number; sha256: string };
}

/** Starts a running size and SHA-256. */
export const startDigest = async (): Promise<Digest> => {
  const hasher = await createSha256();
  let size = 0;
  return {
    update: (chunk) => {
      hasher.update(chunk);
      size += chunk.length;
    },
    finish: () => ({ size, sha256: toHex(hasher.digest()) }),
  };
};

/** Throws `hash_mismatch` when an expected hash was given and differs (case-insensitive). */
export const checkExpected = (sha256: string, expected: string | undefined): void => {
  if (expected !== undefined && expected.toLowerCase() !== sha256) {
    throw new StorageError('hash_mismatch');
  }
};

/** Checks a range's numbers; whether it fits the object is checked against the size later. */
export const checkRange = (range: ByteRange | undefined): void => {
  if (range === undefined) return;
  const { start, end } = range;
  const ok =
    Number.isSafeInteger(start) &&
    start >= 0 &&
    (end === undefined || (Number.isSafeInteger(end) && end >= start));
  if (!ok) throw new StorageError('bad_range');
};
