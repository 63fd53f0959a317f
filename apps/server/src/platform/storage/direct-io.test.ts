import fc from 'fast-check';
import { constants } from 'node:fs';
import { mkdtemp, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  DIRECT_ALIGN,
  SLOT_BYTES,
  SlotPool,
  openObjectReader,
  openObjectWriter,
  type Opener,
} from './direct-io';

let dir: string;
/** Whether this machine's temp file system takes O_DIRECT (tmpfs on old kernels does not). */
let directHere: boolean;
let n = 0;
const fresh = () => join(dir, `f${++n}`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vigil-direct-io-'));
  const O_DIRECT = (constants as { O_DIRECT?: number }).O_DIRECT;
  directHere =
    O_DIRECT !== undefined &&
    (await open(join(dir, 'probe'), constants.O_WRONLY | constants.O_CREAT | O_DIRECT, 0o600)
      .then(async (h) => (await h.close(), true))
      .catch(() => false));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const einval = () => Object.assign(new Error('invalid argument'), { code: 'EINVAL' });
const isDirect = (flags: number | string) =>
  typeof flags === 'number' && (flags & ((constants as { O_DIRECT?: number }).O_DIRECT ?? 0)) !== 0;

/** Opens for real, but refuses O_DIRECT at open, as tmpfs does. */
const refusingOpen: Opener = async (path, flags, mode) => {
  if (isDirect(flags)) throw einval();
  return open(path, flags, mode);
};

/** Opens for real; direct handles refuse their `nth` read or write and every one after. */
const refusingLater =
  (nth: number): Opener =>
  async (path, flags, mode) => {
    const handle = await open(path, flags, mode);
    if (!isDirect(flags)) return handle;
    let calls = 0;
    const refuse = <T>(real: () => Promise<T>): Promise<T> =>
      ++calls >= nth ? Promise.reject(einval()) : real();
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'write') {
          return (...args: [Uint8Array, number, number, number]) =>
            refuse(() => target.write(...args));
        }
        if (key === 'read') {
          return (...args: [Uint8Array, number, number, number]) =>
            refuse(() => target.read(...args));
        }
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      },
    });
  };

/** Random bytes of `size`, cut into chunks of random sizes (some larger than a slot). */
const chunked = (size: number, seed: number): { whole: Uint8Array; chunks: Uint8Array[] } => {
  const whole = new Uint8Array(size);
  let x = seed | 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    whole[i] = x & 0xff;
  }
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < size;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const length = Math.min(size - at, 1 + ((x >>> 0) % (SLOT_BYTES + 70_000)));
    chunks.push(whole.subarray(at, at + length));
    at += length;
  }
  return { whole, chunks };
};

const writeAll = async (
  path: string,
  chunks: Uint8Array[],
  options: Parameters<typeof openObjectWriter>[2],
) => {
  const writer = await openObjectWriter(path, 0o600, options);
  // The caller's buffer is refilled after each write, as a reader reusing one buffer does.
  const reused = new Uint8Array(SLOT_BYTES + 70_000);
  for (const chunk of chunks) {
    reused.set(chunk);
    await writer.write(reused.subarray(0, chunk.length));
    reused.fill(0xee);
  }
  await writer.end();
  await writer.sync();
  await writer.close();
  return writer;
};

/** Byte equality that stays quick on megabytes (toEqual walks element by element). */
const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

const readAll = async (stream: Readable): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part as Uint8Array);
  return Buffer.concat(parts);
};

// Sizes around the alignment and the slot, where the padding and the hand-over happen.
const sizeArb = fc.oneof(
  fc.integer({ min: 0, max: 3 * SLOT_BYTES }),
  fc.constantFrom(
    0,
    1,
    DIRECT_ALIGN - 1,
    DIRECT_ALIGN,
    DIRECT_ALIGN + 1,
    SLOT_BYTES - 1,
    SLOT_BYTES,
    SLOT_BYTES + 1,
    2 * SLOT_BYTES,
  ),
);

