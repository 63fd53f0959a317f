import { describe, expect, it } from 'vitest';
import { toHex, utf8 } from './encoding';
import { sha256 } from './hash';
import { randomBytes } from './random';
import { createSha256 } from './sha256-stream';

describe('incremental SHA-256', () => {
  it('computes the FIPS 180-2 two-block example fed in pieces', async () => {
    const h = await createSha256();
    const msg = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';
    for (let i = 0; i < msg.length; i += 5) h.update(utf8(msg.slice(i, i + 5)));
    expect(toHex(h.digest())).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with the one-shot digest for random input split anywhere', async () => {
    const data = randomBytes(300_001);
    const h = await createSha256();
    h.update(data.subarray(0, 1));
    h.update(data.subarray(1, 65_536));
    h.update(data.subarray(65_536));
    expect(toHex(h.digest())).toBe(toHex(await sha256(data)));
  });

  it('gives independent hashers that do not share state', async () => {
    const a = await createSha256();
    const b = await createSha256();
    a.update(utf8('abc'));
    b.update(utf8('abd'));
    expect(toHex(a.digest())).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(toHex(b.digest())).not.toBe(toHex(await sha256(utf8('abc'))));
  });
});
