import {
  crossTab,
  factTableOf,
  type Dimension,
  type FactTable,
  type IncidentFact,
} from '@vigil/analytics';
import { ageBandOf } from '@vigil/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VaultFacts } from './facts';
import type { ChangedRecord, RegisterEntry } from './repository';

const REGISTER: RegisterEntry[] = [
  { id: 'f1', type: 'sizo', region: 'RU-ROS', merged_into: null },
  { id: 'f2', type: 'ik', region: 'RU-MOS', merged_into: null },
  { id: 'f3', type: 'sizo', region: 'RU-TA', merged_into: 'f1' },
];

const arbIncident = fc.record({
  kind: fc.constant('incident' as const),
  id: fc.constantFrom('i1', 'i2', 'i3', 'i4', 'i5', 'i6'),
  deleted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  day: fc.option(fc.constantFrom('2020-01-05', '2021-07-30', '2024-12-31'), { nil: null }),
  victim: fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: null }),
  facility: fc.option(fc.constantFrom('f1', 'f2', 'f3', 'f-elsewhere'), { nil: null }),
  region: fc.option(fc.constantFrom('RU-SPE', 'UA-43'), { nil: null }),
  actType: fc.option(fc.constantFrom('a1', 'a2'), { nil: null }),
  methods: fc.subarray(['m1', 'm2', 'm3']),
  agencies: fc.subarray(['fsin', 'mvd']),
});
const arbPerson = fc.record({
  kind: fc.constant('person' as const),
  id: fc.constantFrom('p1', 'p2', 'p3'),
  deleted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  sex: fc.option(fc.constantFrom('female', 'male'), { nil: null }),
  ageBand: fc.option(fc.constantFrom('18-24', '65+'), { nil: null }),
  birthYear: fc.option(fc.constantFrom(1950, 1999), { nil: null }),
  groups: fc.subarray(['journalist', 'lgbtq']),
});
const arbIntervention = fc.record({
  kind: fc.constant('intervention' as const),
  id: fc.constantFrom('c1', 'c2'),
  deleted: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  incidents: fc.subarray(['i1', 'i2', 'i3', 'i9']),
  outcomes: fc.subarray(['no-response', 'refused']),
});
/** Changes in stamp order (their stamps are their positions). */
const arbChanges = fc
  .array(fc.oneof(arbIncident, arbIncident, arbPerson, arbIntervention), { maxLength: 40 })
  .map((list) => list.map((c, n): ChangedRecord => ({ ...c, seq: String(n + 1) })));

/** Pseudonymous cluster ids of a linkage run (never equal to a record id). */
const CLUSTERS = ['P-AAAAAAAAAAAA', 'P-BBBBBBBBBBBB', 'P-CCCCCCCCCCCC'];
/** A saved linkage run: some person records (one with no incident, p4), each in a cluster. */
const arbRun = fc.record({
  kind: fc.constant('run' as const),
  assignments: fc.dictionary(fc.constantFrom('p1', 'p2', 'p3', 'p4'), fc.constantFrom(...CLUSTERS)),
});
/** A restore: run `back` runs before the latest saved again as a new run. */
const arbRestore = fc.record({
  kind: fc.constant('restore' as const),
  back: fc.integer({ min: 1, max: 4 }),
});
type Step =
  | { readonly kind: 'changes'; readonly changes: readonly ChangedRecord[]; readonly look: boolean }
  | { readonly kind: 'run'; readonly assignments: Readonly<Record<string, string>> }
  | { readonly kind: 'restore'; readonly back: number };

/** Record changes and linkage runs and restores interleaved, with looks at the table between. */
const arbSteps = fc
  .array(
    fc.oneof(
      fc.record({
        kind: fc.constant('changes' as const),
        changes: fc.array(fc.oneof(arbIncident, arbIncident, arbPerson, arbIntervention), {
          maxLength: 8,
        }),
        look: fc.boolean(),
      }),
      arbRun,
      arbRestore,
    ),
    { maxLength: 12 },
  )
  .map((steps) => {
    let seq = 0;
    return steps.map((step): Step =>
      step.kind === 'changes'
        ? {
            ...step,
            changes: step.changes.map((c): ChangedRecord => ({ ...c, seq: String(++seq) })),
          }
        : step,
    );
  });

/**
 * The facts the changes leave, computed the obvious way; a victim is the cluster of their person
 * record in `clusters` (the latest linkage run) when it has one, else the record.
 */
const expectedFacts = (
  changes: readonly ChangedRecord[],
  clusters: Readonly<Record<string, string>> = {},
): IncidentFact[] => {
  const incidents = new Map<string, Extract<ChangedRecord, { kind: 'incident' }>>();
  const people = new Map<string, Extract<ChangedRecord, { kind: 'person' }>>();
  const interventions = new Map<string, Extract<ChangedRecord, { kind: 'intervention' }>>();
  for (const c of changes) {
    const map = (
      c.kind === 'incident' ? incidents : c.kind === 'person' ? people : interventions
    ) as Map<string, ChangedRecord>;
    if (c.deleted) map.delete(c.id);
    else map.set(c.id, c);
  }
  const byId = new Map(REGISTER.map((f) => [f.id, f]));
  return [...incidents.values()].map((i) => {
    const joined = i.facility === null ? null : (byId.get(i.facility)?.merged_into ?? i.facility);
    const facility = joined === null ? undefined : byId.get(joined);
    const person = i.victim === null ? undefined : people.get(i.victim);
    let band = person?.ageBand ?? null;
    if (band === null && person?.birthYear != null && i.day !== null) {
      band = ageBandOf(Number(i.day.slice(0, 4)) - person.birthYear);
    }
    const outcomes = [...interventions.values()]
      .filter((c) => c.incidents.includes(i.id))
      .flatMap((c) => c.outcomes);
    const one = (v: string | null | undefined) => (v == null ? [] : [v]);
    return {
      incident: i.id,
      victim: i.victim === null ? null : (clusters[i.victim] ?? i.victim),
      day: i.day,
      values: {
        facility: one(joined),
        region: one(i.region ?? facility?.region),
        'facility-type': one(facility?.type),
        'act-type': one(i.actType),
        method: i.methods,
        'perpetrator-agency': i.agencies,
        sex: one(person?.sex),
        'age-band': one(band),
        group: person?.groups ?? [],
        'intervention-outcome': [...new Set(outcomes)],
      },
    };
  });
};

