import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkQueue } from './chunk-queue';

describe('ChunkQueue', () => {
  it('gives back the pushed bytes in order whatever the piece and take sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 30 }), { maxLength: 10 }),
        fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 20 }),
        (pieces, sizes) => {
          const queue = new ChunkQueue();
          for (const piece of pieces) queue.push(piece);
          const all = pieces.flatMap((p) => [...p]);
          const taken: Uint8Array[] = [];
          for (let i = 0; queue.length > 0; i++) {
            const n = Math.min(sizes[i % sizes.length] ?? 1, queue.length);
            taken.push(queue.take(n));
            expect(taken.at(-1)?.length).toBe(n);
          }
          // Earlier answers stay intact after later takes (views never get overwritten).
          expect(taken.flatMap((t) => [...t])).toEqual(all);
        },
      ),
    );
  });

  it('keeps its bytes when the source overwrites a piece after own() and copies only what is left', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 30 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 25 }),
        (pieces, size) => {
          const queue = new ChunkQueue();
          const taken: number[] = [];
          for (const piece of pieces) {
            const borrowed = piece.slice();
            queue.push(borrowed);
            while (queue.length >= size) taken.push(...queue.take(size));
            queue.own();
            borrowed.fill(0xee); // the source reuses its buffer for the next piece
          }
          taken.push(...queue.take(queue.length));
          expect(taken).toEqual(pieces.flatMap((p) => [...p]));
        },
      ),
    );
  });
});
