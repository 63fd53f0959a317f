import { createSHA256 } from 'hash-wasm';

/** An incremental SHA-256: feed pieces of a stream, then take the 32-byte digest once. */
export interface Sha256Hasher {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
}

/**
 * Starts an incremental SHA-256, for hashing evidence files at intake with bounded memory
 * (WebCrypto's digest only takes the whole input at once).
 */
export const createSha256 = async (): Promise<Sha256Hasher> => {
  const h = await createSHA256();
  h.init();
  return {
    update: (data) => {
      h.update(data);
    },
    digest: () => h.digest('binary'),
  };
};
