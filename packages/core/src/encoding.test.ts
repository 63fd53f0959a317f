import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { envelopeHeader } from './encoding';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('envelopeHeader', () => {
  it('reads the format byte and the big-endian key version of a v1 envelope', () => {
    const bytes = new Uint8Array([1, 0, 0, 1, 2, 0xaa, 0xbb, 0xcc, 0xdd]);
    expect(envelopeHeader(b64url(bytes))).toEqual({ format: 1, keyVersion: 258 });
  });

  it('reads back whatever header was written, for any format byte and uint32 version', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        (format, keyVersion, rest) => {
          const header = new Uint8Array(5);
          header[0] = format;
          new DataView(header.buffer).setUint32(1, keyVersion);
          const text = b64url(new Uint8Array([...header, ...rest]));
          expect(envelopeHeader(text)).toEqual({ format, keyVersion });
        },
      ),
    );
  });

  it('answers undefined for text too short or not base64url', () => {
    expect(envelopeHeader('AQAAAA')).toBeUndefined();
    expect(envelopeHeader('AQAA+AAB/w')).toBeUndefined();
  });
});
