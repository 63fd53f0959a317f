import { CUSTODY_GENESIS, type CustodyEvent, type SignedCustodyEvent } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { custodyEventHash, signCustodyEvent, verifyCustodyChain } from './custody';
import { toBase64Url } from './encoding';
import { generateSigningKeyPair } from './signatures';

const vaultId = '01900000-0000-7000-8000-000000000003';
const evidenceId = '01900000-0000-7000-8000-000000000050';
const accountId = '01900000-0000-7000-8000-000000000001';
const fileSha = 'ab'.repeat(32);

const chainOf = async (actions: CustodyEvent['action'][]) => {
  const keys = await generateSigningKeyPair();
  const signingKey = toBase64Url(keys.publicKey);
  const events: SignedCustodyEvent[] = [];
  let prev = CUSTODY_GENESIS;
  for (const [seq, action] of actions.entries()) {
    const event = {
      v: 1,
      vaultId,
      evidenceId,
      seq,
      action,
      at: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
      actor: { accountId, signingKey },
      prev,
      ...(action === 'intake' ? { file: { sha256: fileSha, size: 10 } } : {}),
    } as CustodyEvent;
    const signed = await signCustodyEvent(keys.privateKey, event);
    events.push(signed);
    prev = await custodyEventHash(event);
  }
  return { events, signers: new Map([[accountId, signingKey]]), keys };
};

const expectations = { vaultId, evidenceId, fileSha256: fileSha };

describe('custody chains', () => {
  it('verify when every event is signed, linked and in order, naming the intake file', async () => {
    const { events, signers } = await chainOf(['intake', 'view', 'download', 'export']);
    const check = await verifyCustodyChain(events, { ...expectations, signers });
    expect(check).toEqual({ ok: true, problems: [], intake: { sha256: fileSha, size: 10 } });
  });

  it('name an altered event by its hash and signature', async () => {
    const { events } = await chainOf(['intake', 'view']);
    const altered = structuredClone(events);
    (altered[1] as SignedCustodyEvent).event.action = 'download';
    const check = await verifyCustodyChain(altered, expectations);
    expect(check.problems).toEqual([
      { index: 1, problem: 'bad_hash' },
      { index: 1, problem: 'bad_signature' },
    ]);
  });

  it('catch a dropped event and a reordered pair', async () => {
    const { events } = await chainOf(['intake', 'view', 'download', 'copy']);
    const dropped = [events[0], events[2], events[3]];
    expect((await verifyCustodyChain(dropped, expectations)).problems).toEqual([
      { index: 1, problem: 'out_of_order' },
      { index: 1, problem: 'broken_link' },
      { index: 2, problem: 'out_of_order' },
    ]);
    const reordered = [events[0], events[2], events[1], events[3]];
    const problems = (await verifyCustodyChain(reordered, expectations)).problems;
    expect(problems.map((p) => p.index)).toEqual([1, 1, 2, 2, 3]);
  });

  it('refuse a file whose hash is not the signed one, an unknown signer and another item', async () => {
    const { events } = await chainOf(['intake']);
    const other = await chainOf(['intake']);
    const check = await verifyCustodyChain(events, {
      vaultId,
      evidenceId: '01900000-0000-7000-8000-000000000051',
      fileSha256: 'cd'.repeat(32),
      signers: other.signers,
    });
    expect(check.problems).toEqual([
      { index: 0, problem: 'wrong_item' },
      { index: 0, problem: 'unknown_signer' },
      { index: 0, problem: 'file_mismatch' },
    ]);
  });

  it('report a chain without intake, and a malformed event without throwing', async () => {
    expect((await verifyCustodyChain([], expectations)).problems).toEqual([
      { index: -1, problem: 'no_intake' },
    ]);
    const { events } = await chainOf(['intake']);
    const check = await verifyCustodyChain([...events, { event: 'nope' }], expectations);
    expect(check.problems).toEqual([{ index: 1, problem: 'malformed' }]);
  });

  it('refuse to sign an event that is not well formed', async () => {
    const { keys } = await chainOf(['intake']);
    await expect(
      signCustodyEvent(keys.privateKey, { v: 1 } as unknown as CustodyEvent),
    ).rejects.toMatchObject({ code: 'bad_format' });
  });
});
