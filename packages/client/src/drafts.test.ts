import type { AccountId, AccountView, VaultId } from '@vigil/core';
import { generateUserKeys, generateVaultKey, uuidv7, type VaultKey } from '@vigil/crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientContext } from './context';
import { createMemoryDraftStorage, listDrafts, loadDraft, removeDraft, saveDraft } from './drafts';
import { isApiError } from './errors';
import { fakeTransport, unlockedContext } from './test-context';
import type { Transport } from './transport';

const vaultA = uuidv7() as VaultId;
const vaultB = uuidv7() as VaultId;
const MARKER = 'Маркер-Черновика-7731 Draftmarker';
let userKeys: Awaited<ReturnType<typeof generateUserKeys>>;
beforeAll(async () => {
  userKeys = await generateUserKeys();
});

/** An unlocked client context holding a key for each vault; `vaultGet` names its current version. */
const setup = (
  keys: Record<string, VaultKey> = { [vaultA]: generateVaultKey(1), [vaultB]: generateVaultKey(1) },
) => {
  const calls: string[] = [];
  const transport = fakeTransport((async (
    name: string,
    input: { params?: { vaultId?: string } } = {},
  ) => {
    calls.push(name);
    if (name !== 'vaultGet') throw new Error(`unexpected call ${name}`);
    const vaultId = input.params?.vaultId ?? '';
    return {
      id: vaultId,
      keyVersion: keys[vaultId]?.version ?? 1,
      wrappedKeyVersion: 1,
      keyChain: [],
      recordSettings: { codedSensitiveFields: [] },
    };
  }) as Transport['call']);
  const ctx: ClientContext = {
    ...unlockedContext(transport, userKeys, keys),
    account: { id: uuidv7() as AccountId } as AccountView,
  };
  return { ctx, calls, storage: createMemoryDraftStorage() };
};

const data = { names: [MARKER], sex: 'female' };

describe('the draft store', () => {
  it('gives back what was saved, with its kind and time', async () => {
    const { ctx, storage } = setup();
    const saved = await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    const loaded = await loadDraft(ctx, storage, vaultA, 'd1');
    expect(loaded).toEqual({ draftId: 'd1', kind: 'person', savedAt: saved.savedAt, data });
  });

  it('never stores a draft in plaintext', async () => {
    const { ctx, storage } = setup();
    await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    const everything = [...storage.entries].flat().join('\n');
    expect(everything).not.toContain('Маркер');
    expect(everything).not.toContain('Draftmarker');
    expect(everything).not.toContain('female');
  });

  it('refuses a tampered draft with decrypt_failed', async () => {
    const { ctx, storage } = setup();
    await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    const [key, value] = [...storage.entries][0] ?? ['', ''];
    const stored = JSON.parse(value) as { envelope: string };
    const last = stored.envelope.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${stored.envelope.slice(0, -2)}${last}${stored.envelope.slice(-1)}`;
    storage.entries.set(key, JSON.stringify({ ...stored, envelope: tampered }));
    await expect(loadDraft(ctx, storage, vaultA, 'd1')).rejects.toSatisfy((e) =>
      isApiError(e, 'decrypt_failed'),
    );
  });

  it('refuses a draft whose kind was changed in storage', async () => {
    const { ctx, storage } = setup();
    await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    const [key, value] = [...storage.entries][0] ?? ['', ''];
    storage.entries.set(key, JSON.stringify({ ...JSON.parse(value), kind: 'incident' }));
    await expect(loadDraft(ctx, storage, vaultA, 'd1')).rejects.toSatisfy((e) =>
      isApiError(e, 'decrypt_failed'),
    );
  });

  it('does not open a draft of another vault, even under the same key', async () => {
    const shared = generateVaultKey(1);
    const { ctx, storage } = setup({ [vaultA]: shared, [vaultB]: shared });
    await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    const [key, value] = [...storage.entries][0] ?? ['', ''];
    storage.entries.set(key.replace(vaultA, vaultB), value);
    await expect(loadDraft(ctx, storage, vaultB, 'd1')).rejects.toSatisfy((e) =>
      isApiError(e, 'decrypt_failed'),
    );
  });

  it('does not open a draft moved to another draft id', async () => {
    const { ctx, storage } = setup();
    await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    const [key, value] = [...storage.entries][0] ?? ['', ''];
    storage.entries.set(key.replace(/d1$/, 'd2'), value);
    await expect(loadDraft(ctx, storage, vaultA, 'd2')).rejects.toSatisfy((e) =>
      isApiError(e, 'decrypt_failed'),
    );
  });

  it('lists the drafts of one vault and kind, newest first, skipping broken ones', async () => {
    const { ctx, storage } = setup();
    await saveDraft(ctx, storage, vaultA, 'person', 'p1', data);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveDraft(ctx, storage, vaultA, 'person', 'p2', data);
    await saveDraft(ctx, storage, vaultA, 'incident', 'i1', {});
    await saveDraft(ctx, storage, vaultB, 'person', 'b1', data);
    const [key] = [...storage.entries.keys()].filter((k) => k.endsWith('p1'));
    await storage.set(`${key ?? ''}x`, 'not json');
    expect((await listDrafts(ctx, storage, vaultA, 'person')).map((d) => d.draftId)).toEqual([
      'p2',
      'p1',
    ]);
    expect((await listDrafts(ctx, storage, vaultA)).map((d) => d.draftId).sort()).toEqual([
      'i1',
      'p1',
      'p2',
    ]);
  });

  it('forgets a removed draft', async () => {
    const { ctx, storage } = setup();
    await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    await removeDraft(ctx, storage, vaultA, 'd1');
    expect(await loadDraft(ctx, storage, vaultA, 'd1')).toBeUndefined();
    expect(storage.entries.size).toBe(0);
  });

  it('keeps drafts apart per account on a shared device', async () => {
    const { ctx, storage } = setup();
    await saveDraft(ctx, storage, vaultA, 'person', 'd1', data);
    const other = { ...ctx, account: { id: uuidv7() as AccountId } as AccountView };
    expect(await listDrafts(other, storage, vaultA)).toEqual([]);
    expect(await loadDraft(other, storage, vaultA, 'd1')).toBeUndefined();
  });

  it('refuses to save while locked', async () => {
    const { ctx, storage } = setup();
    ctx.keys.lock();
    await expect(saveDraft(ctx, storage, vaultA, 'person', 'd1', data)).rejects.toSatisfy((e) =>
      isApiError(e, 'locked'),
    );
    expect(storage.entries.size).toBe(0);
  });
});
