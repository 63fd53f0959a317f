import { chooseLists, overlapPatterns, type OverlapPerson } from '@vigil/analytics';
import {
  ageBandOf,
  PATTERN_MAX_LISTS,
  type LinkPatternsResponse,
  type linkPatternsRequestSchema,
} from '@vigil/core';
import type { z } from 'zod';
import type { AppDeps } from '../../deps';
import { registerEntries } from '../statistics/repository';
import {
  latestRun,
  patternIncidents,
  patternPeople,
  runAssignments,
  sourceCodes,
  type PatternIncident,
  type PatternPerson,
} from './repository';

type PatternsInput = z.output<typeof linkPatternsRequestSchema>;

/** Fewer people than this in a stratum makes its estimate unreliable (a warning, not a refusal). */
const FEW_PEOPLE = 30;

/** The most frequent value (ties: the smallest code), or null when there is none. */
export const mostFrequent = (values: readonly (string | null)[]): string | null => {
  const n = new Map<string, number>();
  for (const v of values) if (v !== null) n.set(v, (n.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [v, c] of n) {
    if (c > bestN || (c === bestN && best !== null && v < best)) {
      best = v;
      bestN = c;
    }
  }
  return best;
};

/** A facility's type and region, a merged one counted as the one it joined. */
const registerPlaces = async (deps: AppDeps) => {
  const entries = await registerEntries(deps.db.kysely);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const places = new Map<string, { type: string; region: string }>();
  for (const e of entries) {
    let target = e;
    for (let hops = 0; target.merged_into !== null && hops < 10; hops++) {
      target = byId.get(target.merged_into) ?? target;
    }
    places.set(e.id, { type: target.type, region: target.region });
  }
  return places;
};

/**
 * The overlap pattern of lists over the vault's people (issue 7 point 7). A person is a cluster
 * of the latest run, or a live person record without one. A person is on list L when a live
 * incident whose victim is one of their records names in `sources` a live source whose `listBy`
 * field is L. Strata: the incident's year (a date within one year), region (its own, else its
 * facility's) or facility type — a person counts in each stratum of their incidents, with the
 * lists of those incidents; or the person's sex or age band (most frequent among their records).
 * Only codes and counts are answered.
 */
export const linkPatterns = async (
  deps: AppDeps,
  vaultId: string,
  input: PatternsInput,
): Promise<LinkPatternsResponse> => {
  const q = deps.db.kysely;
  const run = await latestRun(q, vaultId);
  const [people, incidents, sources, assignments] = await Promise.all([
    patternPeople(q, vaultId),
    patternIncidents(q, vaultId),
    sourceCodes(q, vaultId, input.listBy),
    run === undefined ? Promise.resolve([]) : runAssignments(q, vaultId, run.number),
  ]);
  const needsRegister = input.stratumBy === 'region' || input.stratumBy === 'facilityType';
  const places = needsRegister ? await registerPlaces(deps) : new Map();
  const warnings: string[] = [];

  // Person records → persons (cluster id, or the record alone).
  const clusterOf = new Map(assignments.map((a) => [a.recordId, a.clusterId]));
  const recordById = new Map(people.map((p) => [p.id, p]));
  let unclustered = 0;
  const personOf = new Map<string, string>();
  for (const p of people) {
    const cluster = clusterOf.get(p.id);
    if (cluster === undefined) unclustered += 1;
    personOf.set(p.id, cluster ?? `record:${p.id}`);
  }

  // The incidents of each person (live victims only).
  const incidentsOf = new Map<string, PatternIncident[]>();
  const recordsOf = new Map<string, PatternPerson[]>();
  for (const p of people) {
    const key = personOf.get(p.id) ?? p.id;
    const list = recordsOf.get(key);
    if (list === undefined) recordsOf.set(key, [p]);
    else list.push(p);
  }
  for (const i of incidents) {
    const key = personOf.get(i.victim);
    if (key === undefined || !recordById.has(i.victim)) continue;
    const list = incidentsOf.get(key);
    if (list === undefined) incidentsOf.set(key, [i]);
    else list.push(i);
  }

  const listsOf = (i: PatternIncident): string[] => {
    const codes: string[] = [];
    for (const s of i.sources) {
      const code = sources.get(s);
      if (code !== undefined) codes.push(code);
    }
    return codes;
  };
  const incidentStratum = (i: PatternIncident): string | null => {
    switch (input.stratumBy) {
      case 'year':
        return i.year === null ? null : String(i.year);
      case 'region':
        return i.region ?? (i.facility === null ? null : (places.get(i.facility)?.region ?? null));
      case 'facilityType':
        return i.facility === null ? null : (places.get(i.facility)?.type ?? null);
      default:
        return null;
    }
  };
  const personStratum = (key: string, own: readonly PatternIncident[]): string | null => {
    const records = recordsOf.get(key) ?? [];
    if (input.stratumBy === 'sex') {
      return mostFrequent(records.map((r) => (r.sex === 'unknown' ? null : r.sex)));
    }
    // Age band: recorded, else from the birth year at the person's first incident of known year.
    const years = own.map((i) => i.year).filter((y): y is number => y !== null);
    const first = years.length === 0 ? null : Math.min(...years);
    return mostFrequent(
      records.map((r) =>
        r.ageBand !== null
          ? r.ageBand
          : r.birthYear !== null && first !== null
            ? ageBandOf(first - r.birthYear)
            : null,
      ),
    );
  };

  const persons: OverlapPerson[] = [];
  for (const [key, own] of incidentsOf) {
    if (input.stratumBy === 'sex' || input.stratumBy === 'ageBand') {
      const stratum = personStratum(key, own);
      persons.push({ strata: [{ stratum, lists: own.flatMap(listsOf) }] });
    } else {
      persons.push({
        strata: own.map((i) => ({ stratum: incidentStratum(i), lists: listsOf(i) })),
      });
    }
  }

  let lists: readonly string[];
  if (input.lists === undefined) {
    const chosen = chooseLists(persons, PATTERN_MAX_LISTS);
    lists = chosen.lists;
    if (chosen.omitted.length > 0) {
      warnings.push(
        `${chosen.omitted.length} more list(s) left out (${chosen.omitted.join(', ')}): at most ${PATTERN_MAX_LISTS} lists, those with most people first. Choose the lists to compare them.`,
      );
    }
  } else {
    lists = input.lists;
  }
  if (run === undefined) {
    warnings.push('No linkage run has been saved yet: each person record counts as one person.');
  } else if (unclustered > 0) {
    warnings.push(
      `${unclustered} person record(s) are not in run ${run.number} (added since): each counts as one person until linkage runs again.`,
    );
  }
  const base = { listBy: input.listBy, run: run?.number ?? null };
  if (lists.length === 0) {
    warnings.push(`No source of these people has a ${input.listBy}: there are no lists.`);
    return { ...base, lists: [], strata: [], peopleWithoutList: persons.length, warnings };
  }
  const table = overlapPatterns(persons, lists);
  table.lists.forEach((code, j) => {
    if ((table.listPeople[j] ?? 0) === 0) warnings.push(`No one is on the list ${code}.`);
  });
  if (lists.length < 3) {
    warnings.push(
      `Only ${lists.length} list(s): the two-list estimate assumes independent lists; log-linear, LCMCR and dga need at least 3.`,
    );
  }
  const unknown = table.strata.find((s) => s.stratum === null);
  if (input.stratumBy !== 'none' && unknown !== undefined) {
    warnings.push(`${unknown.people} people are in no known ${input.stratumBy} (stratum null).`);
  }
  const few = table.strata.filter((s) => s.people < FEW_PEOPLE).length;
  if (few > 0) {
    warnings.push(
      `${few} stratum(s) have fewer than ${FEW_PEOPLE} people on a list: estimates there are unreliable.`,
    );
  }
  return {
    ...base,
    lists: table.lists.map((code, j) => ({ code, people: table.listPeople[j] ?? 0 })),
    strata: table.strata.map((s) => ({
      stratum: s.stratum,
      people: s.people,
      patterns: s.patterns.map((p) => ({ pattern: p.pattern, count: p.count })),
    })),
    peopleWithoutList: table.peopleWithoutList,
    warnings,
  };
};
