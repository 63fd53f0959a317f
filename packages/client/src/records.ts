import {
  joinRecord,
  nameMatchKeys,
  splitRecord,
  type AccountId,
  type RecordData,
  type RecordFilter,
  type RecordKind,
  type RecordSort,
  type RecordVersionEntry,
  type StoredRecord,
  type VaultId,
} from '@vigil/core';
import {
  blindIndex,
  isCryptoError,
  openJson,
  sealJson,
  uuidv7,
  type VaultKey,
  type VaultKeyring,
} from '@vigil/crypto';
import type { ClientContext } from './context';
import { ApiError, ClientErrorCode } from './errors';
import { currentKeyFor, keyringById } from './vault-keys';

/** A record as the member sees it: the coded and sealed parts joined and validated. */
export interface RecordViewOf<K extends RecordKind> {
  readonly id: string;
  readonly vaultId: VaultId;
  readonly kind: K;
  /** 1 at creation, one more at every change; pass it back to `update` as `expectedVersion`. */
  readonly version: number;
  readonly data: RecordData<K>;
  readonly deleted: boolean;
  readonly keyVersion: number;
  readonly createdAt: string;
  readonly createdBy: AccountId;
  readonly updatedAt: string;
  readonly updatedBy: AccountId;
}

/** A record of any kind; narrow it on `kind`. */
export type RecordView = { [K in RecordKind]: RecordViewOf<K> }[RecordKind];

/** One page of a list; `next` is the `after` of the next page, null after the last. */
export interface RecordPage<K extends RecordKind> {
  readonly records: RecordViewOf<K>[];
  readonly next: string | null;
}

/** One kept version of a record, opened. */
export interface RecordVersionView<K extends RecordKind> {
  readonly version: number;
  readonly change: RecordVersionEntry['change'];
  readonly data: RecordData<K>;
  readonly deleted: boolean;
  readonly keyVersion: number;
  readonly changedAt: string;
  readonly changedBy: AccountId;
}

/** Every version of a record, oldest first. */
export type RecordHistoryView = {
  [K in RecordKind]: {
    readonly id: string;
    readonly kind: K;
    readonly versions: RecordVersionView<K>[];
  };
}[RecordKind];

export interface RecordListOptions {
  /** `exclude` (default) leaves deleted records out, `include` adds them, `only` lists them. */
  readonly deleted?: 'exclude' | 'include' | 'only';
  /** Coded filters, all of which must hold (evaluated by the server on its indexes). */
  readonly filter?: RecordFilter;
  /** `created` (default), `-created`, `date` or `-date` (main date, records without one last). */
  readonly sort?: RecordSort;
  /** The previous page's `next`: an opaque cursor, valid with the same sort and filter. */
  readonly after?: string;
  /** Page size, 1 to 1000 (server default 100). */
  readonly limit?: number;
}

/** Person fields whose every value is indexed for name lookup. */
const NAME_FIELDS = ['names', 'namesAsWritten', 'aliases'] as const;
/** The server keeps at most this many name indexes per person (`recordWireSchema`). */
export const MAX_NAME_INDEXES = 512;

/**
 * The name match keys of a person, for every name, written form and alias, deduplicated. When
 * there are more than the server keeps, each name's best keys come first (round robin by rank),
 * so every name stays findable by its most common spellings.
 */
export const personNameKeys = (sealed: Readonly<Record<string, unknown>>): string[] => {
  const perName: string[][] = [];
  for (const field of NAME_FIELDS) {
    const values = sealed[field];
    if (!Array.isArray(values)) continue;
    for (const value of values) if (typeof value === 'string') perName.push(nameMatchKeys(value));
  }
  const keys = new Set<string>();
  const longest = Math.max(0, ...perName.map((k) => k.length));
  for (let rank = 0; rank < longest && keys.size < MAX_NAME_INDEXES; rank += 1) {
    for (const nameKeys of perName) {
      const key = nameKeys[rank];
      if (key !== undefined) keys.add(key);
      if (keys.size >= MAX_NAME_INDEXES) break;
    }
  }
  return [...keys];
};

