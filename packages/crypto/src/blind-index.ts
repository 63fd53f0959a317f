import { toHex } from './encoding';
import { hkdf, hmacSha256 } from './hash';
import type { VaultKey } from './types';

/**
 * Normalises a search token so spellings that people consider equal index equally: NFKC,
 * full case folding (upper then lower maps ß→ss and final sigma ς→σ, which lower-casing alone
 * does not), trimmed, inner whitespace collapsed. Transliteration is done before, by the caller.
 */
export const normaliseToken = (s: string): string =>
  s.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC').trim().replace(/\s+/g, ' ');

/**
 * Blind index of a token: HMAC-SHA256 under a key derived from the vault key for this vault,
 * over the normalised token, truncated to 8 bytes (16 hex chars) to keep indexes short; the rare
 * collisions are filtered on the client after decryption. Without the vault key an index cannot
 * be recomputed, so a leaked table does not allow guessing names. The index
 * changes with the vault key version: rotation recomputes it, so a removed member's old key
 * cannot be used to search new data.
 */
export const blindIndex = async (
  key: VaultKey,
  vaultId: string,
  token: string,
): Promise<string> => {
  const indexKey = await hkdf(key.bytes, `vigil/v1/blind-index|vault:${vaultId}`);
  const mac = await hmacSha256(indexKey, normaliseToken(token));
  return toHex(mac.subarray(0, 8));
};
