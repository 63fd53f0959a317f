import { Readable } from 'node:stream';
import {
  CUSTODY_GENESIS,
  ErrorCode,
  VigilError,
  partCount,
  partLength,
  type CustodyEntry,
  type CustodyEntryRequest,
  type EvidenceItem,
  type EvidenceUploadStatus,
  type StartEvidenceUploadRequest,
  type startEvidenceUploadRequestSchema,
} from '@vigil/core';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { createSha256, toHex } from '@vigil/crypto';
import { isStorageError, objectKey, type ObjectKey } from '../../platform/storage';
import { kindsOf } from '../records/repository';
import { checkKeyVersion, vaultForWrite, type RecordActor } from '../records/use-cases';
import {
  custodyEventsOf,
  custodySignersOf,
  custodyHashTaken,
  deleteUpload,
  findItem,
  insertCustodyEvent,
  insertUploadingItem,
  itemIdTaken,
  lastCustodyEvent,
  linksOf,
  listItems,
  markStored,
  findItemWithPart,
  recordPart,
  partsOf,
  staleUploads,
  type ItemRow,
} from './repository';

/** An upload with no part arriving for this long expires: its parts and rows are removed. */
export const UPLOAD_IDLE_MS = 24 * 60 * 60 * 1000;

const notFound = () => new VigilError(ErrorCode.notFound, 'Not found.');
const invalid = (path: string, message: string) =>
  new VigilError(ErrorCode.validationFailed, message, [{ path, message }]);

/** Where part `index` of an item lives: ids only. */
export const partKey = (vaultId: string, id: string, index: number) =>
  objectKey(`evidence/${vaultId}/${id}/${index}`);

const itemOf = (row: ItemRow, links: readonly string[]): EvidenceItem => ({
  id: row.id as EvidenceItem['id'],
  vaultId: row.vault_id as EvidenceItem['vaultId'],
  kind: row.kind as EvidenceItem['kind'],
  state: row.state,
  size: Number(row.size),
  partSize: row.part_size,
  parts: row.parts,
  sealed: row.sealed,
  keyVersion: row.key_version,
  derivedFrom: row.derived_from as EvidenceItem['derivedFrom'],
  links: [...links],
  createdAt: row.created_at.toISOString(),
  createdBy: row.created_by as EvidenceItem['createdBy'],
  storedAt: row.stored_at?.toISOString() ?? null,
});

/** The actor's own upload in progress, not expired (else a clear 404 or 409). */
const openUpload = <R extends ItemRow>(
  deps: AppDeps,
  row: R | undefined,
  actor: RecordActor,
): R => {
  // Another member's upload is not theirs to fill: as if it did not exist.
  if (row === undefined || row.created_by !== actor.accountId) throw notFound();
  if (row.state !== 'uploading') {
    throw new VigilError(ErrorCode.conflict, 'This upload is complete already.');
  }
  if ((row.upload_expires_at?.getTime() ?? 0) < deps.clock().getTime()) {
    throw new VigilError(ErrorCode.conflict, 'This upload expired; start it again.');
  }
  return row;
};

/** Removes uploads past their expiry (any vault): objects first, then rows, with an audit event. */
export const expireStaleUploads = async (deps: AppDeps): Promise<number> => {
  const stale = await deps.audit.run(async (uow) => {
    const rows = await staleUploads(uow.trx, deps.clock());
    for (const s of rows) {
      await deleteUpload(uow.trx, s.vault_id, s.id);
      await uow.record({
        chain: s.vault_id,
        actor: null,
        action: 'evidence.upload.expire',
        subjectType: 'evidence',
        subjectId: s.id,
      });
    }
    return rows;
  });
  // After the rows are gone: an object without a row is garbage nobody can reach, never a row
  // without its object.
  for (const s of stale) await deleteParts(deps, s.vault_id, s.id, s.parts);
  return stale.length;
};

