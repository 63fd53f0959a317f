import { CryptoError } from './errors';

const urlAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const stdAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Builds a reverse lookup table (char code → 6/5-bit value, -1 if absent). */
const reverse = (alphabet: string): Int16Array => {
  const table = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
};
const urlTable = reverse(urlAlphabet);
const stdTable = reverse(stdAlphabet);
const base32Table = reverse(base32Alphabet);

/** Encodes bytes with a 64-character alphabet, no padding. */
const encode64 = (b: Uint8Array, alphabet: string): string => {
  let out = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = ((b[i] as number) << 16) | ((b[i + 1] as number) << 8) | (b[i + 2] as number);
    out +=
      alphabet.charAt(n >> 18) +
      alphabet.charAt((n >> 12) & 63) +
      alphabet.charAt((n >> 6) & 63) +
      alphabet.charAt(n & 63);
  }
  const rest = b.length - i;
  if (rest === 1) {
    const n = (b[i] as number) << 16;
    out += alphabet.charAt(n >> 18) + alphabet.charAt((n >> 12) & 63);
  } else if (rest === 2) {
    const n = ((b[i] as number) << 16) | ((b[i + 1] as number) << 8);
    out +=
      alphabet.charAt(n >> 18) + alphabet.charAt((n >> 12) & 63) + alphabet.charAt((n >> 6) & 63);
  }
  return out;
};

/**
 * Decodes unpadded base64 strictly: unknown characters, impossible lengths and non-zero trailing
 * bits are refused, so every byte string has exactly one accepted text form.
 */
const decode64 = (s: string, table: Int16Array): Uint8Array => {
  if (s.length % 4 === 1) throw new CryptoError('bad_encoding', 'invalid base64 length');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? (table[c] as number) : -1;
    if (v < 0) throw new CryptoError('bad_encoding', 'invalid base64 character');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0)
    throw new CryptoError('bad_encoding', 'non-canonical base64');
  return out;
};

/** Encodes bytes as base64url without padding (RFC 4648 §5). */
export const toBase64Url = (b: Uint8Array): string => encode64(b, urlAlphabet);

/** Decodes base64url without padding; throws CryptoError 'bad_encoding' on anything else. */
export const fromBase64Url = (s: string): Uint8Array => decode64(s, urlTable);

/** Encodes bytes as standard base64 without padding (as PHC strings use). */
export const toBase64 = (b: Uint8Array): string => encode64(b, stdAlphabet);

/** Decodes standard base64 without padding; throws CryptoError 'bad_encoding' on anything else. */
export const fromBase64 = (s: string): Uint8Array => decode64(s, stdTable);

/** Encodes bytes as lower-case hex. */
export const toHex = (b: Uint8Array): string => {
  let out = '';
  for (const byte of b) out += byte.toString(16).padStart(2, '0');
  return out;
};

/** Decodes hex (either case); throws CryptoError 'bad_encoding' on odd length or a non-hex digit. */
export const fromHex = (s: string): Uint8Array => {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) {
    throw new CryptoError('bad_encoding', 'invalid hex');
  }
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(i * 2, i * 2 + 2), 16);
  return out;
};

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Encodes a string as UTF-8. */
export const utf8 = (s: string): Uint8Array => encoder.encode(s);

/** Decodes UTF-8; throws CryptoError 'bad_encoding' on invalid sequences instead of inserting U+FFFD. */
export const fromUtf8 = (b: Uint8Array): string => {
  try {
    return decoder.decode(b);
  } catch {
    throw new CryptoError('bad_encoding', 'invalid UTF-8');
  }
};

/** Encodes bytes as upper-case base32 without padding (RFC 4648 §6), as authenticator apps expect. */
export const toBase32 = (b: Uint8Array): string => {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of b) {
    acc = ((acc << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += base32Alphabet.charAt((acc >> bits) & 31);
    }
  }
  if (bits > 0) out += base32Alphabet.charAt((acc << (5 - bits)) & 31);
  return out;
};

/** Decodes base32, tolerating lower case, spaces and '=' padding as people type secrets. */
export const fromBase32 = (s: string): Uint8Array => {
  const clean = s.replace(/[\s=]/g, '').toUpperCase();
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? (base32Table[c] as number) : -1;
    if (v < 0) throw new CryptoError('bad_encoding', 'invalid base32 character');
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
};

/** Concatenates byte arrays into one new array. */
export const concatBytes = (...parts: Uint8Array[]): Uint8Array => {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
