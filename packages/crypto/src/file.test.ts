import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex, utf8 } from './encoding';
import { decryptFile, encryptFile, encryptFileWith, generateFileKey } from './file';
import { sha256 } from './hash';
import { randomBytes } from './random';
import { collect, expectCryptoError, expectEveryFlipFails, streamOf } from './test-support';

const fixedKey = Uint8Array.from({ length: 32 }, (_, i) => i);
// From pyca/cryptography (test-vectors/reference.py): "abcdefghij" in 4-byte chunks, file id "file-1".
const fixedFile = fromHex(
  '010000000464065c577eef52ee1d26e284e7ba097adc4242dc483c246b0a6b1526fb42e9961d5140e74115278b9e18236f88ac006e82ea4347ee9579d1185c',
);
const fixedEmpty = fromHex('0100000004f17df53685d24432261166e190e1c8d6');

/** Splits bytes into pieces of pseudo-random sizes, as a network or disk reader would. */
const splitAt = (bytes: Uint8Array, sizes: number[]): Uint8Array[] => {
  const out: Uint8Array[] = [];
  let o = 0;
  let i = 0;
  while (o < bytes.length) {
    const n = Math.max(1, sizes[i++ % sizes.length] ?? 1);
    out.push(bytes.slice(o, o + n));
    o += n;
  }
  return out;
};

const encryptSmall = (key: Uint8Array, id: string, plain: Uint8Array, chunk = 4) =>
  collect(encryptFileWith(key, id, streamOf([plain]), chunk));

const decrypt = (key: Uint8Array, id: string, cipher: Uint8Array) =>
  collect(decryptFile(key, id, streamOf([cipher])));

/** Sealed chunks of a small-chunk file (header stripped), for reordering tests. */
const chunksOf = (cipher: Uint8Array, chunk: number): Uint8Array[] => {
  const out: Uint8Array[] = [];
  for (let o = 5; o < cipher.length; o += chunk + 16) out.push(cipher.subarray(o, o + chunk + 16));
  return out;
};

