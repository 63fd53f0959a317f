import { toBase64Url, toHex } from './encoding';

/** Cryptographically secure random bytes (getRandomValues is limited to 64 KiB per call). */
export const randomBytes = (n: number): Uint8Array => {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError('randomBytes: n must be a non-negative integer');
  const out = new Uint8Array(n);
  for (let o = 0; o < n; o += 65536)
    globalThis.crypto.getRandomValues(out.subarray(o, Math.min(n, o + 65536)));
  return out;
};

/** A random token (default 32 bytes, 256 bits) as base64url: session tokens, invite tokens. */
export const randomToken = (bytes = 32): string => toBase64Url(randomBytes(bytes));

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then 74 random bits. Ids sort by creation time,
 * which keeps B-tree inserts local; the time is not secret (rows carry created_at anyway).
 */
export const uuidv7 = (): string => {
  const b = randomBytes(16);
  const ms = Date.now();
  // 48-bit big-endian timestamp; split because bitwise ops are 32-bit.
  const hi = Math.floor(ms / 2 ** 32);
  const lo = ms >>> 0;
  b[0] = (hi >>> 8) & 0xff;
  b[1] = hi & 0xff;
  b[2] = (lo >>> 24) & 0xff;
  b[3] = (lo >>> 16) & 0xff;
  b[4] = (lo >>> 8) & 0xff;
  b[5] = lo & 0xff;
  b[6] = 0x70 | ((b[6] as number) & 0x0f);
  b[8] = 0x80 | ((b[8] as number) & 0x3f);
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
