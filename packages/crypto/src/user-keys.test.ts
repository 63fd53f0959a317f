import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url, utf8 } from './encoding';
import { openEnvelopeBytes, sealEnvelopeBytes } from './envelope';
import { randomBytes } from './random';
import { sign, verifySignature } from './signatures';
import { expectCryptoError, expectEveryFlipFails } from './test-support';
import type { WrapKey } from './types';
import { generateUserKeys, openPrivateKeys, sealPrivateKeys } from './user-keys';

const wrap = randomBytes(32) as WrapKey;
const accountId = '0190a6f0-0000-7000-8000-0000000000aa';
const accountCtx = { vaultId: 'account', kind: 'account-keys', recordId: accountId };

describe('user keys and the private-key envelope', () => {
  it('generates raw 32-byte public keys and PKCS#8 private keys that work', async () => {
    const keys = await generateUserKeys();
    expect(keys.encryption.publicKey).toHaveLength(32);
    expect(keys.signing.publicKey).toHaveLength(32);
    // PKCS#8 for a 32-byte OKP key is 48 bytes (16-byte prefix + seed).
    expect(keys.encryption.privateKey).toHaveLength(48);
    const sig = await sign(keys.signing.privateKey, utf8('m'));
    expect(await verifySignature(keys.signing.publicKey, utf8('m'), sig)).toBe(true);
  });

  it('round-trips both key pairs through the wrap key', async () => {
    const keys = await generateUserKeys();
    const sealed = await sealPrivateKeys(wrap, accountId, keys);
    expect(await openPrivateKeys(wrap, accountId, sealed)).toEqual(keys);
    // It is an ordinary v1 envelope with the account context.
    expect(await openEnvelopeBytes(wrap, 1, accountCtx, sealed)).toBeInstanceOf(Uint8Array);
  });

  it('fails with a typed error when any single byte is altered', async () => {
    const sealed = await sealPrivateKeys(wrap, accountId, await generateUserKeys());
    await expectEveryFlipFails(fromBase64Url(sealed), (b) =>
      openPrivateKeys(wrap, accountId, toBase64Url(b)),
    );
  });

  it('refuses another account id or a wrong wrap key', async () => {
    const sealed = await sealPrivateKeys(wrap, accountId, await generateUserKeys());
    await expectCryptoError(openPrivateKeys(wrap, accountId.replace('aa', 'ab'), sealed), [
      'decrypt_failed',
    ]);
    await expectCryptoError(openPrivateKeys(randomBytes(32) as WrapKey, accountId, sealed), [
      'decrypt_failed',
    ]);
  });

  it('refuses a payload whose private key does not match its public key', async () => {
    const a = await generateUserKeys();
    const b = await generateUserKeys();
    const mixed = {
      encryption: a.encryption,
      signing: { ...a.signing, publicKey: b.signing.publicKey },
    };
    const sealed = await sealPrivateKeys(wrap, accountId, mixed);
    await expectCryptoError(openPrivateKeys(wrap, accountId, sealed), ['bad_key']);
  });

  it('refuses malformed payloads inside a valid envelope', async () => {
    for (const text of ['nope', '{"v":2}', '{"v":1,"encryption":{},"signing":{}}']) {
      const env = toBase64Url(
        await sealEnvelopeBytes(wrap, 1, accountCtx, utf8(text), randomBytes(12)),
      );
      await expectCryptoError(openPrivateKeys(wrap, accountId, env), ['bad_format']);
    }
  });
});
