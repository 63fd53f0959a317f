import type { RecordViewOf } from '@vigil/client';
import type { RecordKind } from '@vigil/core';

/** A record of any kind, as the views need it. */
type AnyRecord = RecordViewOf<RecordKind>;
import { formatTable } from '../../output';

export const RECORD_SHAPE =
  '{ "id": string, "vaultId": string, "kind": string, "version": number, "deleted": boolean, "keyVersion": number, "createdAt": string, "createdBy": string, "updatedAt": string, "updatedBy": string, "data": { …the record\'s fields } }';
export const SAVED_SHAPE = '{ "id": string, "version": number, "deleted": boolean }';

/** The stable JSON shape of an opened record (documented in `vigil record get --help`). */
export const recordJson = (r: AnyRecord) => ({
  id: r.id,
  vaultId: r.vaultId,
  kind: r.kind,
  version: r.version,
  deleted: r.deleted,
  keyVersion: r.keyVersion,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
  updatedAt: r.updatedAt,
  updatedBy: r.updatedBy,
  data: r.data,
});

/** What a change reports: the record, its new version and whether it is deleted now. */
export const savedJson = (r: AnyRecord) => ({ id: r.id, version: r.version, deleted: r.deleted });

export const recordTable = (records: readonly AnyRecord[]): string =>
  formatTable(
    ['ID', 'VERSION', 'DELETED', 'UPDATED'],
    records.map((r) => [r.id, String(r.version), r.deleted ? 'yes' : '', r.updatedAt]),
  );
