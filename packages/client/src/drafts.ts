import { recordKindSchema, type RecordKind, type VaultId } from '@vigil/core';
import { isCryptoError, openJson, sealJson, uuidv7, envelopeKeyVersion } from '@vigil/crypto';
import { z } from 'zod';
import type { ClientContext } from './context';
import { ApiError, ClientErrorCode, lockedError } from './errors';
import { currentKeyFor, keyringById } from './vault-keys';

/**
 * Where sealed drafts are kept between visits (the web app: localStorage; tests: memory). It only
 * ever sees envelopes, draft ids, vault ids, account ids and record kinds, never what was typed.
 */
export interface DraftStorage {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key that starts with `prefix`. */
  keys(prefix: string): Promise<string[]>;
}

/** A draft store kept in memory for the life of the client (the default, and for tests). */
export const createMemoryDraftStorage = (): DraftStorage & {
  readonly entries: Map<string, string>;
} => {
  const entries = new Map<string, string>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, value) => {
      entries.set(key, value);
    },
    remove: async (key) => {
      entries.delete(key);
    },
    keys: async (prefix) => [...entries.keys()].filter((k) => k.startsWith(prefix)),
  };
};

/** A draft as it was saved: `data` is whatever the form stored, untrusted until validated. */
export interface DraftView {
  readonly draftId: string;
  readonly kind: RecordKind;
  /** ISO time of the last save, taken on this device. */
  readonly savedAt: string;
  readonly data: unknown;
}

/** What `list` tells about a draft without handing out its contents. */
export type DraftSummary = Omit<DraftView, 'data'>;

/** The stored form: the kind in clear (it picks the AAD), everything else in the envelope. */
const storedSchema = z.strictObject({
  v: z.literal(1),
  kind: recordKindSchema,
  envelope: z.string().min(1),
});
const payloadSchema = z.strictObject({ savedAt: z.string(), data: z.unknown() });
const draftIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,100}$/);

/**
 * Envelope kind of a draft. Stored records use a bare record kind in their AAD (`kind:person`);
 * `draft:person` is never one, so a draft envelope cannot pass for a record's or the reverse.
 */
const draftEnvelopeKind = (kind: RecordKind): string => `draft:${kind}`;

const prefixOf = (ctx: ClientContext, vaultId: VaultId): string => {
  const account = ctx.account;
  if (account === null || !ctx.keys.isUnlocked()) throw lockedError();
  return `vigil.draft.v1.${account.id}.${vaultId}.`;
};

const storageKey = (ctx: ClientContext, vaultId: VaultId, draftId: string): string => {
  if (!draftIdSchema.safeParse(draftId).success) {
    throw new ApiError(0, 'validation_failed', 'A draft id is 1-100 letters, digits or dashes.');
  }
  return `${prefixOf(ctx, vaultId)}${draftId}`;
};

const unreadable = (): ApiError =>
  new ApiError(0, ClientErrorCode.decryptFailed, 'A saved draft did not open.');

/** A fresh draft id (time-ordered, so the newest draft sorts last). */
export const newDraftId = (): string => uuidv7();

/** Seals a draft under the vault's current key and stores it, replacing any earlier save. */
export const saveDraft = async (
  ctx: ClientContext,
  storage: DraftStorage,
  vaultId: VaultId,
  kind: RecordKind,
  draftId: string,
  data: unknown,
): Promise<DraftSummary> => {
  const key = storageKey(ctx, vaultId, draftId);
  const vaultKey = await currentKeyFor(
    ctx,
    await ctx.transport.call('vaultGet', { params: { vaultId } }),
  );
  const savedAt = new Date().toISOString();
  const envelope = await sealJson(
    vaultKey,
    { vaultId, kind: draftEnvelopeKind(kind), recordId: draftId },
    { savedAt, data },
  );
  await storage.set(key, JSON.stringify({ v: 1, kind, envelope }));
  return { draftId, kind, savedAt };
};

/** Opens one stored draft; a draft that is missing gives undefined, a broken one decrypt_failed. */
export const loadDraft = async (
  ctx: ClientContext,
  storage: DraftStorage,
  vaultId: VaultId,
  draftId: string,
): Promise<DraftView | undefined> => {
  const text = await storage.get(storageKey(ctx, vaultId, draftId));
  if (text === undefined) return undefined;
  let stored: z.infer<typeof storedSchema>;
  let payload: z.infer<typeof payloadSchema>;
  try {
    stored = storedSchema.parse(JSON.parse(text));
    const keys = await keyringById(ctx, vaultId, [envelopeKeyVersion(stored.envelope)]);
    const opened = await openJson(
      keys,
      { vaultId, kind: draftEnvelopeKind(stored.kind), recordId: draftId },
      stored.envelope,
    );
    payload = payloadSchema.parse(opened);
  } catch (error) {
    // Locked keys or an unreachable server are not the draft's fault: let them through.
    if (error instanceof ApiError && error.code !== ClientErrorCode.decryptFailed) throw error;
    const broken =
      error instanceof ApiError ||
      isCryptoError(error) ||
      error instanceof SyntaxError ||
      error instanceof z.ZodError;
    if (broken) throw unreadable();
    throw error;
  }
  return { draftId, kind: stored.kind, savedAt: payload.savedAt, data: payload.data };
};

/** The drafts of a vault (optionally of one kind) that open, newest first; broken ones are skipped. */
export const listDrafts = async (
  ctx: ClientContext,
  storage: DraftStorage,
  vaultId: VaultId,
  kind?: RecordKind,
): Promise<DraftSummary[]> => {
  const prefix = prefixOf(ctx, vaultId);
  const found: DraftSummary[] = [];
  for (const key of await storage.keys(prefix)) {
    const draftId = key.slice(prefix.length);
    try {
      const draft = await loadDraft(ctx, storage, vaultId, draftId);
      if (draft !== undefined && (kind === undefined || draft.kind === kind)) {
        found.push({ draftId, kind: draft.kind, savedAt: draft.savedAt });
      }
    } catch (error) {
      if (!(error instanceof ApiError && error.code === ClientErrorCode.decryptFailed)) throw error;
    }
  }
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
};

/** Forgets a draft (after the record was saved, or when the user discards it). */
export const removeDraft = async (
  ctx: ClientContext,
  storage: DraftStorage,
  vaultId: VaultId,
  draftId: string,
): Promise<void> => storage.remove(storageKey(ctx, vaultId, draftId));