const decryptFailed = (kind: string, detail: string): ApiError =>
  new ApiError(0, ClientErrorCode.decryptFailed, `A sealed ${kind} record ${detail}.`);

/** Opens a record's envelope and joins it with the coded part; any failure is decrypt_failed. */
const openRecord = async <K extends RecordKind>(
  keys: VaultKeyring,
  vaultId: VaultId,
  id: string,
  kind: K,
  coded: Record<string, unknown>,
  sealed: string,
): Promise<RecordData<K>> => {
  let payload: unknown;
  try {
    payload = await openJson(keys, { vaultId, kind, recordId: id }, sealed);
  } catch (error) {
    if (isCryptoError(error)) throw decryptFailed(kind, 'did not open');
    throw error;
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw decryptFailed(kind, 'has an invalid shape');
  }
  const joined = joinRecord(kind, coded, payload as Record<string, unknown>);
  if (!joined.ok) {
    throw new ApiError(
      0,
      ClientErrorCode.decryptFailed,
      `A sealed ${kind} record has an invalid shape.`,
      joined.fields,
    );
  }
  return joined.value;
};

/** Refuses an answer about another record or vault than the one asked for. */
const expectSame = (asked: { vaultId: VaultId; id?: string }, got: StoredRecord): void => {
  if (got.vaultId !== asked.vaultId || (asked.id !== undefined && got.id !== asked.id)) {
    throw new ApiError(
      0,
      ClientErrorCode.badServerResponse,
      'The server answered with another record than the one asked for.',
    );
  }
};

/** Opens a stored record of the vault asked for (and the id asked for, if any) into its view. */
export const openStoredRecord = async (
  ctx: ClientContext,
  asked: { vaultId: VaultId; id?: string },
  stored: StoredRecord,
): Promise<RecordView> => {
  expectSame(asked, stored);
  const vaultId = stored.vaultId;
  const keys = await keyringById(ctx, vaultId, [stored.keyVersion]);
  const data = await openRecord(keys, vaultId, stored.id, stored.kind, stored.coded, stored.sealed);
  return {
    id: stored.id,
    vaultId,
    kind: stored.kind,
    version: stored.version,
    data,
    deleted: stored.deleted,
    keyVersion: stored.keyVersion,
    createdAt: stored.createdAt,
    createdBy: stored.createdBy,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
  } as RecordView;
};

/** Validates, splits and seals a record into its wire form under the vault's current key. */
const wireOf = async (
  key: VaultKey,
  vaultId: VaultId,
  id: string,
  kind: RecordKind,
  record: unknown,
): Promise<Record<string, unknown> & { sealed: string; keyVersion: number }> => {
  const split = splitRecord(kind, record);
  if (!split.ok) {
    throw new ApiError(0, 'validation_failed', `Invalid ${kind} record.`, split.fields);
  }
  const { coded, sealed } = split.value;
  const envelope = await sealJson(key, { vaultId, kind, recordId: id }, sealed);
  const wire = { ...coded, sealed: envelope, keyVersion: key.version };
  if (kind !== 'person') return wire;
  const nameIndexes = await Promise.all(
    personNameKeys(sealed).map((k) => blindIndex(key, vaultId, k)),
  );
  return { ...wire, nameIndexes: [...new Set(nameIndexes)] };
};

/** The key new records of a vault are sealed with (its current version). */
const sealingKey = async (ctx: ClientContext, vaultId: VaultId): Promise<VaultKey> => {
  ctx.keys.userKeys();
  return currentKeyFor(ctx, await ctx.transport.call('vaultGet', { params: { vaultId } }));
};

/** Creates a record: id made here (it is in the AAD), sealed part sealed, names indexed. */
export const createRecord = async <K extends RecordKind>(
  ctx: ClientContext,
  vaultId: VaultId,
  kind: K,
  record: RecordData<K>,
): Promise<RecordViewOf<K>> => {
  const key = await sealingKey(ctx, vaultId);
  const id = uuidv7();
  const body = { id, kind, record: await wireOf(key, vaultId, id, kind, record) };
  const stored = await ctx.transport.call('recordCreate', { params: { vaultId }, body });
  return (await openStoredRecord(ctx, { vaultId, id }, stored)) as RecordViewOf<K>;
};

