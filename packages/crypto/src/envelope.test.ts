import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './encoding';
import { envelopeKeyVersion, open, openJson, seal, sealEnvelopeBytes, sealJson } from './envelope';
import { expectCryptoError, expectEveryFlipFails, flipped } from './test-support';
import type { EnvelopeContext } from './types';
import { generateVaultKey, vaultKeyFromBytes } from './vault-key';

const ctx: EnvelopeContext = {
  vaultId: '0190a6f0-0000-7000-8000-000000000001',
  kind: 'person',
  recordId: 'rec-1',
};
const fixedKey = vaultKeyFromBytes(
  7,
  Uint8Array.from({ length: 32 }, (_, i) => i),
);
// From pyca/cryptography (test-vectors/reference.py): key 00..1f v7, nonce 00..0b.
const fixedEnvelope = 'AQAAAAcAAQIDBAUGBwgJCgs-YWAAscQ4LQQBdUT03j_hW-UycwKzOJFu5mG1ncoNZkrN6DnG';

describe('sealed envelope v1', () => {
  it('matches a vector computed by an independent implementation', async () => {
    const nonce = Uint8Array.from({ length: 12 }, (_, i) => i);
    const bytes = await sealEnvelopeBytes(fixedKey.bytes, 7, ctx, utf8('Иван Петров'), nonce);
    expect(toBase64Url(bytes)).toBe(fixedEnvelope);
    expect(fromUtf8(await open(fixedKey, ctx, fixedEnvelope))).toBe('Иван Петров');
  });

  it('lays out format byte, big-endian key version, nonce and ciphertext with tag', async () => {
    const key = generateVaultKey(0x01020304);
    const bytes = fromBase64Url(await seal(key, ctx, utf8('abc')));
    expect(Array.from(bytes.subarray(0, 5))).toEqual([1, 1, 2, 3, 4]);
    expect(bytes).toHaveLength(1 + 4 + 12 + 3 + 16);
    expect(envelopeKeyVersion(toBase64Url(bytes))).toBe(0x01020304);
  });

  it('round-trips any payload and uses a fresh nonce each time', async () => {
    const key = generateVaultKey();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (plain) => {
        const env = await seal(key, ctx, plain);
        expect(await open(key, ctx, env)).toEqual(plain);
      }),
      { numRuns: 60 },
    );
    expect(await seal(key, ctx, utf8('same'))).not.toBe(await seal(key, ctx, utf8('same')));
  });

  it('round-trips JSON values', async () => {
    const key = generateVaultKey();
    const value = { name: 'Анна', born: { year: 1990 }, tags: ['a', null] };
    expect(await openJson(key, ctx, await sealJson(key, ctx, value))).toEqual(value);
  });

  it('fails with a typed error when any single byte is altered', async () => {
    const bytes = fromBase64Url(fixedEnvelope);
    await expectEveryFlipFails(bytes, (b) => open(fixedKey, ctx, toBase64Url(b)));
  });

  it('names the failure: format byte, key version and ciphertext', async () => {
    const bytes = fromBase64Url(fixedEnvelope);
    const attempt = (b: Uint8Array) => open(fixedKey, ctx, toBase64Url(b));
    await expectCryptoError(attempt(flipped(bytes, 0)), ['unsupported_version']);
    await expectCryptoError(attempt(flipped(bytes, 4)), ['wrong_key_version']);
    await expectCryptoError(attempt(flipped(bytes, 10)), ['decrypt_failed']);
    await expectCryptoError(attempt(flipped(bytes, bytes.length - 1)), ['decrypt_failed']);
  });

  it('refuses an envelope moved to another vault, kind, record or key version', async () => {
    const others: EnvelopeContext[] = [
      { ...ctx, vaultId: '0190a6f0-0000-7000-8000-000000000002' },
      { ...ctx, kind: 'narrative' },
      { ...ctx, recordId: 'rec-2' },
    ];
    for (const other of others) {
      await expectCryptoError(open(fixedKey, other, fixedEnvelope), ['decrypt_failed']);
    }
    // Same key bytes presented as another version: the header names v7, so v8 is refused...
    const asV8 = vaultKeyFromBytes(8, fixedKey.bytes);
    await expectCryptoError(open(asV8, ctx, fixedEnvelope), ['wrong_key_version']);
    // ...and rewriting the header's version to 8 breaks the AAD.
    const bytes = fromBase64Url(fixedEnvelope);
    bytes[4] = 8;
    await expectCryptoError(open(asV8, ctx, toBase64Url(bytes)), ['decrypt_failed']);
  });

  it('picks the right key from a keyring and reports a missing version', async () => {
    const v1 = generateVaultKey(1);
    const v2 = generateVaultKey(2);
    const env = await seal(v1, ctx, utf8('old'));
    const ring = new Map([
      [1, v1],
      [2, v2],
    ]);
    expect(fromUtf8(await open(ring, ctx, env))).toBe('old');
    await expectCryptoError(open(new Map([[2, v2]]), ctx, env), ['wrong_key_version']);
  });

  it('refuses a wrong key of the right version', async () => {
    await expectCryptoError(open(generateVaultKey(7), ctx, fixedEnvelope), ['decrypt_failed']);
  });

  it('refuses truncated, empty, non-base64url and unknown-version input', async () => {
    const bytes = fromBase64Url(fixedEnvelope);
    for (let n = 0; n < bytes.length; n++) {
      await expectCryptoError(open(fixedKey, ctx, toBase64Url(bytes.subarray(0, n))));
    }
    await expectCryptoError(open(fixedKey, ctx, fixedEnvelope + '='), ['bad_encoding']);
    const v2 = bytes.slice();
    v2[0] = 2;
    await expectCryptoError(open(fixedKey, ctx, toBase64Url(v2)), ['unsupported_version']);
    expect(() => envelopeKeyVersion(toBase64Url(v2))).toThrow();
  });

  it('refuses ambiguous contexts and invalid key versions when sealing', async () => {
    await expectCryptoError(seal(fixedKey, { ...ctx, kind: 'a|b' }, utf8('x')), ['bad_format']);
    await expectCryptoError(seal(fixedKey, { ...ctx, recordId: '' }, utf8('x')), ['bad_format']);
    expect(() => generateVaultKey(0)).toThrow();
    expect(() => vaultKeyFromBytes(1, new Uint8Array(31))).toThrow();
  });

  it('refuses values without a JSON form when sealing', async () => {
    await expectCryptoError(sealJson(fixedKey, ctx, undefined), ['bad_format']);
    await expectCryptoError(sealJson(fixedKey, ctx, { n: 1n }), ['bad_format']);
  });

  it('refuses sealed payloads that are not JSON', async () => {
    const env = await seal(fixedKey, ctx, utf8('{not json'));
    await expectCryptoError(openJson(fixedKey, ctx, env), ['bad_format']);
  });
});
