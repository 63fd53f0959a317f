import { aesGcmDecrypt, aesGcmEncryptPieces } from './aead';
import { ChunkQueue } from './chunk-queue';
import { concatBytes, utf8 } from './encoding';
import { CryptoError } from './errors';
import { hkdf } from './hash';
import { randomBytes } from './random';

/**
 * File format v1: header = format(1) ‖ plaintext chunk size(4, big-endian), then chunks, each the
 * AES-256-GCM ciphertext ‖ tag(16) of chunkSize plaintext bytes; the last chunk holds 0..chunkSize
 * bytes and is always present (an empty file is one empty final chunk).
 */
const FORMAT_V1 = 0x01;
const HEADER = 5;
const TAG = 16;
/** Plaintext bytes per chunk for real files. */
export const FILE_CHUNK_SIZE = 1024 * 1024;
/** Largest chunk size a reader accepts, which bounds its memory whatever the header says. */
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;

/** A new random 32-byte file key (stored inside the file's sealed metadata). */
export const generateFileKey = (): Uint8Array => randomBytes(32);

/** Per-file subkey: the same file key reused under another file id still gives unrelated keys. */
const fileSubkey = (fileKey: Uint8Array, fileId: string): Promise<Uint8Array> => {
  if (fileKey.length !== 32) throw new CryptoError('bad_key', 'file key must be 32 bytes');
  return hkdf(fileKey, `vigil/v1/file|id:${fileId}`);
};

/** Nonce = 4 zero bytes ‖ uint64 chunk index: unique per chunk under a per-file key. */
const chunkNonce = (index: number): Uint8Array => {
  const nonce = new Uint8Array(12);
  new DataView(nonce.buffer).setBigUint64(4, BigInt(index));
  return nonce;
};

/**
 * AAD = header ‖ "vigil/v1/file|id:<fileId>|chunk:<i>|last:<0|1>": a chunk moved to another
 * position or file, a dropped tail (no chunk marked last) or an appended chunk fails to open.
 */
const chunkAad = (header: Uint8Array, fileId: string, index: number, last: boolean): Uint8Array =>
  concatBytes(header, utf8(`vigil/v1/file|id:${fileId}|chunk:${index}|last:${last ? 1 : 0}`));

const makeHeader = (chunkSize: number): Uint8Array => {
  const header = new Uint8Array(HEADER);
  header[0] = FORMAT_V1;
  new DataView(header.buffer).setUint32(1, chunkSize);
  return header;
};

/**
 * Internal: encrypts with a chosen chunk size (tests use small ones to cross many boundaries fast).
 * Given the plaintext's `size`, each chunk goes out as soon as it is complete; without it, one byte
 * is kept back, because only the end of the source tells which chunk is last. Pieces of the
 * source are used in place and only what is left of one past its complete chunks is copied, so a
 * source may reuse a piece once the next is asked for, and chunk-sized pieces are never copied.
 */
export async function* encryptFileWith(
  fileKey: Uint8Array,
  fileId: string,
  source: AsyncIterable<Uint8Array>,
  chunkSize: number,
  size?: number,
): AsyncGenerator<Uint8Array> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    throw new CryptoError('bad_format', 'chunk size out of range');
  }
  if (size !== undefined && (!Number.isSafeInteger(size) || size < 0)) {
    throw new CryptoError('bad_format', 'size out of range');
  }
  const key = await fileSubkey(fileKey, fileId);
  const header = makeHeader(chunkSize);
  yield header;
  // With the size known, the last chunk is the one that ends at `size` (one empty chunk for 0).
  const lastIndex = size === undefined ? Infinity : Math.max(1, Math.ceil(size / chunkSize)) - 1;
  const queue = new ChunkQueue();
  let index = 0;
  let read = 0;
  for await (const piece of source) {
    read += piece.length;
    if (size !== undefined && read > size) {
      throw new CryptoError('bad_format', 'the source is longer than its size');
    }
    queue.push(piece);
    while (
      size === undefined ? queue.length > chunkSize : queue.length >= chunkSize && index < lastIndex
    ) {
      const aad = chunkAad(header, fileId, index, false);
      yield* await aesGcmEncryptPieces(key, chunkNonce(index), aad, queue.take(chunkSize));
      index++;
    }
    queue.own();
  }
  if (size !== undefined && read !== size) {
    throw new CryptoError('bad_format', 'the source is shorter than its size');
  }
  const aad = chunkAad(header, fileId, index, true);
  yield* await aesGcmEncryptPieces(key, chunkNonce(index), aad, queue.take(queue.length));
}

