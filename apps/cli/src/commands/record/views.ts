import type { RecordHistoryView, RecordViewOf } from '@vigil/client';
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

export const HISTORY_SHAPE =
  '{ "id": string, "kind": string, "versions": [ { "version": number, "change": "create"|"update"|"delete"|"restore", "deleted": boolean, "keyVersion": number, "changedAt": string, "changedBy": string, "data": { …the record\'s fields then } } ] }';

/** The stable JSON shape of a record's history (documented in `vigil record history --help`). */
export const historyJson = (h: RecordHistoryView) => ({
  id: h.id,
  kind: h.kind,
  versions: h.versions.map((v) => ({
    version: v.version,
    change: v.change,
    deleted: v.deleted,
    keyVersion: v.keyVersion,
    changedAt: v.changedAt,
    changedBy: v.changedBy,
    data: v.data,
  })),
});

export const historyTable = (h: RecordHistoryView): string =>
  formatTable(
    ['VERSION', 'CHANGE', 'DELETED', 'CHANGED', 'BY'],
    h.versions.map((v) => [
      String(v.version),
      v.change,
      v.deleted ? 'yes' : '',
      v.changedAt,
      v.changedBy,
    ]),
  );
