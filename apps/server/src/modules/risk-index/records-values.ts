import { indicatorsFor, type IndicatorValue } from '@vigil/analytics';
import {
  dayBounds,
  partialDateSchema,
  RISK_INDEX_RECORDS_LISTED,
  type RiskIndexInput,
  type RiskIndexLevel,
} from '@vigil/core';
import {
  complaintResponse,
  CRIMINAL_COMPLAINT_KINDS,
  inCustody,
  incommunicado,
  isAtRisk,
  isComplaint,
  isDeath,
  isDefenderReprisal,
  isIsolation,
  isSevere,
  ledToCharges,
  methodsKnown,
  obtainedRedress,
  pressuredAfter,
} from './mappings';
import { unitOf, type Register } from './places';
import type {
  DetentionRow,
  IncidentRow,
  InterventionRow,
  PersonFacts,
  ReprisalRow,
} from './repository';

/**
 * The records indicators of one level, unit by unit, from the coded rows of a vault (pure). Each
 * value says how many observations it rests on (`basis`) and which records; a unit the records
 * give no observation for has a missing value (null), never 0. How each indicator's words meet
 * Vigil's codes is in ./mappings.ts.
 */

/** What the records of a vault say, as read for one index. */
export interface RecordSources {
  /** Incidents of the period. */
  readonly incidents: readonly IncidentRow[];
  /** The incidents interventions and reprisals name, by id (of the period or not). */
  readonly incidentsById: ReadonlyMap<string, IncidentRow>;
  /** Detentions of the period. */
  readonly detentions: readonly DetentionRow[];
  /** Every intervention and reprisal of the vault (filtered by period here). */
  readonly interventions: readonly InterventionRow[];
  readonly reprisals: readonly ReprisalRow[];
  readonly people: ReadonlyMap<string, PersonFacts>;
}

export interface PeriodContext {
  /** The bounds asked for (records without any date are outside a bounded period). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Length of the period in years, for counts per year. */
  readonly years: number;
  /** The day complaints are judged on (legal time limits) and undated records placed in time. */
  readonly referenceDay: string;
}

export interface RecordsValues {
  readonly values: IndicatorValue[];
  readonly inputs: RiskIndexInput[];
  readonly notes: string[];
}

/** Whether a record whose main date lies between `day` and `lastDay` may fall in the period. */
export const inPeriod = (
  day: string | null,
  lastDay: string | null,
  p: { readonly from?: string | undefined; readonly to?: string | undefined },
): boolean => {
  if (p.from === undefined && p.to === undefined) return true;
  if (day === null && lastDay === null) return false;
  return (
    (p.from === undefined || lastDay === null || lastDay >= p.from) &&
    (p.to === undefined || day === null || day <= p.to)
  );
};

/** The day an intervention was closed: its outcome date, else when it was sent. */
const closedOn = (iv: InterventionRow): { day: string | null; lastDay: string | null } => {
  if (iv.outcomeDate !== null) {
    const date = partialDateSchema.safeParse(JSON.parse(iv.outcomeDate));
    if (date.success) {
      const b = dayBounds(date.data);
      return { day: b.earliest ?? null, lastDay: b.latest ?? null };
    }
  }
  return { day: iv.submitted, lastDay: iv.submittedLast };
};

/**
 * Observations per unit, each true or false: records (each seen once) or, when `distinct`,
 * people, who may be seen several times (true wins).
 */
