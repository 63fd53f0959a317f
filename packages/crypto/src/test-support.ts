import { expect } from 'vitest';
import { CryptoError } from './errors';

/** A copy of bytes with byte i XOR-ed with mask. */
export const flipped = (bytes: Uint8Array, i: number, mask = 0x01): Uint8Array => {
  const out = bytes.slice();
  out[i] = (out[i] as number) ^ mask;
  return out;
};

/** Asserts that a promise rejects with a CryptoError, optionally with one of the given codes. */
export const expectCryptoError = async (
  p: Promise<unknown>,
  codes?: readonly string[],
  label?: string,
): Promise<CryptoError> => {
  const err: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, label).toBeInstanceOf(CryptoError);
  const ce = err as CryptoError;
  if (codes) expect(codes, label).toContain(ce.code);
  return ce;
};

/**
 * Flips every byte position in turn, with a low-bit and a high-bit mask (X25519 ignores the top
 * bit of a public key, so both matter), and expects each altered input to fail with a CryptoError.
 */
export const expectEveryFlipFails = async (
  bytes: Uint8Array,
  attempt: (altered: Uint8Array) => Promise<unknown>,
): Promise<void> => {
  for (let i = 0; i < bytes.length; i++) {
    for (const mask of [0x01, 0x80]) {
      await expectCryptoError(attempt(flipped(bytes, i, mask)), undefined, `byte ${i} ^ ${mask}`);
    }
  }
};

/** An async iterable over the given pieces, as a stream reader would produce. */
export async function* streamOf(pieces: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const p of pieces) yield p;
}

/** Collects an async iterable of byte pieces into one array. */
export const collect = async (source: AsyncIterable<Uint8Array>): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  let n = 0;
  for await (const p of source) {
    parts.push(p);
    n += p.length;
  }
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};