const DIMENSIONS: Dimension[] = [
  'year',
  'facility',
  'region',
  'facility-type',
  'act-type',
  'method',
  'perpetrator-agency',
  'sex',
  'age-band',
  'group',
  'intervention-outcome',
];

const sorted = <T extends { row: unknown; column: unknown }>(cells: readonly T[]) =>
  [...cells].sort((a, b) => `${a.row}|${a.column}`.localeCompare(`${b.row}|${b.column}`));

/** The store's counts equal the obvious ones, cell by cell, for one query. */
const expectSameCounts = (
  got: FactTable,
  expected: FactTable,
  rows: Dimension,
  columns: Dimension,
) => {
  const query = rows === columns ? { rows } : { rows, columns };
  const have = crossTab(got, query);
  const want = crossTab(expected, query);
  expect(have.total).toEqual(want.total);
  expect(sorted(have.cells)).toEqual(sorted(want.cells));
  expect(sorted(have.rowTotals)).toEqual(sorted(want.rowTotals));
  expect(sorted(have.columnTotals)).toEqual(sorted(want.columnTotals));
  expect(have.multiValued).toEqual(want.multiValued);
};

describe('the statistics store of a vault', () => {
  it('counts exactly what the records left after any sequence of changes say', () => {
    fc.assert(
      fc.property(
        arbChanges,
        fc.constantFrom(...DIMENSIONS),
        fc.constantFrom(...DIMENSIONS),
        (changes, rows, columns) => {
          const facts = new VaultFacts();
          facts.setRegister('1', REGISTER);
          // Applied in two batches, with a look in between: patches, not only a first load.
          const half = Math.floor(changes.length / 2);
          facts.apply(changes.slice(0, half));
          facts.table();
          facts.apply(changes.slice(half));
          expectSameCounts(facts.table(), factTableOf(expectedFacts(changes)), rows, columns);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts victims as the people of the latest linkage run after any sequence of record changes, runs and restores', () => {
    fc.assert(
      fc.property(
        arbSteps,
        fc.constantFrom(...DIMENSIONS),
        fc.constantFrom(...DIMENSIONS),
        (steps, rows, columns) => {
          const facts = new VaultFacts();
          facts.setRegister('1', REGISTER);
          const applied: ChangedRecord[] = [];
          const runs: Readonly<Record<string, string>>[] = [];
          const take = (assignments: Readonly<Record<string, string>>) => {
            runs.push(assignments);
            const linkage = facts.linkageOf(runs.length);
            // Page by page, as the store reads a run.
            const list = Object.entries(assignments).map(([recordId, clusterId]) => ({
              recordId,
              clusterId,
            }));
            linkage.add(list.slice(0, 2));
            linkage.add(list.slice(2));
            facts.setLinkage(linkage);
          };
          for (const step of steps) {
            if (step.kind === 'changes') {
              facts.apply(step.changes);
              applied.push(...step.changes);
              if (step.look) facts.table();
            } else if (step.kind === 'run') take(step.assignments);
            else {
              const earlier = runs[runs.length - step.back];
              if (earlier !== undefined) take(earlier);
            }
          }
          expect(facts.linkRun).toBe(runs.length === 0 ? null : runs.length);
          const latest = runs.at(-1) ?? {};
          expectSameCounts(
            facts.table(),
            factTableOf(expectedFacts(applied, latest)),
            rows,
            columns,
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('counts two records of one person in one cluster as one victim, and two again once a run splits them', () => {
    const facts = new VaultFacts();
    facts.setRegister('1', REGISTER);
    const incident = (id: string, victim: string): ChangedRecord => ({
      kind: 'incident',
      id,
      seq: '0',
      deleted: false,
      day: '2024-01-05',
      victim,
      facility: null,
      region: null,
      actType: null,
      methods: [],
      agencies: [],
    });
    facts.apply([incident('i1', 'p1'), incident('i2', 'p2')]);
    expect(crossTab(facts.table(), { rows: 'year' }).total).toEqual({ incidents: 2, victims: 2 });
    const merged = facts.linkageOf(1);
    merged.add([
      { recordId: 'p1', clusterId: CLUSTERS[0] as string },
      { recordId: 'p2', clusterId: CLUSTERS[0] as string },
    ]);
    facts.setLinkage(merged);
    expect(crossTab(facts.table(), { rows: 'year' }).total).toEqual({ incidents: 2, victims: 1 });
    const split = facts.linkageOf(2);
    split.add([{ recordId: 'p1', clusterId: CLUSTERS[0] as string }]);
    facts.setLinkage(split);
    expect(facts.linkRun).toBe(2);
    expect(crossTab(facts.table(), { rows: 'year' }).total).toEqual({ incidents: 2, victims: 2 });
  });
});