const deleteParts = async (deps: AppDeps, vaultId: string, id: string, parts: number) => {
  for (let i = 0; i < parts; i++) await deps.objects.delete(partKey(vaultId, id, i));
};

/** Opens an upload of an encrypted file: checks limits, relations and the key, then waits for parts. */
export const startUpload = async (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  body: z.output<typeof startEvidenceUploadRequestSchema>,
): Promise<EvidenceUploadStatus> => {
  await expireStaleUploads(deps);
  if (body.size > deps.config.evidenceMaxBytes) {
    throw new VigilError(
      ErrorCode.payloadTooLarge,
      `The file is over this server's limit of ${deps.config.evidenceMaxBytes} bytes.`,
      [{ path: 'body.size', message: `at most ${deps.config.evidenceMaxBytes} bytes` }],
    );
  }
  return deps.audit.run(async (uow) => {
    const { keyVersion } = await vaultForWrite(uow.trx, vaultId);
    checkKeyVersion(keyVersion, body.keyVersion);
    if (await itemIdTaken(uow.trx, body.id)) {
      throw new VigilError(ErrorCode.conflict, 'An evidence item with this id exists.');
    }
    if (body.derivedFrom !== undefined) {
      const original = await findItem(uow.trx, vaultId, body.derivedFrom);
      if (original?.state !== 'stored') {
        throw invalid('body.derivedFrom', `${body.derivedFrom} is not evidence of this vault`);
      }
    }
    const kinds = await kindsOf(uow.trx, vaultId, body.links);
    const broken = body.links.flatMap((id, i) =>
      kinds.has(id)
        ? []
        : [{ path: `body.links.${i}`, message: `${id} is not a record of this vault` }],
    );
    if (broken.length > 0) {
      throw new VigilError(ErrorCode.validationFailed, 'Some links point nowhere.', broken);
    }
    const at = deps.clock();
    const expiresAt = new Date(at.getTime() + UPLOAD_IDLE_MS);
    const parts = partCount(body.size, body.partSize);
    await insertUploadingItem(
      uow.trx,
      {
        vaultId,
        id: body.id,
        kind: body.kind,
        size: body.size,
        partSize: body.partSize,
        parts,
        sealed: body.sealed,
        keyVersion: body.keyVersion,
        derivedFrom: body.derivedFrom ?? null,
        expiresAt,
        actor: actor.accountId,
        at,
      },
      body.links,
    );
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'evidence.upload.start',
      subjectType: 'evidence',
      subjectId: body.id,
      data: { size: body.size, parts },
    });
    return {
      id: body.id,
      state: 'uploading',
      size: body.size,
      partSize: body.partSize,
      parts,
      received: [],
      expiresAt: expiresAt.toISOString(),
      sealed: body.sealed,
      keyVersion: body.keyVersion,
    } satisfies EvidenceUploadStatus;
  });
};

/** Which parts of the actor's upload arrived, so that an interrupted upload can resume. */
export const uploadStatus = async (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
): Promise<EvidenceUploadStatus> => {
  const row = await findItem(deps.db.kysely, vaultId, id);
  if (row === undefined || row.created_by !== actor.accountId) throw notFound();
  const parts = await partsOf(deps.db.kysely, vaultId, id);
  return {
    id: row.id as EvidenceUploadStatus['id'],
    state: row.state,
    size: Number(row.size),
    partSize: row.part_size,
    parts: row.parts,
    received: parts.map((p) => p.part_index),
    expiresAt: row.upload_expires_at?.toISOString() ?? null,
    sealed: row.sealed,
    keyVersion: row.key_version,
  };
};

/** Counts the bytes going through and refuses more than `max`; `seen()` tells how many went. */
const limited = (source: AsyncIterable<Uint8Array>, max: number) => {
  let seen = 0;
  const stream = async function* () {
    for await (const chunk of source) {
      seen += chunk.length;
      if (seen > max) throw invalid('body', `part is longer than its ${max} bytes`);
      yield chunk;
    }
  };
  return { stream: stream(), seen: () => seen };
};

