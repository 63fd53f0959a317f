import { symmetric } from '#symmetric';

/** An incremental SHA-256: feed pieces of a stream, then take the 32-byte digest once. */
export interface Sha256Hasher {
  update(data: Uint8Array): void;
  digest(): Uint8Array;
}

/**
 * Starts an incremental SHA-256, for hashing evidence files with bounded memory (WebCrypto's
 * digest only takes the whole input at once): node:crypto in Node, WebAssembly in the browser.
 */
export const createSha256 = (): Promise<Sha256Hasher> => symmetric.sha256Stream();
