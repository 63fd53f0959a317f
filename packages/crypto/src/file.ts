import { aesGcmDecrypt, aesGcmEncrypt } from './aead';
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

/** Internal: encrypts with a chosen chunk size (tests use small ones to cross many boundaries fast). */
export async function* encryptFileWith(
  fileKey: Uint8Array,
  fileId: string,
  source: AsyncIterable<Uint8Array>,
  chunkSize: number,
): AsyncGenerator<Uint8Array> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
    throw new CryptoError('bad_format', 'chunk size out of range');
  }
  const key = await fileSubkey(fileKey, fileId);
  const header = makeHeader(chunkSize);
  yield header;
  const queue = new ChunkQueue();
  let index = 0;
  for await (const piece of source) {
    queue.push(piece.slice());
    // Keep at least one byte back: only the end of the source tells which chunk is last.
    while (queue.length > chunkSize) {
      const aad = chunkAad(header, fileId, index, false);
      yield await aesGcmEncrypt(key, chunkNonce(index), aad, queue.take(chunkSize));
      index++;
    }
  }
  const aad = chunkAad(header, fileId, index, true);
  yield await aesGcmEncrypt(key, chunkNonce(index), aad, queue.take(queue.length));
}

/** Encrypts a byte stream with a file key in 1 MiB chunks; yields the header, then one piece per chunk. */
export const encryptFile = (
  fileKey: Uint8Array,
  fileId: string,
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> => encryptFileWith(fileKey, fileId, source, FILE_CHUNK_SIZE);

/** Reads and checks the header from the front of the queue. */
const readHeader = (queue: ChunkQueue): { header: Uint8Array; chunkSize: number } => {
  const header = queue.take(HEADER);
  if (header[0] !== FORMAT_V1) throw new CryptoError('unsupported_version', 'unknown file format');
  const chunkSize = new DataView(header.buffer).getUint32(1);
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
  const queue = new ChunkQueue();
  let head: { header: Uint8Array; chunkSize: number } | undefined;
  let index = 0;
  for await (const piece of source) {
    queue.push(piece.slice());
    if (!head) {
      if (queue.length < HEADER) continue;
      head = readHeader(queue);
    }
    const sealedSize = head.chunkSize + TAG;
    while (queue.length > sealedSize) {
      const aad = chunkAad(head.header, fileId, index, false);
      yield await aesGcmDecrypt(key, chunkNonce(index), aad, queue.take(sealedSize));
      index++;
    }
  }
  if (!head) {
    if (queue.length > 0 && queue.take(1)[0] !== FORMAT_V1) {
      throw new CryptoError('unsupported_version', 'unknown file format');
    }
    throw new CryptoError('bad_format', 'encrypted file is too short');
  }
  if (queue.length < TAG) throw new CryptoError('decrypt_failed', 'decryption failed');
  const aad = chunkAad(head.header, fileId, index, true);
  yield await aesGcmDecrypt(key, chunkNonce(index), aad, queue.take(queue.length));
}