/**
 * Stores part `index` of the actor's upload, streamed to the object store and hashed on the way:
 * its length must be the one the upload's size gives, its SHA-256 the one in the header. A part
 * sent again with the same hash (a retry) is accepted; nothing is stored for a part that fails.
 */
export const putPart = async (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
  index: number,
  sha256: string | undefined,
  body: AsyncIterable<Uint8Array>,
): Promise<{ index: number; size: number; sha256: string }> => {
  if (sha256 === undefined || !/^[0-9a-f]{64}$/.test(sha256)) {
    throw invalid('headers.x-vigil-sha256', 'the SHA-256 of the part, 64 lower-case hex digits');
  }
  const row = openUpload(deps, await findItemWithPart(deps.db.kysely, vaultId, id, index), actor);
  if (index >= row.parts) throw invalid('params.index', `the upload has ${row.parts} parts`);
  const expected = partLength(Number(row.size), row.part_size, index);
  if (row.part_sha256 !== null) {
    for await (const chunk of body) void chunk; // drain what a retry sends
    if (row.part_sha256 === sha256) return { index, size: row.part_bytes ?? expected, sha256 };
    throw new VigilError(ErrorCode.conflict, 'This part was stored already, with other bytes.');
  }
  const key = partKey(vaultId, id, index);
  const counted = limited(body, expected);
  let stored: { size: number; sha256: string };
  try {
    stored = await deps.objects.put(key, counted.stream, { expectedSha256: sha256 });
  } catch (error) {
    if (isStorageError(error, 'hash_mismatch')) {
      throw invalid('headers.x-vigil-sha256', 'the part does not match its SHA-256');
    }
    if (!isStorageError(error, 'exists')) throw error;
    // An object without its row: a server stopped between the two, or the same part is still
    // being stored by another request. Adopt it only when its bytes are the ones sent now.
    const found = await hashOf(deps, key);
    if (found.sha256 !== sha256) {
      throw new VigilError(
        ErrorCode.conflict,
        'This part is being stored by another request: ask for the upload status, then retry.',
      );
    }
    stored = found;
  }
  try {
    if (stored.size !== expected) {
      throw invalid('body', `part ${index} holds ${expected} bytes, ${stored.size} arrived`);
    }
    const at = deps.clock();
    const part = { vaultId, id, index, size: stored.size, sha256: stored.sha256, at };
    const upload = { actor: actor.accountId, expiresAt: new Date(at.getTime() + UPLOAD_IDLE_MS) };
    if (!(await recordPart(deps.db.kysely, part, upload))) {
      const now = await findItemWithPart(deps.db.kysely, vaultId, id, index);
      // A retry sent while the first request was still storing these bytes, which recorded
      // them first: the object is that row's, so it stays.
      if (now?.part_sha256 === stored.sha256) return { index, size: stored.size, sha256 };
      // Completed, dropped or expired while the bytes came: say which, as the first check does.
      openUpload(deps, now, actor);
      throw new VigilError(ErrorCode.conflict, 'This upload changed meanwhile; retry the part.');
    }
  } catch (error) {
    // No object without its row: a part refused after it was written is removed again.
    await deps.objects.delete(key);
    throw error;
  }
  return { index, size: stored.size, sha256: stored.sha256 };
};

/** Size and SHA-256 of a stored object, read through once. */
const hashOf = async (deps: AppDeps, key: ObjectKey): Promise<{ size: number; sha256: string }> => {
  const hasher = await createSha256();
  let size = 0;
  for await (const chunk of await deps.objects.get(key)) {
    hasher.update(chunk as Uint8Array);
    size += (chunk as Uint8Array).length;
  }
  return { size, sha256: toHex(hasher.digest()) };
};

