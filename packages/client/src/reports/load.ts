import type { ConsentUse, Facility, RecordKind, StatsResponse, VaultId } from '@vigil/core';
import type { VigilClient } from '../client';
import { ApiError, isApiError } from '../errors';
import type { RecordView, RecordViewOf } from '../records';
import { ANNEX_DIMENSIONS, type AnnexDimension, type AnnexInput } from './annex';
import type { CommunicationInput } from './communication';
import type { FacilityReportInput } from './facility';

/**
 * What each report needs, fetched through the client: statistics from the server (coded data),
 * records opened here. Nothing is written and nothing leaves the device.
 */

/**
 * The statistics of the annex: one query per dimension over the period, counting only the
 * incidents consent allows in aggregate figures for a UN body (a source consenting to UN use or
 * to publication; never strictly confidential ones) — or, with `includeUnrecorded`, also those
 * with no source or no such consent.
 */
export const loadAnnexInput = async (
  client: VigilClient,
  vaultId: VaultId,
  period: { from?: string; to?: string },
  options: { includeUnrecorded?: boolean } = {},
): Promise<AnnexInput> => {
  const range = {
    ...(period.from === undefined ? {} : { from: period.from }),
    ...(period.to === undefined ? {} : { to: period.to }),
  };
  const consent = {
    purpose: 'un-aggregate' as const,
    includeUnrecorded: options.includeUnrecorded ?? false,
  };
  const answers = await Promise.all(
    ANNEX_DIMENSIONS.map((rows) => client.statistics.query(vaultId, { rows, ...range, consent })),
  );
  const tables = Object.fromEntries(ANNEX_DIMENSIONS.map((d, i) => [d, answers[i]])) as Record<
    AnnexDimension,
    StatsResponse
  >;
  return { ...range, tables };
};

/** Every record of a kind linked to `id`, all pages. */
const linked = async <K extends RecordKind>(
  client: VigilClient,
  vaultId: VaultId,
  kind: K,
  id: string,
): Promise<RecordViewOf<K>[]> => {
  const out: RecordViewOf<K>[] = [];
  let after: string | undefined;
  do {
    const page = await client.records.list(vaultId, kind, {
      filter: { linkedTo: id },
      limit: 1000,
      ...(after === undefined ? {} : { after }),
    });
    out.push(...page.records);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return out;
};

/** Records by id that are not yet in `known` (deleted or missing ones are skipped). */
const fetchMissing = async (
  client: VigilClient,
  vaultId: VaultId,
  ids: Iterable<string>,
  known: Map<string, RecordView>,
): Promise<void> => {
  for (const id of new Set(ids)) {
    if (known.has(id)) continue;
    try {
      known.set(id, await client.records.get(vaultId, id));
    } catch (error) {
      // A record that is gone is simply absent: consent treats a missing link as excluded,
      // which is the safe side. Anything else (network, a record that does not open) fails.
      if (!(isApiError(error) && error.status === 404)) throw error;
    }
  }
};

/** Facilities of the register by id (those a report names). */
const facilitiesById = async (client: VigilClient): Promise<Map<string, Facility>> =>
  new Map((await client.facilities.list({ merged: 'include' })).map((f) => [f.id, f]));

/**
 * A person and what consent for their communication depends on: their detentions, incidents,
 * sources, medical findings and interventions; the sources of their incidents; the findings and
 * interventions about those incidents; and, for an intervention made for several people, those
 * people and their own sources (a joint complaint may only go out when each of them consents).
 */
export const loadCommunicationInput = async (
  client: VigilClient,
  vaultId: VaultId,
  personId: string,
): Promise<CommunicationInput> => {
  const person = await client.records.get(vaultId, personId);
  if (person.kind !== 'person') {
    throw new ApiError(404, 'not_found', `Record ${personId} is a ${person.kind}, not a person.`);
  }
  const known = new Map<string, RecordView>([[person.id, person]]);
  const add = (records: readonly RecordView[]) => {
    for (const r of records) known.set(r.id, r);
  };
  add(await linked(client, vaultId, 'incident', person.id));
  add(await linked(client, vaultId, 'detention', person.id));
  add(await linked(client, vaultId, 'source', person.id));
  add(await linked(client, vaultId, 'medical-finding', person.id));
  add(await linked(client, vaultId, 'intervention', person.id));
  const incidents = [...known.values()].filter(
    (r): r is RecordViewOf<'incident'> => r.kind === 'incident' && r.data.victim === person.id,
  );
  await fetchMissing(
    client,
    vaultId,
    incidents.flatMap((i) => i.data.sources ?? []),
    known,
  );
  for (const incident of incidents) {
    add(await linked(client, vaultId, 'medical-finding', incident.id));
    add(await linked(client, vaultId, 'intervention', incident.id));
  }
  const interventions = [...known.values()].filter(
    (r): r is RecordViewOf<'intervention'> => r.kind === 'intervention',
  );
  const named = interventions.flatMap((v) => [
    ...(v.data.people ?? []),
    ...(v.data.incidents ?? []),
    ...(v.data.detentions ?? []),
  ]);
  const before = new Set(known.keys());
  await fetchMissing(client, vaultId, named, known);
  for (const id of [...known.keys()].filter((k) => !before.has(k))) {
    const r = known.get(id);
    if (r?.kind === 'person') add(await linked(client, vaultId, 'source', r.id));
    if (r?.kind === 'incident') await fetchMissing(client, vaultId, r.data.sources ?? [], known);
  }
  return {
    person,
    records: [...known.values()],
    facilities: await facilitiesById(client),
  };
};

/** A facility's overview for the period, its monitoring reports and findings opened, and their sources. */
export const loadFacilityInput = async (
  client: VigilClient,
  vaultId: VaultId,
  facilityId: string,
  options: { from?: string; to?: string; purpose: ConsentUse },
): Promise<FacilityReportInput> => {
  const range = {
    ...(options.from === undefined ? {} : { from: options.from }),
    ...(options.to === undefined ? {} : { to: options.to }),
  };
  const [facility, overview] = await Promise.all([
    client.facilities.get(facilityId),
    client.monitoring.overview(vaultId, facilityId, { ...range, bucket: 'year' }),
  ]);
  const known = new Map<string, RecordView>();
  await fetchMissing(
    client,
    vaultId,
    [...overview.reports.map((r) => r.id), ...overview.findings.map((f) => f.id)],
    known,
  );
  const reports = [...known.values()].filter(
    (r): r is RecordViewOf<'monitoring-report'> => r.kind === 'monitoring-report',
  );
  const findings = [...known.values()].filter(
    (r): r is RecordViewOf<'monitoring-finding'> => r.kind === 'monitoring-finding',
  );
  const sourceRecords = new Map<string, RecordView>();
  await fetchMissing(
    client,
    vaultId,
    reports.flatMap((r) => r.data.sources ?? []),
    sourceRecords,
  );
  const sources = [...sourceRecords.values()].filter(
    (r): r is RecordViewOf<'source'> => r.kind === 'source',
  );
  return { facility, overview, ...range, reports, findings, sources, purpose: options.purpose };
};
