import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './encoding';
import { generateVaultKey } from './vault-key';
import { chainVaultKey, unchainVaultKey } from './vault-key-wrap';

const VAULT = '0190a5e4-1111-7abc-8def-0123456789ab';
const OTHER = '0190a5e4-2222-7abc-8def-0123456789ab';

describe('the vault key chain', () => {
  it('opens the previous key from its envelope under the next one', async () => {
    const v1 = generateVaultKey(1);
    const v2 = generateVaultKey(2);
    const sealed = await chainVaultKey(v2, VAULT, v1);
    const opened = await unchainVaultKey(v2, VAULT, 1, sealed);
    expect(opened.version).toBe(1);
    expect(opened.bytes).toEqual(v1.bytes);
  });

  it('walks back any number of rotations from the newest key alone', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 6 }), async (newest) => {
        const keys = Array.from({ length: newest }, (_, i) => generateVaultKey(i + 1));
        const at = (version: number) => {
          const key = keys[version - 1];
          if (key === undefined) throw new Error(`no key ${version}`);
          return key;
        };
        const chain = new Map<number, string>();
        for (let v = 1; v < newest; v += 1)
          chain.set(v, await chainVaultKey(at(v + 1), VAULT, at(v)));
        let key = at(newest);
        for (let v = newest - 1; v >= 1; v -= 1) {
          key = await unchainVaultKey(key, VAULT, v, chain.get(v) ?? '');
          expect(key.bytes).toEqual(at(v).bytes);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('refuses to chain anything but the previous version', async () => {
    await expect(
      chainVaultKey(generateVaultKey(3), VAULT, generateVaultKey(1)),
    ).rejects.toMatchObject({ code: 'bad_key' });
  });

  it('fails with decrypt_failed for another vault, a tampered byte or a moved version', async () => {
    const v1 = generateVaultKey(1);
    const v2 = generateVaultKey(2);
    const sealed = await chainVaultKey(v2, VAULT, v1);
    await expect(unchainVaultKey(v2, OTHER, 1, sealed)).rejects.toMatchObject({
      code: 'decrypt_failed',
    });
    const bytes = fromBase64Url(sealed);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await expect(unchainVaultKey(v2, VAULT, 1, toBase64Url(bytes))).rejects.toMatchObject({
      code: 'decrypt_failed',
    });
    await expect(unchainVaultKey(generateVaultKey(2), VAULT, 1, sealed)).rejects.toMatchObject({
      code: 'decrypt_failed',
    });
    await expect(unchainVaultKey(v2, VAULT, 2, sealed)).rejects.toMatchObject({
      code: 'wrong_key_version',
    });
  });
});