/** Checks a custody entry's place after `last` (none: the intake) and its key version. */
const checkEntry = (
  entry: CustodyEntryRequest,
  last: { seq: number; hash: string } | undefined,
  keyVersion: number,
): void => {
  checkKeyVersion(keyVersion, entry.keyVersion);
  const seq = last === undefined ? 0 : last.seq + 1;
  const prev = last === undefined ? CUSTODY_GENESIS : last.hash;
  if (entry.seq !== seq || entry.prev !== prev) {
    throw new VigilError(
      ErrorCode.conflict,
      'The custody chain has moved on: read it again and sign the next event.',
    );
  }
};

/**
 * Completes the actor's upload once every part is stored: the signed intake event opens the
 * item's custody chain and the item becomes visible.
 */
export const completeUpload = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
  intake: CustodyEntryRequest,
  sealed?: string,
): Promise<EvidenceItem> =>
  deps.audit.run(async (uow) => {
    const row = openUpload(deps, await findItem(uow.trx, vaultId, id, true), actor);
    const parts = await partsOf(uow.trx, vaultId, id);
    if (parts.length !== row.parts) {
      throw invalid('parts', `${parts.length} of ${row.parts} parts were uploaded`);
    }
    const { keyVersion } = await vaultForWrite(uow.trx, vaultId);
    if (intake.action !== 'intake') throw invalid('body.intake.action', 'must be intake');
    checkEntry(intake, undefined, keyVersion);
    if (await custodyHashTaken(uow.trx, intake.hash)) {
      throw new VigilError(ErrorCode.conflict, 'This custody event was recorded already.');
    }
    const at = deps.clock();
    await insertCustodyEvent(uow.trx, {
      vaultId,
      evidenceId: id,
      ...intake,
      actor: actor.accountId,
      at,
    });
    await markStored(
      uow.trx,
      vaultId,
      id,
      at,
      sealed === undefined ? undefined : { sealed, keyVersion },
    );
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'evidence.store',
      subjectType: 'evidence',
      subjectId: id,
      data: { size: Number(row.size), parts: row.parts },
    });
    const stored = await findItem(uow.trx, vaultId, id);
    if (stored === undefined) throw notFound();
    return itemOf(stored, (await linksOf(uow.trx, vaultId, [id])).get(id) ?? []);
  });

/** Drops the actor's unfinished upload: rows, then its stored parts. */
export const abortUpload = async (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
): Promise<void> => {
  const parts = await deps.audit.run(async (uow) => {
    const row = await findItem(uow.trx, vaultId, id, true);
    if (row === undefined || row.created_by !== actor.accountId) throw notFound();
    if (row.state !== 'uploading') {
      throw new VigilError(ErrorCode.conflict, 'A stored item is never removed by an abort.');
    }
    await deleteUpload(uow.trx, vaultId, id);
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'evidence.upload.abort',
      subjectType: 'evidence',
      subjectId: id,
    });
    return row.parts;
  });
  await deleteParts(deps, vaultId, id, parts);
};

/** A stored item of the vault with its links. */
export const getItem = async (
  deps: AppDeps,
  vaultId: string,
  id: string,
): Promise<EvidenceItem> => {
  const row = await findItem(deps.db.kysely, vaultId, id);
  if (row?.state !== 'stored') throw notFound();
  return itemOf(row, (await linksOf(deps.db.kysely, vaultId, [id])).get(id) ?? []);
};