describe('chunked file encryption', () => {
  it('matches vectors computed by an independent implementation', async () => {
    expect(toHex(await encryptSmall(fixedKey, 'file-1', utf8('abcdefghij')))).toBe(
      toHex(fixedFile),
    );
    expect(toHex(await encryptSmall(fixedKey, 'file-1', new Uint8Array(0)))).toBe(
      toHex(fixedEmpty),
    );
    expect(await decrypt(fixedKey, 'file-1', fixedFile)).toEqual(utf8('abcdefghij'));
  });

  it('yields one final chunk for an empty file', async () => {
    const cipher = await collect(encryptFile(generateFileKey(), 'f', streamOf([])));
    expect(cipher).toHaveLength(5 + 16);
  });

  it('round-trips any size around chunk boundaries, however the input is split', async () => {
    const key = generateFileKey();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 5 }),
        async (chunk, size, splits) => {
          const plain = randomBytes(size);
          const cipher = await collect(
            encryptFileWith(key, 'f', streamOf(splitAt(plain, splits)), chunk),
          );
          const chunks = Math.max(1, Math.ceil(size / chunk));
          expect(cipher).toHaveLength(5 + size + 16 * chunks);
          const back = await collect(decryptFile(key, 'f', streamOf(splitAt(cipher, splits))));
          expect(back).toEqual(plain);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same bytes with the size given as without, however the input is split', async () => {
    const key = generateFileKey();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 5 }),
        async (chunk, size, splits) => {
          const plain = randomBytes(size);
          const pieces = splitAt(plain, splits);
          const unsized = await collect(encryptFileWith(key, 'f', streamOf(pieces), chunk));
          const sized = await collect(encryptFileWith(key, 'f', streamOf(pieces), chunk, size));
          expect(toHex(sized)).toBe(toHex(unsized));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('round-trips a source that overwrites its one buffer for every piece, both ways', async () => {
    const key = generateFileKey();
    /** Yields every piece in the same buffer, overwriting it once the next piece is asked for. */
    async function* reusing(pieces: Uint8Array[]): AsyncGenerator<Uint8Array> {
      const buffer = new Uint8Array(64);
      for (const piece of pieces) {
        buffer.set(piece);
        yield buffer.subarray(0, piece.length);
        buffer.fill(0xee);
      }
    }
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.integer({ min: 1, max: 13 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (chunk, size, splits, sized) => {
          const plain = randomBytes(size);
          const source = reusing(splitAt(plain, splits));
          const cipher = await collect(
            encryptFileWith(key, 'f', source, chunk, sized ? size : undefined),
          );
          const back = await collect(decryptFile(key, 'f', reusing(splitAt(cipher, splits))));
          expect(toHex(back)).toBe(toHex(plain));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a source longer or shorter than the size it was given', async () => {
    const key = generateFileKey();
    const plain = randomBytes(20);
    await expectCryptoError(collect(encryptFileWith(key, 'f', streamOf([plain]), 8, 19)), [
      'bad_format',
    ]);
    await expectCryptoError(collect(encryptFileWith(key, 'f', streamOf([plain]), 8, 21)), [
      'bad_format',
    ]);
  });

  it('emits each chunk as soon as it is complete when the size is known', async () => {
    const key = generateFileKey();
    let pulled = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 3; i++) {
        pulled++;
        yield new Uint8Array(64);
      }
    }
    const seen: [number, number][] = [];
    let out = 0;
    for await (const piece of encryptFileWith(key, 'f', counted(), 64, 192)) {
      out += piece.length;
      if ((out - 5) % 80 === 0) seen.push([out, pulled]);
    }
    expect(seen).toEqual([
      [5, 0],
      [85, 1],
      [165, 2],
      [245, 3],
    ]);
  });

  it('round-trips 2.5 MiB at the real 1 MiB chunk size in three chunks', async () => {
    const key = generateFileKey();
    const plain = randomBytes(2.5 * 1024 * 1024);
    const pieces = await collect(
      encryptFile(key, 'big', streamOf(splitAt(plain, [65536, 100_003]))),
    );
    expect(pieces).toHaveLength(5 + plain.length + 3 * 16);
    const out: Uint8Array[] = [];
    for await (const p of decryptFile(key, 'big', streamOf(splitAt(pieces, [777_777]))))
      out.push(p);
    expect(out.map((p) => p.length)).toEqual([1048576, 1048576, 524288]);
    // Byte-wise toEqual on megabytes is slow; equal digests prove equality just as well.
    expect(toHex(await sha256(concatBytes(...out)))).toBe(toHex(await sha256(plain)));
  });

  it('streams: emits each chunk after reading about one chunk of input, not the whole source', async () => {
    const key = generateFileKey();
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(10);
      }
    }
    // [bytes out so far, pieces pulled] each time the header or a whole chunk (64 + 16) is out.
    const seen: [number, number][] = [];
    let out = 0;
    for await (const piece of encryptFileWith(key, 'f', endless(), 64)) {
      out += piece.length;
      if ((out - 5) % 80 === 0) seen.push([out, pulled]);
      if (seen.length === 4) break; // header + three chunks
    }
    // Chunk n goes out as soon as more than 64·n bytes were read (the extra byte proves it is not last).
    expect(seen).toEqual([
      [5, 0],
      [85, 7],
      [165, 13],
      [245, 20],
    ]);
  });

  it('fails with a typed error when any single byte is altered', async () => {
    await expectEveryFlipFails(fixedFile, (b) => decrypt(fixedKey, 'file-1', b));
    await expectEveryFlipFails(fixedEmpty, (b) => decrypt(fixedKey, 'file-1', b));
  });

  it('refuses reordered, dropped, duplicated, truncated or appended chunks', async () => {
    const key = generateFileKey();
    // 21 bytes in 4-byte chunks: five full chunks and a final one of 1 byte.
    const cipher = await encryptSmall(key, 'f', utf8('0123456789abcdef-xyz!'), 4);
    const header = cipher.subarray(0, 5);
    const cs = chunksOf(cipher, 4);
    expect(cs).toHaveLength(6);
    const c = (...idx: number[]) => concatBytes(header, ...idx.map((i) => cs[i] as Uint8Array));
    const variants: Uint8Array[] = [
      c(1, 0, 2, 3, 4, 5), // swapped
      c(0, 1, 2, 3, 5), // middle chunk dropped
      c(0, 1, 2, 3, 4), // final chunk dropped: truncation at a chunk boundary
      c(0, 0, 1, 2, 3, 4, 5), // duplicated
      c(0, 1, 2, 3, 4, 5, 5), // final chunk appended again
      concatBytes(cipher, randomBytes(20)), // junk appended
      cipher.subarray(0, cipher.length - 1), // cut inside the final chunk
    ];
    for (const [i, v] of variants.entries()) {
      await expectCryptoError(decrypt(key, 'f', v), ['decrypt_failed'], `variant ${i}`);
    }
    for (let n = 0; n < cipher.length; n++) {
      await expectCryptoError(decrypt(key, 'f', cipher.subarray(0, n)), undefined, `length ${n}`);
    }
  });

  it('refuses another file id, another key and unknown formats', async () => {
    await expectCryptoError(decrypt(fixedKey, 'file-2', fixedFile), ['decrypt_failed']);
    await expectCryptoError(decrypt(generateFileKey(), 'file-1', fixedFile), ['decrypt_failed']);
    const v2 = fixedFile.slice();
    v2[0] = 2;
    await expectCryptoError(decrypt(fixedKey, 'file-1', v2), ['unsupported_version']);
    const huge = fixedFile.slice();
    huge[1] = 0xff;
    await expectCryptoError(decrypt(fixedKey, 'file-1', huge), ['bad_format']);
    await expectCryptoError(decrypt(fixedKey.subarray(1), 'file-1', fixedFile), ['bad_key']);
  });
});
