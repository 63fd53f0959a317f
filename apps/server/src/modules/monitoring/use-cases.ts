import {
  bucketOf,
  clusterWindowStart,
  computeAlerts,
  counselDenied,
  ErrorCode,
  facilityOverviewSchema,
  facilityStatsSchema,
  median,
  VigilError,
  type AlertDetention,
  type AlertsResponse,
  type FacilityOverview,
  type FacilityStats,
  type IndicatorId,
  type IndicatorValue,
  type PeriodBucket,
} from '@vigil/core';
import type { AppDeps } from '../../deps';
import { cachedAnswer, type PreparedJson } from '../../platform/result-cache';
import { findFacility, registerFingerprint } from '../facilities/repository';
import { alertSettingsOf } from '../vaults/repository';
import {
  detentionsForAlerts,
  facilityActivity,
  facilityFamily,
  incidentCountsByFacility,
  incidentsByMethod,
  incidentsByPeriod,
  linkedRecords,
  mergedFacilities,
  personStatuses,
  recentIncidents,
  type DayFilter,
  type LinkedRow,
} from './repository';

/** Record ids listed with an indicator value; the rest are counted in `more`. */
const MAX_LISTED = 200;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const int = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** An indicator value from the ids of what it rests on. */
const valueOf = (
  indicator: IndicatorId,
  period: string | null,
  value: number,
  basis: number,
  ids: readonly string[],
): IndicatorValue => ({
  indicator,
  period,
  value,
  basis,
  records: ids.slice(0, MAX_LISTED),
  more: Math.max(0, ids.length - MAX_LISTED),
});

