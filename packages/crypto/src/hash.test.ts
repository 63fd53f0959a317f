import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from './encoding';
import { constantTimeEqual, hkdfBytes, hmacSha256, sha256, sha256Hex } from './hash';

const rep = (byte: number, n: number): Uint8Array => new Uint8Array(n).fill(byte);

describe('hashing', () => {
  it('computes the FIPS 180-2 SHA-256 examples', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(await sha256(new Uint8Array(0)))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex(utf8('abc'))).toBe(await sha256Hex('abc'));
  });

  it('computes the RFC 4231 HMAC-SHA256 test cases 1, 2, 3 and 6', async () => {
    const cases: [Uint8Array, Uint8Array | string, string][] = [
      [
        rep(0x0b, 20),
        'Hi There',
        'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
      ],
      [
        utf8('Jefe'),
        'what do ya want for nothing?',
        '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
      ],
      [
        rep(0xaa, 20),
        rep(0xdd, 50),
        '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
      ],
      [
        rep(0xaa, 131),
        'Test Using Larger Than Block-Size Key - Hash Key First',
        '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
      ],
    ];
    for (const [key, data, mac] of cases) expect(toHex(await hmacSha256(key, data))).toBe(mac);
  });

  it('computes the RFC 5869 HKDF-SHA256 test case 1', async () => {
    const okm = await hkdfBytes(
      rep(0x0b, 22),
      fromHex('000102030405060708090a0b0c'),
      fromHex('f0f1f2f3f4f5f6f7f8f9'),
      42,
    );
    expect(toHex(okm)).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });

  it('compares equal byte strings as equal and any difference or length change as unequal', () => {
    const a = fromHex('00112233445566778899');
    expect(constantTimeEqual(a, a.slice())).toBe(true);
    for (let i = 0; i < a.length; i++) {
      const b = a.slice();
      b[i] = (b[i] as number) ^ 1;
      expect(constantTimeEqual(a, b)).toBe(false);
    }
    expect(constantTimeEqual(a, a.subarray(1))).toBe(false);
  });
});
