import { describe, expect, it } from 'vitest';
import { concatBytes, fromHex, toHex, utf8 } from './encoding';
import { CryptoError } from './errors';
import { generateSigningKeyPair, sign, verifySignature } from './signatures';

// RFC 8032 §7.1 TEST 1 (empty message). WebCrypto takes the seed wrapped in PKCS#8.
const seed = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
const publicKey = fromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
const signature =
  'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
const pkcs8 = concatBytes(fromHex('302e020100300506032b657004220420'), seed);

describe('Ed25519 signatures', () => {
  it('reproduces RFC 8032 test vector 1', async () => {
    expect(toHex(await sign(pkcs8, new Uint8Array(0)))).toBe(signature);
    expect(await verifySignature(publicKey, new Uint8Array(0), fromHex(signature))).toBe(true);
  });

  it('signs and verifies with a generated key pair, and rejects another message or key', async () => {
    const pair = await generateSigningKeyPair();
    expect(pair.publicKey).toHaveLength(32);
    const msg = utf8('custody event');
    const sig = await sign(pair.privateKey, msg);
    expect(sig).toHaveLength(64);
    expect(await verifySignature(pair.publicKey, msg, sig)).toBe(true);
    expect(await verifySignature(pair.publicKey, utf8('custody event!'), sig)).toBe(false);
    expect(await verifySignature(publicKey, msg, sig)).toBe(false);
  });

  it('rejects a signature with any single byte flipped', async () => {
    const sig = fromHex(signature);
    for (let i = 0; i < sig.length; i++) {
      const bad = sig.slice();
      bad[i] = (bad[i] as number) ^ 0x01;
      expect(await verifySignature(publicKey, new Uint8Array(0), bad), String(i)).toBe(false);
    }
    expect(await verifySignature(publicKey, new Uint8Array(0), sig.subarray(1))).toBe(false);
  });

  it('throws bad_key for a malformed private or public key', async () => {
    await expect(sign(seed, utf8('x'))).rejects.toMatchObject({ code: 'bad_key' });
    await expect(
      verifySignature(publicKey.subarray(1), utf8('x'), fromHex(signature)),
    ).rejects.toBeInstanceOf(CryptoError);
  });
});