/** Groups rows by the period of their first day. */
const byPeriod = <T extends { day: string | null }>(rows: readonly T[], bucket: PeriodBucket) => {
  const groups = new Map<string | null, T[]>();
  for (const r of rows) {
    const key = r.day === null ? null : bucketOf(r.day, bucket);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return groups;
};

/** A share indicator over observations that are denied or not (unknown ones left out). */
const shareIndicator = (
  indicator: IndicatorId,
  observations: readonly { id: string; day: string | null; denied: boolean | null }[],
  bucket: PeriodBucket,
): IndicatorValue[] =>
  [
    ...byPeriod(
      observations.filter((o) => o.denied !== null),
      bucket,
    ),
  ].map(([period, list]) => {
    const denied = list.filter((o) => o.denied === true);
    return valueOf(
      indicator,
      period,
      denied.length / list.length,
      list.length,
      denied.map((o) => o.id),
    );
  });

const DENIED = new Set(['denied']);
const DENIED_OR_DELAYED = new Set(['denied', 'delayed']);
const KNOWN = (v: string | null) => v !== null && v !== 'unknown';

/** Indicators from detentions and reports (incidents are aggregated in SQL). */
const rowIndicators = (
  detentions: readonly LinkedRow[],
  reports: readonly LinkedRow[],
  bucket: PeriodBucket,
): IndicatorValue[] => {
  const lawyer = [
    ...detentions.map((d) => {
      const codes = {
        lawyerAccess: strs(d.coded['lawyerAccess']),
        whereabouts: str(d.coded['whereabouts']),
      };
      const known = codes.lawyerAccess.length > 0 || codes.whereabouts !== null;
      return { id: d.id, day: d.day, denied: known ? counselDenied(codes) : null };
    }),
    ...reports.map((r) => {
      const v = str(r.coded['lawyerAccess']);
      return { id: r.id, day: r.day, denied: KNOWN(v) ? DENIED.has(v ?? '') : null };
    }),
  ];
  const family = [
    ...detentions.map((d) => {
      const v = str(d.coded['familyContact']);
      return { id: d.id, day: d.day, denied: KNOWN(v) ? DENIED.has(v ?? '') : null };
    }),
    ...reports.map((r) => {
      const v = str(r.coded['familyContact']);
      return { id: r.id, day: r.day, denied: KNOWN(v) ? DENIED.has(v ?? '') : null };
    }),
  ];
  const doctor = reports.map((r) => {
    const v = str(r.coded['doctorAccess']);
    return { id: r.id, day: r.day, denied: KNOWN(v) ? DENIED_OR_DELAYED.has(v ?? '') : null };
  });
  const out = [
    ...shareIndicator('lawyer-denied', lawyer, bucket),
    ...shareIndicator('family-denied', family, bucket),
    ...shareIndicator('doctor-denied', doctor, bucket),
  ];
  for (const [period, list] of byPeriod(reports, bucket)) {
    const space = list.flatMap((r) => {
      const area = int(r.coded['cellArea']);
      const people = int(r.coded['peopleInCell']);
      return area !== null && people !== null ? [{ id: r.id, value: area / people }] : [];
    });
    if (space.length > 0) {
      out.push(
        valueOf(
          'space-per-person',
          period,
          median(space.map((s) => s.value)),
          space.length,
          space.map((s) => s.id),
        ),
      );
    }
    for (const [indicator, field] of [
      ['punishment-cell-placements', 'punishmentCellPlacements'],
      ['deaths-reported', 'deathsReported'],
    ] as const) {
      const given = list.filter((r) => int(r.coded[field]) !== null);
      if (given.length > 0) {
        const sum = given.reduce((n, r) => n + (int(r.coded[field]) ?? 0), 0);
        out.push(
          valueOf(
            indicator,
            period,
            sum,
            given.length,
            given.map((r) => r.id),
          ),
        );
      }
    }
  }
  return out;
};

/**
 * What the vault's records say about one facility (and those merged into it): incidents by
 * period and method, who is and was held there, monitoring reports and findings, and conditions
 * indicators over time, each value with the records behind it. Computing it reads every record
 * naming the facility, so the answer is reused until one of them changes (migration 0011).
 */
export const facilityOverview = async (
  deps: AppDeps,
  vaultId: string,
  facilityId: string,
  query: DayFilter & { bucket: PeriodBucket },
): Promise<PreparedJson> => {
  const q = deps.db.kysely;
  if (!(await findFacility(q, facilityId))) {
    throw new VigilError(ErrorCode.notFound, 'No such facility.');
  }
  const family = await facilityFamily(q, facilityId);
  const key = `facility-overview ${vaultId} ${family.join(',')} ${query.from ?? ''} ${query.to ?? ''} ${query.bucket}`;
  const fingerprint = await facilityActivity(q, vaultId, family);
  return cachedAnswer(deps.answers, key, fingerprint, facilityOverviewSchema, () =>
    computeOverview(deps, vaultId, family, query),
  );
};

const computeOverview = async (
  deps: AppDeps,
  vaultId: string,
  family: readonly string[],
  query: DayFilter & { bucket: PeriodBucket },
): Promise<FacilityOverview> => {
  const q = deps.db.kysely;
  const facilityId = family[0] ?? '';
  const days = { from: query.from, to: query.to };
  const [incidents, methods, detentions, reports, findings] = [
    await incidentsByPeriod(q, vaultId, family, days, query.bucket),
    await incidentsByMethod(q, vaultId, family, days),
    await linkedRecords(q, vaultId, family, 'detention', days),
    await linkedRecords(q, vaultId, family, 'monitoring-report', days),
    await linkedRecords(q, vaultId, family, 'monitoring-finding', days),
  ];
  const incidentIndicators = incidents.periods.flatMap((p) => [
    valueOf('incidents', p.period, p.incidents, p.incidents, []),
    valueOf('victims', p.period, p.victims, p.incidents, []),
    valueOf('deaths-recorded', p.period, p.deaths?.length ?? 0, p.incidents, p.deaths ?? []),
    valueOf(
      'isolation-incidents',
      p.period,
      p.isolation?.length ?? 0,
      p.incidents,
      p.isolation ?? [],
    ),
  ]);
  return {
    facility: facilityId as FacilityOverview['facility'],
    merged: family.slice(1) as FacilityOverview['merged'],
    bucket: query.bucket,
    incidents: {
      total: incidents.total,
      victims: incidents.victims,
      byPeriod: incidents.periods.map((p) => ({
        period: p.period,
        incidents: p.incidents,
        victims: p.victims,
      })),
      byMethod: methods,
    },
    detentions: detentions.map((d) => ({
      id: d.id,
      person: str(d.coded['person']),
      from: d.day,
      to: d.last_day,
      ongoing: d.last_day === null && d.day !== null,
      transferFrom: str(d.coded['transferFrom']),
      transferTo: str(d.coded['transferTo']),
    })),
    reports: reports.map((r) => ({
      id: r.id,
      from: r.day,
      to: r.last_day,
      methods: strs(r.coded['methods']),
    })),
    findings: findings.map((f) => {
      const date = f.coded['followUpDate'] as { value?: unknown } | undefined;
      return {
        id: f.id,
        report: str(f.coded['report']),
        heading: str(f.coded['heading']) ?? '',
        kind: str(f.coded['kind']) ?? '',
        followUp: str(f.coded['followUp']) ?? '',
        followUpDate: str(date?.value),
      };
    }),
    indicators: [...incidentIndicators, ...rowIndicators(detentions, reports, query.bucket)],
  };
};

/**
 * One count per facility for the map; merged facilities count under the one they joined. Reused
 * until a record naming a facility changes in the vault, or the register does (a merge).
 */
export const facilityStats = async (
  deps: AppDeps,
  vaultId: string,
  query: DayFilter & { indicator: FacilityStats['indicator'] },
): Promise<PreparedJson> => {
  const q = deps.db.kysely;
  const key = `facility-stats ${vaultId} ${query.indicator} ${query.from ?? ''} ${query.to ?? ''}`;
  const fingerprint = `${await facilityActivity(q, vaultId)} ${await registerFingerprint(q)}`;
  return cachedAnswer(deps.answers, key, fingerprint, facilityStatsSchema, () =>
    computeStats(deps, vaultId, query),
  );
};

const computeStats = async (
  deps: AppDeps,
  vaultId: string,
  query: DayFilter & { indicator: FacilityStats['indicator'] },
): Promise<FacilityStats> => {
  const q = deps.db.kysely;
  const [rows, merged] = [
    await incidentCountsByFacility(q, vaultId, query, query.indicator),
    await mergedFacilities(q),
  ];
  const totals = new Map<string, number>();
  for (const r of rows) {
    const into = merged.get(r.facility) ?? r.facility;
    // Distinct victims across merged facilities may overlap: shown as a sum, an upper bound.
    totals.set(into, (totals.get(into) ?? 0) + r.value);
  }
  return {
    indicator: query.indicator,
    values: [...totals]
      .filter(([, value]) => value > 0)
      .map(([facility, value]) => ({
        facility: facility as FacilityStats['values'][number]['facility'],
        value,
      }))
      .sort((a, b) => a.facility.localeCompare(b.facility)),
  };
};

/** The vault's alerts on a day (default today), by its own settings, from coded data only. */
export const listAlerts = async (
  deps: AppDeps,
  vaultId: string,
  on: string | undefined,
): Promise<AlertsResponse> => {
  const q = deps.db.kysely;
  const today = on ?? deps.clock().toISOString().slice(0, 10);
  const settings = await alertSettingsOf(q, vaultId);
  const rows = await detentionsForAlerts(q, vaultId);
  const detentions: AlertDetention[] = rows.map((r) => ({
    id: r.id,
    person: str(r.coded['person']),
    facility: str(r.coded['facility']),
    transferTo: str(r.coded['transferTo']),
    start: r.day,
    end: r.last_day,
    whereabouts: str(r.coded['whereabouts']),
    lawyerAccess: strs(r.coded['lawyerAccess']),
  }));
  // Only people whose detention ended need their status looked up (unknown-transfer).
  const ended = detentions.filter((d) => d.end !== null && d.transferTo === null);
  const people = [...new Set(ended.map((d) => d.person).filter((p): p is string => p !== null))];
  const since = clusterWindowStart(today, settings);
  const [personStatus, incidents] = [
    await personStatuses(q, vaultId, people),
    await recentIncidents(q, vaultId, since),
  ];
  return {
    on: today,
    settings,
    alerts: computeAlerts({ detentions, incidents, personStatus }, settings, today),
  };
};
