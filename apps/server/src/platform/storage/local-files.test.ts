import fc from 'fast-check';
import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { batchedWriter, writevAll } from './local-files';

/** A FileHandle stand-in whose writev takes at most `limit(call)` bytes, recording what it got. */
const fakeHandle = (limit: (call: number) => number) => {
  const written: number[] = [];
  let calls = 0;
  const handle = {
    writev: async (chunks: Uint8Array[]) => {
      const max = limit(calls++);
      let taken = 0;
      for (const chunk of chunks) {
        for (const byte of chunk) {
          if (taken === max) return { bytesWritten: taken, buffers: chunks };
          written.push(byte);
          taken++;
        }
      }
      return { bytesWritten: taken, buffers: chunks };
    },
  };
  return { handle: handle as unknown as FileHandle, written, calls: () => calls };
};

const chunksArb = fc.array(fc.uint8Array({ minLength: 0, maxLength: 40 }), { maxLength: 12 });
const concat = (chunks: Uint8Array[]) => chunks.flatMap((c) => [...c]);

describe('writevAll', () => {
  it('writes every byte in order however short the kernel cuts each write', async () => {
    await fc.assert(
      fc.asyncProperty(chunksArb, fc.integer({ min: 1, max: 17 }), async (chunks, max) => {
        const fake = fakeHandle(() => max);
        await writevAll(fake.handle, chunks);
        expect(fake.written).toEqual(concat(chunks));
      }),
    );
  });
});

describe('batchedWriter', () => {
  it('writes the stream in order, in batches of the batch size but the last, even from a reused buffer', async () => {
    await fc.assert(
      fc.asyncProperty(chunksArb, fc.integer({ min: 1, max: 64 }), async (chunks, batch) => {
        const fake = fakeHandle(() => Number.MAX_SAFE_INTEGER);
        const writer = batchedWriter(fake.handle, batch);
        const reused = new Uint8Array(64);
        for (const chunk of chunks) {
          // The source refills one buffer for every chunk, as a file reader may.
          reused.set(chunk);
          await writer.write(reused.subarray(0, chunk.length));
          reused.fill(0xee);
        }
        await writer.end();
        expect(fake.written).toEqual(concat(chunks));
        const total = concat(chunks).length;
        expect(fake.calls()).toBe(Math.ceil(total / batch));
      }),
    );
  });

  it('reports a failed write at the next write or at the end, never as an unhandled rejection', async () => {
    const failing = {
      writev: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
    } as unknown as FileHandle;
    const writer = batchedWriter(failing, 4);
    await writer.write(new Uint8Array(4)); // starts the write that fails
    await expect(writer.end()).rejects.toThrow('disk full');
  });
});
