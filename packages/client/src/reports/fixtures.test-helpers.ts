import type {
  AccountId,
  Facility,
  RecordData,
  RecordKind,
  StatsResponse,
  VaultId,
} from '@vigil/core';
import type { RecordViewOf } from '../records';

// Factories for the reports' unit tests: opened records, facilities and statistics answers.

export const VAULT = '01900000-0000-7000-8000-00000000a000' as VaultId;
const ACCOUNT = '01900000-0000-7000-8000-00000000b000' as AccountId;

/** A record id from a number. */
export const rid = (n: number): string =>
  `01900000-0000-7000-8000-${n.toString().padStart(12, '0')}`;

/** An opened record of a kind. */
export const view = <K extends RecordKind>(
  kind: K,
  id: string,
  data: Record<string, unknown>,
): RecordViewOf<K> => ({
  id,
  vaultId: VAULT,
  kind,
  version: 1,
  data: data as RecordData<K>,
  deleted: false,
  keyVersion: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  createdBy: ACCOUNT,
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: ACCOUNT,
});

export const day = (value: string) => ({ precision: 'day' as const, value });

/** A facility of the register. */
export const facility = (id: string, ru: string, en: string): Facility =>
  ({
    id,
    version: 1,
    names: { ru, en },
    aliases: [],
    type: 'penal-colony-strict',
    authority: 'fsin',
    region: 'RU-VLA',
    coordinates: null,
    capacity: 1200,
    status: [],
    units: [],
    sources: [],
    sample: false,
    mergedInto: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  }) as unknown as Facility;

/** A one-dimension statistics answer from rows of [value, incidents, victims]. */
export const answer = (
  rows: readonly (readonly [string | null, number, number])[],
  total: { incidents: number; victims: number },
  options: { multiValued?: string[]; basis?: number } = {},
): StatsResponse =>
  ({
    rows: rows.map((r) => r[0]),
    columns: [null],
    cells: rows.map(([row, incidents, victims]) => ({ row, column: null, incidents, victims })),
    rowTotals: rows.map(([row, incidents, victims]) => ({ row, column: null, incidents, victims })),
    columnTotals: [{ row: null, column: null, ...total }],
    total,
    multiValued: options.multiValued ?? [],
    basis: { incidents: options.basis ?? total.incidents },
    people: { linkRun: null },
  }) as StatsResponse;