describe('openObjectWriter', () => {
  it('writes exactly the bytes given, in any chunk sizes, around the page cache where the file system allows', async () => {
    const pool = new SlotPool(2);
    await fc.assert(
      fc.asyncProperty(sizeArb, fc.integer(), async (size, seed) => {
        const { whole, chunks } = chunked(size, seed);
        const path = fresh();
        const writer = await writeAll(path, chunks, { pool });
        expect(writer.direct).toBe(directHere);
        expect(same(await readFile(path), whole)).toBe(true);
        expect((await stat(path)).mode & 0o777).toBe(0o600);
        expect(pool.available).toBe(2);
        await rm(path);
      }),
      { numRuns: 25 },
    );
  });

  it('writes through the page cache when the file system refuses O_DIRECT', async () => {
    const { whole, chunks } = chunked(SLOT_BYTES + 12_345, 7);
    const path = fresh();
    const pool = new SlotPool(2);
    const writer = await writeAll(path, chunks, { pool, opener: refusingOpen });
    expect(writer.direct).toBe(false);
    expect(same(await readFile(path), whole)).toBe(true);
    expect(pool.available).toBe(2);
  });

  it('finishes through the page cache when the file system refuses a direct write midway', async () => {
    if (!directHere) return; // the refusal is of a direct handle, which this machine cannot open
    for (const nth of [1, 2, 3]) {
      const { whole, chunks } = chunked(2 * SLOT_BYTES + 777, nth);
      const path = fresh();
      const writer = await writeAll(path, chunks, { opener: refusingLater(nth) });
      expect(writer.direct).toBe(false);
      expect(same(await readFile(path), whole), `refused at write ${nth}`).toBe(true);
    }
  });

  it('takes the buffered path when no pair of slots is free, instead of waiting', async () => {
    const pool = new SlotPool(1);
    const { whole, chunks } = chunked(10_000, 3);
    const path = fresh();
    const writer = await writeAll(path, chunks, { pool });
    expect(writer.direct).toBe(false);
    expect(same(await readFile(path), whole)).toBe(true);
  });

  it('hands its slots back when the writing fails', async () => {
    const pool = new SlotPool(2);
    const path = fresh();
    await writeFile(path, 'taken');
    await expect(openObjectWriter(path, 0o600, { pool })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(pool.available).toBe(2);
    const failing: Opener = async (p, flags, mode) => {
      const handle = await open(p, flags, mode);
      return new Proxy(handle, {
        get(target, key) {
          if (key === 'write') {
            return () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
          }
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        },
      });
    };
    const writer = await openObjectWriter(fresh(), 0o600, { pool, opener: failing });
    await expect(
      (async () => {
        await writer.write(new Uint8Array(2 * SLOT_BYTES + 1));
        await writer.end();
      })(),
    ).rejects.toThrow('disk full');
    await writer.close();
    expect(pool.available).toBe(2);
  });
});

describe('openObjectReader', () => {
  it('reads any range of a file, or all of it, around the page cache where the file system allows', async () => {
    const pool = new SlotPool(1);
    await fc.assert(
      fc.asyncProperty(
        sizeArb.filter((s) => s > 0),
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        async (size, seed, from, to) => {
          const { whole } = chunked(size, seed);
          const path = fresh();
          await writeFile(path, whole);
          expect(
            same(await readAll(await openObjectReader(path, undefined, { pool })), whole),
          ).toBe(true);
          const start = Math.min(size - 1, Math.floor(from * size));
          const end = Math.floor(to * size); // may pass the end, as a range may
          const got = await readAll(await openObjectReader(path, { start, end }, { pool }));
          expect(same(got, whole.subarray(start, Math.min(end, size - 1) + 1))).toBe(true);
          expect(pool.available).toBe(1);
          await rm(path);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads through the page cache when the file system refuses O_DIRECT, at open or midway', async () => {
    const { whole } = chunked(2 * SLOT_BYTES + 5_000, 11);
    const path = fresh();
    await writeFile(path, whole);
    for (const opener of [refusingOpen, refusingLater(1), refusingLater(2)]) {
      const pool = new SlotPool(1);
      const got = await readAll(await openObjectReader(path, undefined, { pool, opener }));
      expect(same(got, whole)).toBe(true);
      expect(pool.available).toBe(1);
    }
  });

  it('fails at open for a missing file, and hands its slot back when a reader stops early or never starts', async () => {
    const pool = new SlotPool(1);
    await expect(openObjectReader(join(dir, 'missing'), undefined, { pool })).rejects.toMatchObject(
      { code: 'ENOENT' },
    );
    expect(pool.available).toBe(1);
    const path = fresh();
    await writeFile(path, new Uint8Array(3 * SLOT_BYTES));
    const stream = await openObjectReader(path, undefined, { pool });
    for await (const piece of stream) {
      expect((piece as Uint8Array).length).toBeGreaterThan(0);
      break; // leaving the loop destroys the stream
    }
    // The stream gives its slot back once the read it had started comes in.
    await vi.waitFor(() => expect(pool.available).toBe(1));
    // And when it is destroyed before anything was read (a client gone at once).
    const unread = await openObjectReader(path, undefined, { pool });
    expect(pool.available).toBe(0);
    unread.destroy();
    await vi.waitFor(() => expect(pool.available).toBe(1));
  });

  it('lets the caller refuse a range once the size is known, closing the file', async () => {
    const pool = new SlotPool(1);
    const path = fresh();
    await writeFile(path, 'short');
    const refuse = (size: number) => {
      if (size < 10) throw new Error('range past the end');
    };
    await expect(openObjectReader(path, { start: 10 }, { pool, onSize: refuse })).rejects.toThrow(
      'range past the end',
    );
    expect(pool.available).toBe(1);
  });
});