/** One record, opened; deleted records are found too. */
export const getRecord = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
): Promise<RecordView> => {
  ctx.keys.userKeys();
  const stored = await ctx.transport.call('recordGet', { params: { vaultId, recordId: id } });
  return openStoredRecord(ctx, { vaultId, id }, stored);
};

/** A page of one kind's records, filtered and sorted as asked (creation order by default), each opened. */
export const listRecords = async <K extends RecordKind>(
  ctx: ClientContext,
  vaultId: VaultId,
  kind: K,
  options: RecordListOptions = {},
): Promise<RecordPage<K>> => {
  ctx.keys.userKeys();
  const page = await ctx.transport.call('recordList', {
    params: { vaultId },
    query: {
      kind,
      ...(options.deleted === undefined ? {} : { deleted: options.deleted }),
      ...(options.sort === undefined ? {} : { sort: options.sort }),
      ...(options.after === undefined ? {} : { after: options.after }),
      ...(options.limit === undefined ? {} : { limit: options.limit }),
      ...options.filter,
    },
  });
  const records: RecordViewOf<K>[] = [];
  for (const stored of page.records) {
    if (stored.kind !== kind) {
      throw new ApiError(
        0,
        ClientErrorCode.badServerResponse,
        `The server listed a ${stored.kind} record among ${kind} records.`,
      );
    }
    records.push((await openStoredRecord(ctx, { vaultId }, stored)) as RecordViewOf<K>);
  }
  return { records, next: page.next };
};

/**
 * Saves a new version of a record, sealed under the vault's current key. Refused by the server
 * (409 conflict) unless `expectedVersion` is the record's current version.
 */
export const updateRecord = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
  record: Readonly<Record<string, unknown>>,
  expectedVersion: number,
): Promise<RecordView> => {
  ctx.keys.userKeys();
  const current = await ctx.transport.call('recordGet', { params: { vaultId, recordId: id } });
  expectSame({ vaultId, id }, current);
  const key = await sealingKey(ctx, vaultId);
  const body = {
    kind: current.kind,
    expectedVersion,
    record: await wireOf(key, vaultId, id, current.kind, record),
  };
  const stored = await ctx.transport.call('recordUpdate', {
    params: { vaultId, recordId: id },
    body,
  });
  return openStoredRecord(ctx, { vaultId, id }, stored);
};

/** Soft-deletes (`deleted` true) or restores a record; either is a new version. */
export const setRecordDeleted = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
  deleted: boolean,
): Promise<RecordView> => {
  ctx.keys.userKeys();
  const params = { vaultId, recordId: id };
  const stored = await ctx.transport.call(deleted ? 'recordDelete' : 'recordRestore', { params });
  return openStoredRecord(ctx, { vaultId, id }, stored);
};

/** Every version of a record, oldest first, each opened with the key version it was sealed in. */
export const recordHistory = async (
  ctx: ClientContext,
  vaultId: VaultId,
  id: string,
): Promise<RecordHistoryView> => {
  ctx.keys.userKeys();
  const history = await ctx.transport.call('recordHistory', {
    params: { vaultId, recordId: id },
  });
  if (history.id !== id) {
    throw new ApiError(
      0,
      ClientErrorCode.badServerResponse,
      'The server answered with the history of another record.',
    );
  }
  if (history.id !== id) {
    throw new ApiError(
      0,
      ClientErrorCode.badServerResponse,
      'The server answered with the history of another record.',
    );
  }
  const keys = await keyringById(
    ctx,
    vaultId,
    history.versions.map((v) => v.keyVersion),
  );
  const versions: RecordVersionView<RecordKind>[] = [];
  for (const entry of history.versions) {
    versions.push({
      version: entry.version,
      change: entry.change,
      data: await openRecord(keys, vaultId, history.id, history.kind, entry.coded, entry.sealed),
      deleted: entry.deleted,
      keyVersion: entry.keyVersion,
      changedAt: entry.changedAt,
      changedBy: entry.changedBy,
    });
  }
  return { id: history.id, kind: history.kind, versions } as RecordHistoryView;
};
