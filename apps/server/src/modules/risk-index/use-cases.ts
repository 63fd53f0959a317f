import { computeIndex, METHODOLOGY_VERSION, RiskIndexError } from '@vigil/analytics';
import {
  ErrorCode,
  riskIndexResponseSchema,
  SENSITIVE_FIELDS,
  VigilError,
  type riskIndexQuerySchema,
  type RiskIndexResponse,
} from '@vigil/core';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { cachedAnswer, type PreparedJson } from '../../platform/result-cache';
import { registerFingerprint } from '../facilities/repository';
import { listExpertRows } from './expert-repository';
import { chooseExpertValues } from './expert-values';
import { registerOf } from './places';
import { recordsValues } from './records-values';
import {
  codedSensitiveFields,
  detentionsOf,
  incidentsById,
  incidentsOf,
  interventionsOf,
  peopleFacts,
  registerPlaces,
  reprisalsOf,
  sourcesFingerprint,
  type DetentionRow,
  type IncidentRow,
} from './repository';

type RiskIndexQuery = z.output<typeof riskIndexQuerySchema>;

const DAY = 86_400_000;
const dayNumber = (day: string): number => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY);

/**
 * The period the records span where the query leaves it open: from the first day of an incident
 * or detention to the last (an ongoing detention reaches `today`). Null ends when there is none.
 */
export const effectivePeriod = (
  query: { readonly from?: string | undefined; readonly to?: string | undefined },
  incidents: readonly IncidentRow[],
  detentions: readonly DetentionRow[],
  today: string,
): { from: string | null; to: string | null; years: number } => {
  let first: string | null = null;
  let last: string | null = null;
  const see = (start: string | null, end: string | null) => {
    if (start !== null && (first === null || start < first)) first = start;
    if (end !== null && (last === null || end > last)) last = end;
  };
  for (const i of incidents) see(i.day ?? i.lastDay, i.lastDay ?? i.day);
  for (const d of detentions) see(d.day ?? d.lastDay, d.lastDay ?? (d.day === null ? null : today));
  const from = query.from ?? first;
  let to = query.to ?? last;
  if (from !== null && to !== null && to < from) to = from;
  const days = from !== null && to !== null ? dayNumber(to) - dayNumber(from) + 1 : 365;
  return { from, to, years: Math.max(days, 1) / 365.25 };
};

/** Sensitive person fields of groups at risk the vault keeps sealed (the server cannot count them). */
const sealedGroupFields = (coded: readonly string[]): string[] =>
  SENSITIVE_FIELDS.filter((f) => f.startsWith('person.groups') && !coded.includes(f));

/**
 * The torture-risk index of a vault at one level: records indicators computed from its coded
 * records of the period, the expert values that count for it, and @vigil/analytics'
 * `computeIndex` over both. The answer is reused until a record of the vault, an expert value or
 * the register changes (and, for a period open at its end, until the day changes).
 */
export const riskIndex = async (
  deps: AppDeps,
  vaultId: string,
  query: RiskIndexQuery,
): Promise<PreparedJson> => {
  const q = deps.db.kysely;
  const today = deps.clock().toISOString().slice(0, 10);
  const key = `risk-index ${vaultId} ${query.level} ${query.from ?? ''} ${query.to ?? ''} ${query.draws} ${query.seed} ${query.aggregation}`;
  const fingerprint = [
    await sourcesFingerprint(q, vaultId),
    await registerFingerprint(q),
    (await codedSensitiveFields(q, vaultId)).join(','),
    query.to === undefined || query.to > today ? today : '',
  ].join(' ');
  return cachedAnswer(deps.answers, key, fingerprint, riskIndexResponseSchema, () =>
    computeRiskIndex(deps, vaultId, query, today),
  );
};

const computeRiskIndex = async (
  deps: AppDeps,
  vaultId: string,
  query: RiskIndexQuery,
  today: string,
): Promise<RiskIndexResponse> => {
  const q = deps.db.kysely;
  const days = { from: query.from, to: query.to };
  // One after the other: the embedded engine has a single connection anyway.
  const register = registerOf(await registerPlaces(q));
  const incidents = await incidentsOf(q, vaultId, days);
  const detentions = await detentionsOf(q, vaultId, days);
  const interventions = await interventionsOf(q, vaultId);
  const reprisals = await reprisalsOf(q, vaultId);
  // Only the incidents interventions and reprisals name are looked up by id.
  const named = new Set<string>();
  for (const iv of interventions) for (const id of iv.incidents) named.add(id);
  for (const r of reprisals) if (r.incident !== null) named.add(r.incident);
  const byId = new Map<string, IncidentRow>();
  for (const i of incidents) if (named.has(i.id)) byId.set(i.id, i);
  const elsewhere = [...named].filter((id) => !byId.has(id));
  for (const i of await incidentsById(q, vaultId, elsewhere)) byId.set(i.id, i);
  const facts = await peopleFacts(q, vaultId);
  const sealed = sealedGroupFields(await codedSensitiveFields(q, vaultId));

  const period = effectivePeriod(query, incidents, detentions, today);
  const referenceDay = query.to !== undefined && query.to < today ? query.to : today;
  const records = recordsValues(
    query.level,
    { incidents, incidentsById: byId, detentions, interventions, reprisals, people: facts },
    register,
    { from: query.from, to: query.to, years: period.years, referenceDay },
  );
  const experts = chooseExpertValues(
    await listExpertRows(q, vaultId, { level: query.level }),
    query.level,
    period,
    register,
  );
  let result;
  try {
    result = computeIndex(query.level, [...records.values, ...experts.values], {
      draws: query.draws,
      seed: query.seed,
      aggregation: query.aggregation,
    });
  } catch (error) {
    if (error instanceof RiskIndexError) {
      throw new VigilError(ErrorCode.validationFailed, error.message);
    }
    throw error;
  }
  const notes = [...records.notes];
  if (sealed.length > 0) {
    notes.push(
      `Groups at risk are counted from coded fields only: this vault keeps ${sealed.join(', ')} sealed, so the server cannot see them and at-risk-share may be lower than the records say.`,
    );
  }
  return {
    methodologyVersion: METHODOLOGY_VERSION,
    level: query.level,
    period,
    result: result as RiskIndexResponse['result'],
    inputs: [...records.inputs, ...experts.inputs].sort(
      (a, b) => a.unit.localeCompare(b.unit) || a.indicator.localeCompare(b.indicator),
    ),
    notes,
  };
};
