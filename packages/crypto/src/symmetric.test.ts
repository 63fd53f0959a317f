// The two implementations of `#symmetric` (ADR 13) must be interchangeable: a record sealed by
// the CLI (node:crypto) opens in the browser (WebCrypto) and back, and both fail the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CryptoError } from './errors';
import { symmetric as node } from './symmetric-node';
import { symmetric as web } from './symmetric-web';

const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
const keyOf = fc.constantFrom(16, 24, 32).chain((n) => bytes(n, n));

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'resolved';
  } catch (error) {
    return error instanceof CryptoError ? error.code : 'other';
  }
};

describe('the symmetric primitives in Node and in the browser', () => {
  it('seal to the same bytes and open what the other sealed', async () => {
    await fc.assert(
      fc.asyncProperty(
        keyOf,
        bytes(12, 12),
        bytes(0, 64),
        bytes(0, 3000),
        async (key, nonce, aad, plaintext) => {
          const a = await node.aesGcmEncrypt(key, nonce, aad, plaintext);
          const b = await web.aesGcmEncrypt(key, nonce, aad, plaintext);
          expect(a).toEqual(b);
          // The same bytes in pieces, as files are encrypted chunk by chunk.
          for (const impl of [node, web]) {
            const pieces = await impl.aesGcmEncryptPieces(key, nonce, aad, plaintext);
            expect(Uint8Array.from(pieces.flatMap((p) => [...p]))).toEqual(a);
          }
          expect(await web.aesGcmDecrypt(key, nonce, aad, a)).toEqual(plaintext);
          expect(await node.aesGcmDecrypt(key, nonce, aad, b)).toEqual(plaintext);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuse a changed byte, a wrong key or a wrong AAD alike, as decrypt_failed', async () => {
    await fc.assert(
      fc.asyncProperty(
        bytes(32, 32),
        bytes(12, 12),
        bytes(1, 500),
        fc.nat(),
        async (key, nonce, plaintext, at) => {
          const sealed = await node.aesGcmEncrypt(key, nonce, new Uint8Array(0), plaintext);
          const changed = sealed.slice();
          const i = at % changed.length;
          changed[i] = (changed[i] as number) ^ 1;
          const otherKey = key.map((b, j) => (j === 0 ? b ^ 1 : b));
          for (const impl of [node, web]) {
            expect(await codeOf(impl.aesGcmDecrypt(key, nonce, new Uint8Array(0), changed))).toBe(
              'decrypt_failed',
            );
            expect(
              await codeOf(impl.aesGcmDecrypt(otherKey, nonce, new Uint8Array(0), sealed)),
            ).toBe('decrypt_failed');
            expect(await codeOf(impl.aesGcmDecrypt(key, nonce, new Uint8Array([1]), sealed))).toBe(
              'decrypt_failed',
            );
            expect(
              await codeOf(impl.aesGcmDecrypt(key, nonce, new Uint8Array(0), sealed.slice(0, 15))),
            ).toBe('decrypt_failed');
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuse an AES key of another length and an empty HMAC key as bad_key', async () => {
    const nonce = new Uint8Array(12);
    const none = new Uint8Array(0);
    for (const impl of [node, web]) {
      for (const length of [0, 8, 31, 33, 64]) {
        const key = new Uint8Array(length);
        expect(await codeOf(impl.aesGcmEncrypt(key, nonce, none, none))).toBe('bad_key');
        expect(await codeOf(impl.aesGcmDecrypt(key, nonce, none, new Uint8Array(16)))).toBe(
          'bad_key',
        );
      }
      expect(await codeOf(impl.hmacSha256(none, new Uint8Array([1])))).toBe('bad_key');
    }
  });

  it('derive the same HKDF and HMAC outputs', async () => {
    await fc.assert(
      fc.asyncProperty(
        bytes(1, 64),
        bytes(0, 32),
        bytes(0, 100),
        fc.integer({ min: 1, max: 96 }),
        async (ikm, salt, info, length) => {
          expect(await node.hkdfBytes(ikm, salt, info, length)).toEqual(
            await web.hkdfBytes(ikm, salt, info, length),
          );
          expect(await node.hmacSha256(ikm, info)).toEqual(await web.hmacSha256(ikm, info));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('hash a stream piece by piece to the same SHA-256', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bytes(0, 2000), { maxLength: 8 }), async (pieces) => {
        const digests = [];
        for (const impl of [node, web]) {
          const h = await impl.sha256Stream();
          for (const p of pieces) h.update(p);
          digests.push(Buffer.from(h.digest()).toString('hex'));
        }
        expect(digests[0]).toBe(digests[1]);
      }),
      { numRuns: 100 },
    );
  });

  it('match RFC 5869 test case 1 in both', async () => {
    const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));
    const ikm = hex('0b'.repeat(22));
    const salt = hex('000102030405060708090a0b0c');
    const info = hex('f0f1f2f3f4f5f6f7f8f9');
    const okm =
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865';
    for (const impl of [node, web]) {
      expect(Buffer.from(await impl.hkdfBytes(ikm, salt, info, 42)).toString('hex')).toBe(okm);
    }
  });
});