/**
 * Encrypts a byte stream with a file key in 1 MiB chunks; yields the header, then each chunk's
 * bytes as they come (ciphertext and tag may be separate pieces: no copy to join them). Pass the plaintext's `size` when known: chunks then go out without waiting for the next
 * piece, and a source of another length is CryptoError 'bad_format'.
 */
export const encryptFile = (
  fileKey: Uint8Array,
  fileId: string,
  source: AsyncIterable<Uint8Array>,
  size?: number,
): AsyncGenerator<Uint8Array> => encryptFileWith(fileKey, fileId, source, FILE_CHUNK_SIZE, size);

/** Checks the header's version and chunk size. */
const parseHeader = (header: Uint8Array): { header: Uint8Array; chunkSize: number } => {
  if (header[0] !== FORMAT_V1) throw new CryptoError('unsupported_version', 'unknown file format');
  const chunkSize = new DataView(header.buffer, header.byteOffset).getUint32(1);
  if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    throw new CryptoError('bad_format', 'file chunk size out of range');
  }
  return { header, chunkSize };
};

/**
 * Decrypts a stream made by encryptFile, yielding plaintext chunk by chunk as each authenticates.
 * Truncation is only detectable at the end: treat the output as unverified until the generator
 * finishes without throwing (write to a temporary place, then commit). Throws CryptoError:
 * 'unsupported_version', 'bad_format' (short or malformed), 'decrypt_failed' (wrong key or file
 * id, altered, reordered, dropped, truncated or appended chunks).
 */
export async function* decryptFile(
  fileKey: Uint8Array,
  fileId: string,
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const key = await fileSubkey(fileKey, fileId);
  const front = new Uint8Array(HEADER);
  let frontFilled = 0;
  let head: { header: Uint8Array; chunkSize: number } | undefined;
  // One sealed chunk at a time, in one buffer filled straight from the source's pieces: no copy
  // of each piece, no new memory per chunk but the plaintext.
  let sealed = new Uint8Array(0);
  let filled = 0;
  let index = 0;
  for await (const piece of source) {
    let offset = 0;
    if (!head) {
      offset = Math.min(HEADER - frontFilled, piece.length);
      front.set(piece.subarray(0, offset), frontFilled);
      frontFilled += offset;
      if (frontFilled < HEADER) continue;
      head = parseHeader(front);
      sealed = new Uint8Array(head.chunkSize + TAG);
    }
    while (offset < piece.length) {
      if (filled === sealed.length) {
        // More bytes follow, so the full chunk in the buffer is not the last one. The plaintext
        // is new memory: the buffer is filled again once it is decrypted.
        const aad = chunkAad(head.header, fileId, index, false);
        yield await aesGcmDecrypt(key, chunkNonce(index), aad, sealed);
        index++;
        filled = 0;
      }
      const n = Math.min(sealed.length - filled, piece.length - offset);
      sealed.set(piece.subarray(offset, offset + n), filled);
      filled += n;
      offset += n;
    }
  }
  if (!head) {
    if (frontFilled > 0 && front[0] !== FORMAT_V1) {
      throw new CryptoError('unsupported_version', 'unknown file format');
    }
    throw new CryptoError('bad_format', 'encrypted file is too short');
  }
  if (filled < TAG) throw new CryptoError('decrypt_failed', 'decryption failed');
  const aad = chunkAad(head.header, fileId, index, true);
  yield await aesGcmDecrypt(key, chunkNonce(index), aad, sealed.subarray(0, filled));
}
