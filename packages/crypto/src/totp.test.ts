import { describe, expect, it } from 'vitest';
import { fromBase32, toBase32, utf8 } from './encoding';
import { generateRecoveryCodes, generateTotpSecret, totpCode, totpUri, verifyTotp } from './totp';

// RFC 6238 Appendix B seed for SHA-1, and the low six digits of its eight-digit codes.
const rfcSecret = toBase32(utf8('12345678901234567890'));
const rfcVectors: [number, string][] = [
  [59, '287082'],
  [1111111109, '081804'],
  [1111111111, '050471'],
  [1234567890, '005924'],
  [2000000000, '279037'],
  [20000000000, '353130'],
];

describe('TOTP', () => {
  it('computes the RFC 6238 SHA-1 test vectors', async () => {
    for (const [t, code] of rfcVectors) expect(await totpCode(rfcSecret, t), String(t)).toBe(code);
  });

  it('accepts a code from the previous or next step and returns that step', async () => {
    const now = 1111111111;
    const previous = await totpCode(rfcSecret, now - 30);
    expect(await verifyTotp(rfcSecret, previous, now)).toBe(Math.floor(now / 30) - 1);
    expect(await verifyTotp(rfcSecret, await totpCode(rfcSecret, now + 30), now)).toBe(
      Math.floor(now / 30) + 1,
    );
    expect(await verifyTotp(rfcSecret, await totpCode(rfcSecret, now), now)).toBe(
      Math.floor(now / 30),
    );
  });

  it('rejects codes outside the window, wrong codes and malformed input', async () => {
    const now = 1111111111;
    expect(await verifyTotp(rfcSecret, await totpCode(rfcSecret, now - 90), now)).toBeNull();
    expect(await verifyTotp(rfcSecret, await totpCode(rfcSecret, now - 60), now, 0)).toBeNull();
    const right = await totpCode(rfcSecret, now);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    expect(await verifyTotp(rfcSecret, wrong, now, 0)).toBeNull();
    expect(await verifyTotp(rfcSecret, '12345', now)).toBeNull();
    expect(await verifyTotp(rfcSecret, ` ${right}`, now)).toBeNull();
  });

  it('generates 20-byte base32 secrets that differ each time', () => {
    const a = generateTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(fromBase32(a)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(a);
  });

  it('builds an otpauth URI with the issuer as prefix and parameter', () => {
    expect(totpUri('ABC', 'a b@x.org', 'Vigil NGO')).toBe(
      'otpauth://totp/Vigil%20NGO:a%20b%40x.org?secret=ABC&issuer=Vigil%20NGO&algorithm=SHA1&digits=6&period=30',
    );
  });

  it('generates distinct recovery codes in the printed form', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(new Set(codes).size).toBe(10);
    expect(generateRecoveryCodes(3)).toHaveLength(3);
  });
});
