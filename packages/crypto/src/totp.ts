import { fromBase32, toBase32, utf8 } from './encoding';
import { importOrBadKey, buf, subtle } from './webcrypto';
import { constantTimeEqual } from './hash';
import { randomBytes } from './random';

const period = 30;
const digits = 6;

/** A new TOTP secret: 20 random bytes (RFC 4226 §4 recommends 160 bits), base32 without padding. */
export const generateTotpSecret = (): string => toBase32(randomBytes(20));

/** HOTP (RFC 4226) for one counter value, HMAC-SHA-1, six digits. */
const hotp = async (secret: Uint8Array, counter: number): Promise<string> => {
  const key = await importOrBadKey(() =>
    subtle.importKey('raw', buf(secret), { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']),
  );
  const msg = new Uint8Array(8);
  new DataView(msg.buffer).setBigUint64(0, BigInt(counter));
  const mac = new Uint8Array(await subtle.sign('HMAC', key, msg));
  const offset = (mac[19] as number) & 0x0f;
  const bin = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
  return String(bin % 10 ** digits).padStart(digits, '0');
};

/** Time step for a Unix time in seconds. */
const step = (unixSeconds: number): number => Math.floor(unixSeconds / period);

/** The TOTP code (RFC 6238: SHA-1, 6 digits, 30 s) for a base32 secret at a Unix time in seconds. */
export const totpCode = (secretBase32: string, unixSeconds: number): Promise<string> =>
  hotp(fromBase32(secretBase32), step(unixSeconds));

/**
 * Checks a code against the steps within ±window of now. Returns the matching time step, which the
 * caller stores and refuses to accept again (replay protection), or null when nothing matches.
 * Every candidate is computed and compared so timing does not reveal which step matched.
 */
export const verifyTotp = async (
  secretBase32: string,
  code: string,
  unixSeconds: number,
  window = 1,
): Promise<number | null> => {
  if (!/^\d{6}$/.test(code)) return null;
  const secret = fromBase32(secretBase32);
  const now = step(unixSeconds);
  let found: number | null = null;
  for (let s = now - window; s <= now + window; s++) {
    if (s < 0) continue;
    const match = constantTimeEqual(utf8(await hotp(secret, s)), utf8(code));
    if (match && found === null) found = s;
  }
  return found;
};

/** The otpauth:// URI that authenticator apps scan as a QR code. */
export const totpUri = (secretBase32: string, label: string, issuer: string): string => {
  const name = `${encodeURIComponent(issuer)}:${encodeURIComponent(label)}`;
  const query = `secret=${secretBase32}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${digits}&period=${period}`;
  return `otpauth://totp/${name}?${query}`;
};

const codeAlphabet = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * One-time recovery codes "xxxxx-xxxxx" in lower-case base32: 50 random bits each. Each character
 * takes the low 5 bits of a random byte, unbiased because 256 is a multiple of 32.
 */
export const generateRecoveryCodes = (count = 10): string[] =>
  Array.from({ length: count }, () => {
    const chars = Array.from(randomBytes(10), (b) => codeAlphabet.charAt(b & 31)).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