class Tally {
  readonly #units = new Map<
    string,
    { readonly hits: string[]; readonly rest: string[]; readonly people: Map<string, boolean> }
  >();
  constructor(readonly distinct = false) {}
  add(unit: string, key: string, hit: boolean): void {
    let u = this.#units.get(unit);
    if (u === undefined) {
      u = { hits: [], rest: [], people: new Map() };
      this.#units.set(unit, u);
    }
    if (!this.distinct) {
      (hit ? u.hits : u.rest).push(key);
      return;
    }
    const seen = u.people.get(key);
    if (seen === undefined || (hit && !seen)) u.people.set(key, hit);
  }
  /** Observations of a unit: how many, those true, and all of them (true first). */
  of(unit: string): { basis: number; hits: string[]; keys: string[] } {
    const u = this.#units.get(unit);
    if (u === undefined) return { basis: 0, hits: [], keys: [] };
    if (!this.distinct) {
      return { basis: u.hits.length + u.rest.length, hits: u.hits, keys: [...u.hits, ...u.rest] };
    }
    const hits: string[] = [];
    const rest: string[] = [];
    for (const [key, hit] of u.people) (hit ? hits : rest).push(key);
    return { basis: u.people.size, hits, keys: [...hits, ...rest] };
  }
}

const listed = (ids: readonly string[]) => ({
  records: ids.slice(0, RISK_INDEX_RECORDS_LISTED),
  more: Math.max(0, ids.length - RISK_INDEX_RECORDS_LISTED),
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Computes every records indicator of `level` for every unit the period's records name. */
export const recordsValues = (
  level: RiskIndexLevel,
  src: RecordSources,
  register: Register,
  period: PeriodContext,
): RecordsValues => {
  const dayOf = (day: string | null, lastDay: string | null) =>
    day ?? lastDay ?? period.referenceDay;
  const unitOfIncident = (i: IncidentRow): string | null =>
    unitOf(
      register,
      level,
      { facility: i.facility ?? i.detentionFacility, region: i.region },
      dayOf(i.day, i.lastDay),
    );
  const interventionUnits = new Map<string, string[]>();
  const unitsOfIntervention = (iv: InterventionRow): string[] => {
    const known = interventionUnits.get(iv.id);
    if (known !== undefined) return known;
    const units = new Set<string>();
    for (const id of iv.incidents) {
      const incident = src.incidentsById.get(id);
      const unit = incident === undefined ? null : unitOfIncident(incident);
      if (unit !== null) units.add(unit);
    }
    const list = [...units].sort();
    interventionUnits.set(iv.id, list);
    return list;
  };
  const victimsOf = (iv: InterventionRow): string[] =>
    iv.people.length > 0
      ? [...iv.people]
      : [
          ...new Set(
            iv.incidents.flatMap((id) => {
              const victim = src.incidentsById.get(id)?.victim ?? null;
              return victim === null ? [] : [victim];
            }),
          ),
        ];
  const unplaced = { incidents: 0, detentions: 0, interventions: 0, reprisals: 0 };
  const documented = new Set<string>();

  // Incidents of the period.
  const incidents = new Tally();
  const severe = new Tally();
  const isolation = new Tally();
  const deaths = new Map<string, { people: Set<string>; records: string[] }>();
  const victims = new Tally(true);
  for (const i of src.incidents) {
    const unit = unitOfIncident(i);
    if (unit === null) {
      unplaced.incidents++;
      continue;
    }
    documented.add(unit);
    incidents.add(unit, i.id, true);
    const custody = inCustody(i);
    if (methodsKnown(i.methods)) {
      severe.add(unit, i.id, isSevere(i.methods));
      if (custody) isolation.add(unit, i.id, isIsolation(i.methods));
    }
    if (custody && isDeath(i)) {
      const d = deaths.get(unit) ?? { people: new Set<string>(), records: [] };
      d.people.add(i.victim ?? i.id);
      d.records.push(i.id);
      deaths.set(unit, d);
    }
    if (i.victim !== null) {
      const person = src.people.get(i.victim);
      victims.add(
        unit,
        i.victim,
        isAtRisk({ groups: person?.groups ?? [], sex: person?.sex ?? null, heldWhenHurt: custody }),
      );
    }
  }

  // Detentions of the period.
  const detentions = new Tally();
  const incommunicadoTally = new Tally();
  for (const d of src.detentions) {
    const unit = unitOf(
      register,
      level,
      { facility: d.facility, region: null },
      dayOf(d.day, d.lastDay),
    );
    if (unit === null) {
      unplaced.detentions++;
      continue;
    }
    documented.add(unit);
    detentions.add(unit, d.id, true);
    const held = incommunicado(d);
    if (held !== null) incommunicadoTally.add(unit, d.id, held);
  }

  // Interventions: complaints sent in the period, and cases closed in it.
  const noInvestigation = new Tally();
  const prosecution = new Tally();
  const complainants = new Tally(true);
  const redress = new Tally(true);
  const reprisalsByPerson = new Map<string, ReprisalRow[]>();
  const reprisalsByIntervention = new Map<string, ReprisalRow[]>();
  for (const r of src.reprisals) {
    for (const [key, map] of [
      [r.person, reprisalsByPerson],
      [r.intervention, reprisalsByIntervention],
    ] as const) {
      if (key !== null) map.set(key, [...(map.get(key) ?? []), r]);
    }
  }
  for (const iv of src.interventions) {
    const sent = isComplaint(iv) && iv.status !== 'planned';
    const sentInPeriod = sent && inPeriod(iv.submitted, iv.submittedLast, period);
    const closing = closedOn(iv);
    const closed = iv.status === 'closed' && inPeriod(closing.day, closing.lastDay, period);
    if (!sentInPeriod && !closed) continue;
    const units = unitsOfIntervention(iv);
    if (units.length === 0) {
      unplaced.interventions++;
      continue;
    }
    for (const unit of units) {
      documented.add(unit);
      if (sentInPeriod && CRIMINAL_COMPLAINT_KINDS.has(iv.kind)) {
        const response = complaintResponse(iv, period.referenceDay);
        if (response !== null) {
          noInvestigation.add(unit, iv.id, response === 'not-investigated');
          prosecution.add(unit, iv.id, ledToCharges(iv.outcomes));
        }
      }
      if (sentInPeriod) {
        for (const c of victimsOf(iv)) {
          const candidates = [
            ...(reprisalsByPerson.get(c) ?? []),
            ...(reprisalsByIntervention.get(iv.id) ?? []),
          ];
          complainants.add(
            unit,
            c,
            candidates.some((r) => pressuredAfter(r, iv, c)),
          );
        }
      }
      if (closed) {
        for (const v of victimsOf(iv)) redress.add(unit, v, obtainedRedress(iv.outcomes));
      }
    }
  }

  // Reprisals of the period against those who act for detainees.
  const defenderReprisals = new Map<string, string[]>();
  const interventionById = new Map(src.interventions.map((iv) => [iv.id, iv]));
  for (const r of src.reprisals) {
    if (!inPeriod(r.day, r.lastDay, period)) continue;
    const personGroups = r.person === null ? [] : (src.people.get(r.person)?.groups ?? []);
    if (!isDefenderReprisal({ target: r.target, personGroups })) continue;
    const incident = r.incident === null ? undefined : src.incidentsById.get(r.incident);
    const viaIncident = incident === undefined ? null : unitOfIncident(incident);
    const intervention = r.intervention === null ? undefined : interventionById.get(r.intervention);
    const units =
      viaIncident !== null
        ? [viaIncident]
        : intervention === undefined
          ? []
          : unitsOfIntervention(intervention);
    if (units.length === 0) {
      unplaced.reprisals++;
      continue;
    }
    for (const unit of units) {
      documented.add(unit);
      defenderReprisals.set(unit, [...(defenderReprisals.get(unit) ?? []), r.id]);
    }
  }

  const values: IndicatorValue[] = [];
  const inputs: RiskIndexInput[] = [];
  const units = [...documented].sort();
  const emit = (
    indicator: string,
    unit: string,
    value: number | null,
    o: { basis?: number; numerator: number; denominator: number | null; ids: readonly string[] },
  ): void => {
    if (value === null) {
      values.push({ indicator, unit, value: null });
      return;
    }
    const { records, more } = listed(o.ids);
    values.push({
      indicator,
      unit,
      value,
      ...(o.basis === undefined ? {} : { basis: o.basis }),
      records,
    });
    inputs.push({
      unit,
      indicator,
      source: 'records',
      numerator: o.numerator,
      denominator: o.denominator,
      records: o.ids.length,
      more,
    });
  };
  const share = (indicator: string, tally: Tally, unit: string): void => {
    const t = tally.of(unit);
    emit(indicator, unit, t.basis === 0 ? null : t.hits.length / t.basis, {
      basis: t.basis,
      numerator: t.hits.length,
      denominator: t.basis,
      ids: t.keys,
    });
  };
  const perYear = (indicator: string, unit: string, count: number, ids: readonly string[]) =>
    emit(indicator, unit, count / period.years, { numerator: count, denominator: null, ids });

  for (const d of indicatorsFor(level)) {
    if (d.source !== 'records') continue;
    for (const unit of units) {
      switch (d.id) {
        case 'incident-rate': {
          // Incidents per 100 detentions: both counted over the same period, so the yearly
          // rates divide to the same ratio and the value does not depend on the period's
          // length; the basis (detentions) is what the draws treat as exposures.
          const n = detentions.of(unit);
          const k = incidents.of(unit);
          emit(d.id, unit, n.basis === 0 ? null : (100 * k.basis) / n.basis, {
            basis: n.basis,
            numerator: k.basis,
            denominator: n.basis,
            ids: [...k.keys, ...n.keys],
          });
          break;
        }
        case 'severe-methods-share':
          share(d.id, severe, unit);
          break;
        case 'isolation-share':
          share(d.id, isolation, unit);
          break;
        case 'incommunicado-share':
          share(d.id, incommunicadoTally, unit);
          break;
        case 'deaths-in-custody': {
          const dd = deaths.get(unit);
          perYear(d.id, unit, dd?.people.size ?? 0, dd?.records ?? []);
          break;
        }
        case 'no-investigation-share':
          share(d.id, noInvestigation, unit);
          break;
        case 'prosecution-share':
          share(d.id, prosecution, unit);
          break;
        case 'redress-share':
          share(d.id, redress, unit);
          break;
        case 'complainant-pressure-share':
          share(d.id, complainants, unit);
          break;
        case 'at-risk-share':
          share(d.id, victims, unit);
          break;
        case 'defender-reprisals': {
          const ids = defenderReprisals.get(unit) ?? [];
          perYear(d.id, unit, ids.length, ids);
          break;
        }
        default:
          // A records indicator this server does not compute yet: missing, said once.
          values.push({ indicator: d.id, unit, value: null });
      }
    }
  }

  const notes: string[] = [];
  const where = level === 'facility' ? 'no facility' : `no ${level}`;
  const say = (n: number, one: string, many: string, verb: [string, string], rest: string) => {
    if (n > 0) notes.push(`${plural(n, one, many)} ${n === 1 ? verb[0] : verb[1]} ${rest}`);
  };
  say(
    unplaced.incidents,
    'incident of the period',
    'incidents of the period',
    ['names', 'name'],
    `${where} (nor a facility or detention that says one): counted for no unit.`,
  );
  say(
    unplaced.detentions,
    'detention of the period',
    'detentions of the period',
    ['names', 'name'],
    `no facility${level === 'facility' ? '' : ` of a known ${level}`}: counted for no unit.`,
  );
  say(
    unplaced.interventions,
    'intervention of the period',
    'interventions of the period',
    ['concerns', 'concern'],
    'no incident placed in a unit: counted for none.',
  );
  say(
    unplaced.reprisals,
    'reprisal against a defender',
    'reprisals against defenders',
    ['names', 'name'],
    'no incident or intervention placed in a unit: counted for none.',
  );
  return { values, inputs, notes };
};
