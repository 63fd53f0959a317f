import { describe, expect, it } from 'vitest';
import { concatBytes, fromBase64Url, fromHex, toBase64Url, toHex, utf8 } from './encoding';
import { openSealedBox, sealToPublicKey, sealToPublicKeyWith } from './sealed-box';
import { expectCryptoError, expectEveryFlipFails } from './test-support';
import { generateUserKeys } from './user-keys';
import { generateVaultKey } from './vault-key';
import { unwrapVaultKey, wrapVaultKey } from './vault-key-wrap';
import { buf, subtle } from './webcrypto';

// RFC 7748 §6.1 key pairs; WebCrypto takes private keys as PKCS#8.
const x25519Pkcs8 = (raw: string) =>
  concatBytes(fromHex('302e020100300506032b656e04220420'), fromHex(raw));
const alice = {
  privateKey: x25519Pkcs8('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
  publicKey: fromHex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'),
};
const bob = {
  privateKey: x25519Pkcs8('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb'),
  publicKey: fromHex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'),
};
const context = 'vigil/v1|vault-key|vault:v-1|kv:3';
// From pyca/cryptography (test-vectors/reference.py): Alice's key as the ephemeral one, to Bob.
const fixedBox =
  'AYUg8AmJMKdUdIt93LQ-91oNvzoNJjga9OukqY6qm05qEBESExQVFhcYGRobSth3145bW_YrXHaTR87eis5H9_IOVZXMppz5I5aT4rljNHJ7XcdBYeef1LDMzZQ7';

describe('sealed box (X25519 → HKDF → AES-256-GCM)', () => {
  it('computes the RFC 7748 §6.1 X25519 shared secret', async () => {
    const priv = await subtle.importKey('pkcs8', buf(alice.privateKey), { name: 'X25519' }, false, [
      'deriveBits',
    ]);
    const pub = await subtle.importKey('raw', buf(bob.publicKey), { name: 'X25519' }, false, []);
    const shared = await subtle.deriveBits({ name: 'X25519', public: pub }, priv, 256);
    expect(toHex(new Uint8Array(shared))).toBe(
      '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
    );
  });

  it('matches a vector computed by an independent implementation', async () => {
    const nonce = Uint8Array.from({ length: 12 }, (_, i) => 16 + i);
    const plain = new Uint8Array(32).fill(0xab);
    const box = await sealToPublicKeyWith(bob.publicKey, plain, context, alice, nonce);
    expect(toBase64Url(box)).toBe(fixedBox);
    expect(await openSealedBox(bob, fixedBox, context)).toEqual(plain);
  });

  it('round-trips with fresh ephemeral keys, so equal inputs give different boxes', async () => {
    const r = (await generateUserKeys()).encryption;
    const a = await sealToPublicKey(r.publicKey, utf8('secret'), 'ctx');
    const b = await sealToPublicKey(r.publicKey, utf8('secret'), 'ctx');
    expect(a).not.toBe(b);
    expect(fromBase64Url(a).subarray(1, 33)).not.toEqual(fromBase64Url(b).subarray(1, 33));
    expect(await openSealedBox(r, a, 'ctx')).toEqual(utf8('secret'));
    expect(await openSealedBox(r, b, 'ctx')).toEqual(utf8('secret'));
  });

  it('fails with a typed error when any single byte is altered', async () => {
    await expectEveryFlipFails(fromBase64Url(fixedBox), (b) =>
      openSealedBox(bob, toBase64Url(b), context),
    );
  });

  it('refuses another context, another recipient and a mismatched recipient public key', async () => {
    await expectCryptoError(openSealedBox(bob, fixedBox, context + 'x'), ['decrypt_failed']);
    await expectCryptoError(openSealedBox(alice, fixedBox, context), ['decrypt_failed']);
    const wrongPublic = { privateKey: bob.privateKey, publicKey: alice.publicKey };
    await expectCryptoError(openSealedBox(wrongPublic, fixedBox, context), ['decrypt_failed']);
  });

  it('refuses truncated input, unknown versions and malformed keys', async () => {
    const bytes = fromBase64Url(fixedBox);
    for (let n = 0; n < bytes.length; n++) {
      await expectCryptoError(openSealedBox(bob, toBase64Url(bytes.subarray(0, n)), context));
    }
    const v2 = bytes.slice();
    v2[0] = 2;
    await expectCryptoError(openSealedBox(bob, toBase64Url(v2), context), ['unsupported_version']);
    await expectCryptoError(sealToPublicKey(bob.publicKey.subarray(1), utf8('x'), 'c'), [
      'bad_key',
    ]);
    await expectCryptoError(
      openSealedBox({ ...bob, privateKey: bob.privateKey.subarray(2) }, fixedBox, context),
      ['bad_key'],
    );
  });

  it('refuses a small-order ephemeral key (all-zero shared secret)', async () => {
    const bytes = fromBase64Url(fixedBox);
    bytes.fill(0, 1, 33);
    await expectCryptoError(openSealedBox(bob, toBase64Url(bytes), context), ['decrypt_failed']);
  });
});

describe('vault key wrapping', () => {
  it('unwraps a vault key for its vault and version only', async () => {
    const member = (await generateUserKeys()).encryption;
    const key = generateVaultKey(3);
    const wrapped = await wrapVaultKey(member.publicKey, 'vault-a', key);
    const back = await unwrapVaultKey(member, 'vault-a', 3, wrapped);
    expect(back.version).toBe(3);
    expect(back.bytes).toEqual(key.bytes);
    await expectCryptoError(unwrapVaultKey(member, 'vault-b', 3, wrapped), ['decrypt_failed']);
    await expectCryptoError(unwrapVaultKey(member, 'vault-a', 4, wrapped), ['decrypt_failed']);
    const stranger = (await generateUserKeys()).encryption;
    await expectCryptoError(unwrapVaultKey(stranger, 'vault-a', 3, wrapped), ['decrypt_failed']);
  });
});
