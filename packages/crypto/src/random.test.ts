import { describe, expect, it } from 'vitest';
import { fromBase64Url } from './encoding';
import { randomBytes, randomToken, uuidv7 } from './random';

describe('randomness and ids', () => {
  it('returns the requested number of bytes, including more than one getRandomValues call allows', () => {
    expect(randomBytes(0)).toHaveLength(0);
    const big = randomBytes(200_000);
    expect(big).toHaveLength(200_000);
    // The last block must be filled too: 65 536 zero bytes by chance is impossible in practice.
    expect(big.subarray(196_608).some((b) => b !== 0)).toBe(true);
  });

  it('makes 32-byte base64url tokens by default and distinct ones each time', () => {
    const t = randomToken();
    expect(fromBase64Url(t)).toHaveLength(32);
    expect(fromBase64Url(randomToken(16))).toHaveLength(16);
    expect(randomToken()).not.toBe(t);
  });

  it('makes version 7 UUIDs that carry the current time and sort by it', async () => {
    const before = Date.now();
    const a = uuidv7();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const ms = parseInt(a.replace(/-/g, '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now());
    await new Promise((r) => setTimeout(r, 2));
    expect(uuidv7() > a).toBe(true);
  });
});
