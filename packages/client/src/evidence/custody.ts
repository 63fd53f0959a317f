import {
  CUSTODY_GENESIS,
  signedCustodyEventSchema,
  type CustodyAction,
  type CustodyEntry,
  type CustodyEvent,
  type SignedCustodyEvent,
  type VaultId,
} from '@vigil/core';
import {
  openJson,
  sealJson,
  signCustodyEvent,
  toBase64Url,
  verifyCustodyChain,
  type CustodyCheck,
  type VaultKey,
} from '@vigil/crypto';
import type { ClientContext } from '../context';
import { isApiError, lockedError } from '../errors';
import { currentKeyFor, keyringById } from '../vault-keys';
import { custodyContext } from './sealing';

/** The signed event of a custody entry the server holds, opened; null when it does not open. */
const openEntry = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
  entry: CustodyEntry,
): Promise<unknown> => {
  try {
    const keys = await keyringById(ctx, vaultId, [entry.keyVersion]);
    return await openJson(keys, custodyContext(vaultId, id, entry.seq), entry.sealed);
  } catch {
    return null;
  }
};

/**
 * The item's custody events as signed by their actors, in chain order (unverified), and the
 * signing key the server holds for each actor (members since removed included).
 */
export const readCustody = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
): Promise<{ entries: CustodyEntry[]; signed: unknown[]; signers: Record<string, string> }> => {
  const { events, signers } = await ctx.transport.call('custodyList', {
    params: { vaultId, evidenceId: id },
  });
  const signed = await Promise.all(events.map((e) => openEntry(ctx, vaultId, id, e)));
  return { entries: events, signed, signers };
};

/** Builds, signs and seals the event at `seq` after `prev`, as the unlocked user. */
export const signedEntry = async (
  ctx: ClientContext,
  key: VaultKey,
  vaultId: VaultId,
  id: string,
  fields: {
    seq: number;
    prev: string;
    action: CustodyAction;
    file?: { sha256: string; size: number };
    derived?: string;
    note?: string;
  },
): Promise<{
  entry: {
    seq: number;
    action: CustodyAction;
    prev: string;
    hash: string;
    sealed: string;
    keyVersion: number;
  };
  signed: SignedCustodyEvent;
}> => {
  const account = ctx.account;
  if (account === null) throw lockedError();
  const keys = ctx.keys.userKeys();
  const event = {
    v: 1,
    vaultId,
    evidenceId: id,
    seq: fields.seq,
    action: fields.action,
    at: new Date().toISOString(),
    actor: { accountId: account.id, signingKey: toBase64Url(keys.signing.publicKey) },
    prev: fields.prev,
    ...(fields.file === undefined ? {} : { file: fields.file }),
    ...(fields.derived === undefined ? {} : { derived: fields.derived }),
    ...(fields.note === undefined ? {} : { note: fields.note }),
  } as CustodyEvent;
  const signed = await signCustodyEvent(keys.signing.privateKey, event);
  const sealed = await sealJson(key, custodyContext(vaultId, id, fields.seq), signed);
  return {
    entry: {
      seq: fields.seq,
      action: fields.action,
      prev: fields.prev,
      hash: signed.hash,
      sealed,
      keyVersion: key.version,
    },
    signed,
  };
};

/**
 * Appends a custody event (view, download, copy, share, export, derive) signed by the unlocked
 * user at the end of the item's chain; if another member appended meanwhile, reads the chain
 * again and signs the next place (a few times at most).
 */
export const recordCustody = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
  action: Exclude<CustodyAction, 'intake'>,
  extra: { note?: string; derived?: string; file?: { sha256: string; size: number } } = {},
): Promise<CustodyEntry> => {
  const summary = await ctx.transport.call('vaultGet', { params: { vaultId } });
  const key = await currentKeyFor(ctx, summary);
  for (let attempt = 0; ; attempt++) {
    const { events } = await ctx.transport.call('custodyList', {
      params: { vaultId, evidenceId: id },
    });
    const last = events[events.length - 1];
    const { entry } = await signedEntry(ctx, key, vaultId, id, {
      seq: last === undefined ? 0 : last.seq + 1,
      prev: last === undefined ? CUSTODY_GENESIS : last.hash,
      action,
      ...extra,
    });
    try {
      return await ctx.transport.call('custodyAppend', {
        params: { vaultId, evidenceId: id },
        body: entry,
      });
    } catch (error) {
      if (attempt < 3 && isApiError(error) && error.code === 'conflict') continue;
      throw error;
    }
  }
};

/** A problem of the server's copy: its clear fields do not say what the signed event says. */
export interface ServerMismatch {
  readonly index: number;
  readonly problem: 'server_mismatch';
}

/**
 * Verifies an item's custody: every sealed event opens, says what the server's clear fields say,
 * and the chain holds (signatures by the members' known keys, links, order, the intake's file
 * hash, when `fileSha256` is given).
 */
export const verifyCustody = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
  fileSha256?: string,
): Promise<CustodyCheck & { mismatches: ServerMismatch[]; signed: unknown[] }> => {
  const { entries, signed, signers: actors } = await readCustody(ctx, vaultId, id);
  const { members } = await ctx.transport.call('memberList', { params: { vaultId } });
  // Members' keys from the member list; those who left, from the keys the chain's list names.
  const signers = new Map<string, string>([
    ...Object.entries(actors),
    ...members.map((m): [string, string] => [m.accountId, m.signingPublicKey]),
  ]);
  const mismatches: ServerMismatch[] = [];
  entries.forEach((entry, index) => {
    const parsed = signedCustodyEventSchema.safeParse(signed[index]);
    if (!parsed.success) return;
    const e = parsed.data;
    if (
      e.event.seq !== entry.seq ||
      e.event.action !== entry.action ||
      e.event.prev !== entry.prev ||
      e.hash !== entry.hash ||
      e.event.actor.accountId !== entry.actor
    ) {
      mismatches.push({ index, problem: 'server_mismatch' });
    }
  });
  const check = await verifyCustodyChain(signed, {
    vaultId,
    evidenceId: id,
    signers,
    ...(fileSha256 === undefined ? {} : { fileSha256 }),
  });
  return { ...check, ok: check.ok && mismatches.length === 0, mismatches, signed };
};
