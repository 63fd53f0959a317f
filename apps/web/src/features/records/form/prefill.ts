import {
  fieldClassOf,
  RECORD_KINDS,
  relationIdSchemas,
  type RecordKind,
  type VaultId,
} from '@vigil/core';
import { tableOf, valuesFromRecord, type FormValues } from './model';

/** A new record's starting values taken from the address, and the record it was opened from. */
export interface Prefill {
  readonly values: FormValues;
  /** The first record (not facility or evidence) named: where "Cancel" goes back to. */
  readonly from?: string;
}

const isRecordKind = (target: string): boolean =>
  (RECORD_KINDS as readonly string[]).includes(target);

/**
 * A new record's form with links filled in from the address, e.g. `?report=<id>&facility=<id>`
 * for a finding opened from its report's page. Only coded relation fields are read (the server
 * sees those links anyway; a sealed one must never reach an address it could log), and only ids
 * of the shape their target takes; anything else in the address is ignored.
 */
export const prefillFromParams = (kind: RecordKind, params: URLSearchParams): Prefill => {
  const data: Record<string, unknown> = {};
  let from: string | undefined;
  for (const [name, spec] of tableOf(kind)) {
    const target = spec.relation;
    if (spec.type !== 'relation' || target === undefined) continue;
    if (fieldClassOf(kind, spec, name) !== 'coded') continue;
    const ids = [...new Set(params.getAll(name))].filter(
      (id) => relationIdSchemas[target].safeParse(id).success,
    );
    const first = ids[0];
    if (first === undefined) continue;
    data[name] = spec.multi ? ids : first;
    if (from === undefined && isRecordKind(target)) from = first;
  }
  return { values: valuesFromRecord(kind, data), ...(from === undefined ? {} : { from }) };
};

/**
 * The address of a new record of `kind` whose relation fields start as `links` (field → id;
 * undefined ones left out), read back by `prefillFromParams`.
 */
export const newRecordPath = (
  vaultId: VaultId,
  kind: RecordKind,
  links: Readonly<Record<string, string | undefined>>,
): string => {
  const params = new URLSearchParams();
  for (const [field, id] of Object.entries(links)) if (id !== undefined) params.set(field, id);
  const query = params.toString();
  return `/vaults/${vaultId}/records/new/${kind}${query === '' ? '' : `?${query}`}`;
};
