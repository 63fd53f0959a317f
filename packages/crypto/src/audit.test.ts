import { describe, expect, it } from 'vitest';
import { auditEventHash } from './audit';
import { concatBytes, fromHex, utf8 } from './encoding';
import { sha256Hex } from './hash';

const genesis = '0'.repeat(64);

describe('auditEventHash', () => {
  it('hashes the previous hash bytes followed by the canonical JSON of the body', async () => {
    const body = { seq: 1, action: 'vault.create', at: '2026-01-01T00:00:00Z' };
    const expected = await sha256Hex(
      concatBytes(
        fromHex(genesis),
        utf8('{"action":"vault.create","at":"2026-01-01T00:00:00Z","seq":1}'),
      ),
    );
    expect(await auditEventHash(genesis, body)).toBe(expected);
  });

  it('keeps a fixed regression value for a fixed chain link', async () => {
    expect(await auditEventHash(genesis, { a: 1 })).toBe(
      await sha256Hex(concatBytes(new Uint8Array(32), utf8('{"a":1}'))),
    );
    // Computed independently with Python's hashlib.
    expect(await auditEventHash(genesis, { a: 1 })).toBe(
      'b06a229070741292512e8760f470dd7a4c46ccfdf253df781d88dabe58c1ccb1',
    );
  });

  it('changes when the previous hash or any field changes, but not with key order', async () => {
    const h = await auditEventHash(genesis, { a: 1, b: 2 });
    expect(await auditEventHash(genesis, { b: 2, a: 1 })).toBe(h);
    expect(await auditEventHash('1' + genesis.slice(1), { a: 1, b: 2 })).not.toBe(h);
    expect(await auditEventHash(genesis, { a: 1, b: 3 })).not.toBe(h);
  });
});
