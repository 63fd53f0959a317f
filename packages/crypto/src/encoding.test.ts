import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromBase32,
  fromBase64Url,
  fromHex,
  fromUtf8,
  toBase32,
  toBase64Url,
  toHex,
  utf8,
} from './encoding';
import { CryptoError } from './errors';

describe('encoding', () => {
  it('encodes the RFC 4648 base64url and base32 test vectors', () => {
    const cases: [string, string, string][] = [
      ['', '', ''],
      ['f', 'Zg', 'MY'],
      ['fo', 'Zm8', 'MZXQ'],
      ['foo', 'Zm9v', 'MZXW6'],
      ['foob', 'Zm9vYg', 'MZXW6YQ'],
      ['fooba', 'Zm9vYmE', 'MZXW6YTB'],
      ['foobar', 'Zm9vYmFy', 'MZXW6YTBOI'],
    ];
    for (const [plain, b64, b32] of cases) {
      expect(toBase64Url(utf8(plain))).toBe(b64);
      expect(fromUtf8(fromBase64Url(b64))).toBe(plain);
      expect(toBase32(utf8(plain))).toBe(b32);
      expect(fromUtf8(fromBase32(b32))).toBe(plain);
    }
  });

  it('uses the URL-safe alphabet', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
  });

  it('round-trips arbitrary bytes through base64url, hex and base32', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        expect(fromBase64Url(toBase64Url(b))).toEqual(b);
        expect(fromHex(toHex(b))).toEqual(b);
        expect(fromBase32(toBase32(b))).toEqual(b);
      }),
    );
  });

  it('refuses padding, foreign characters, impossible lengths and non-canonical trailing bits', () => {
    for (const bad of ['Zg==', 'Zm9v+', 'Zm9v/', 'Z', 'Zh', 'Zm9', 'Zm 9v', 'Zm9vä']) {
      expect(() => fromBase64Url(bad), bad).toThrow(CryptoError);
    }
  });

  it('refuses malformed hex and invalid UTF-8 with bad_encoding', () => {
    expect(() => fromHex('abc')).toThrow(expect.objectContaining({ code: 'bad_encoding' }));
    expect(() => fromHex('zz')).toThrow(expect.objectContaining({ code: 'bad_encoding' }));
    expect(() => fromUtf8(new Uint8Array([0xc3, 0x28]))).toThrow(
      expect.objectContaining({ code: 'bad_encoding' }),
    );
    expect(() => fromBase32('MZ1W')).toThrow(expect.objectContaining({ code: 'bad_encoding' }));
  });

  it('tolerates lower case, spaces and padding when reading a typed base32 secret', () => {
    expect(fromUtf8(fromBase32('mzxw 6ytb oi======'))).toBe('foobar');
  });
});