/** A page of stored items: by record documented, by kind, after an id. */
export const listEvidence = async (
  deps: AppDeps,
  vaultId: string,
  query: {
    linkedTo?: string | undefined;
    kind?: string | undefined;
    after?: string | undefined;
    limit: number;
  },
): Promise<{ items: EvidenceItem[]; next: EvidenceItem['id'] | null }> => {
  const rows = await listItems(deps.db.kysely, vaultId, {
    limit: query.limit,
    ...(query.linkedTo === undefined ? {} : { linkedTo: query.linkedTo }),
    ...(query.kind === undefined ? {} : { kind: query.kind }),
    ...(query.after === undefined ? {} : { after: query.after }),
  });
  const links = await linksOf(
    deps.db.kysely,
    vaultId,
    rows.map((r) => r.id),
  );
  const items = rows.map((r) => itemOf(r, links.get(r.id) ?? []));
  const last = items[items.length - 1];
  return { items, next: items.length === query.limit && last !== undefined ? last.id : null };
};

/**
 * The stored ciphertext of an item as one stream, part after part (bounded memory whatever the
 * size). The read is an audit event; the custody event is the client's to sign.
 */
export const itemContent = async (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
): Promise<{ size: number; stream: Readable }> => {
  const row = await findItem(deps.db.kysely, vaultId, id);
  if (row?.state !== 'stored') throw notFound();
  await deps.audit.run((uow) =>
    uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'evidence.read',
      subjectType: 'evidence',
      subjectId: id,
    }),
  );
  const { objects } = deps;
  const parts = row.parts;
  async function* all(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < parts; i++) {
      for await (const chunk of await objects.get(partKey(vaultId, id, i))) {
        yield chunk as Uint8Array;
      }
    }
  }
  return { size: Number(row.size), stream: Readable.from(all(), { objectMode: false }) };
};

const entryOf = (r: Awaited<ReturnType<typeof custodyEventsOf>>[number]): CustodyEntry => ({
  seq: r.seq,
  action: r.action as CustodyEntry['action'],
  prev: r.prev,
  hash: r.hash,
  sealed: r.sealed,
  keyVersion: r.key_version,
  actor: r.actor as CustodyEntry['actor'],
  recordedAt: r.recorded_at.toISOString(),
});

/** An item's custody events in chain order. */
export const listCustody = async (
  deps: AppDeps,
  vaultId: string,
  id: string,
): Promise<{ events: CustodyEntry[]; signers: Record<string, string> }> => {
  const row = await findItem(deps.db.kysely, vaultId, id);
  if (row?.state !== 'stored') throw notFound();
  return {
    events: (await custodyEventsOf(deps.db.kysely, vaultId, id)).map(entryOf),
    signers: await custodySignersOf(deps.db.kysely, vaultId, id),
  };
};

/**
 * Appends a signed custody event (view, download, copy, share, export, derive) at the end of the
 * item's chain; an event that does not follow the last one (a fork, a gap) is refused.
 */
export const appendCustody = (
  deps: AppDeps,
  actor: RecordActor,
  vaultId: string,
  id: string,
  entry: CustodyEntryRequest,
): Promise<CustodyEntry> =>
  deps.audit.run(async (uow) => {
    const row = await findItem(uow.trx, vaultId, id, true);
    if (row?.state !== 'stored') throw notFound();
    if (entry.action === 'intake') throw invalid('body.action', 'an item has one intake');
    const { keyVersion } = await vaultForWrite(uow.trx, vaultId);
    checkEntry(entry, await lastCustodyEvent(uow.trx, vaultId, id), keyVersion);
    if (await custodyHashTaken(uow.trx, entry.hash)) {
      throw new VigilError(ErrorCode.conflict, 'This custody event was recorded already.');
    }
    const at = deps.clock();
    await insertCustodyEvent(uow.trx, {
      vaultId,
      evidenceId: id,
      ...entry,
      actor: actor.accountId,
      at,
    });
    await uow.record({
      chain: vaultId,
      actor: actor.accountId,
      action: 'evidence.custody',
      subjectType: 'evidence',
      subjectId: id,
      data: { seq: entry.seq, action: entry.action },
    });
    const [last] = (await custodyEventsOf(uow.trx, vaultId, id)).slice(-1);
    if (last === undefined) throw notFound();
    return entryOf(last);
  });

export type { StartEvidenceUploadRequest };
