// Test support shared by the storage tests: byte sources and a collector.
import type { Readable } from 'node:stream';

/** `size` bytes of a repeatable pattern in chunks of `chunk` bytes, fresh buffers each time. */
export async function* patternSource(size: number, chunk = 64 * 1024): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < size; offset += chunk) {
    const n = Math.min(chunk, size - offset);
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i += 1) bytes[i] = (offset + i) % 251;
    yield bytes;
  }
}

/** The bytes patternSource(size) yields, as one array. */
export const patternBytes = (size: number): Uint8Array => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 1) bytes[i] = i % 251;
  return bytes;
};

/** A source that yields `before` bytes and then fails, like a client that disconnects. */
export async function* failingSource(before: number): AsyncIterable<Uint8Array> {
  yield* patternSource(before);
  throw new Error('source failed');
}

/** Reads a stream to the end into one array (for small test objects only). */
export const readAll = async (stream: Readable): Promise<Uint8Array> => {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
};

/** Collects an async iterable. */
export const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
