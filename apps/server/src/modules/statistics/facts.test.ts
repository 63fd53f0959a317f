import { crossTab, factTableOf, type Dimension, type IncidentFact } from '@vigil/analytics';
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

/** The facts the changes leave, computed the obvious way. */
const expectedFacts = (changes: readonly ChangedRecord[]): IncidentFact[] => {
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
      victim: i.victim,
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
          const expected = factTableOf(expectedFacts(changes));
          const query = rows === columns ? { rows } : { rows, columns };
          const sorted = <T extends { row: unknown; column: unknown }>(cells: readonly T[]) =>
            [...cells].sort((a, b) => `${a.row}|${a.column}`.localeCompare(`${b.row}|${b.column}`));
          const got = crossTab(facts.table(), query);
          const want = crossTab(expected, query);
          expect(got.total).toEqual(want.total);
          expect(sorted(got.cells)).toEqual(sorted(want.cells));
          expect(sorted(got.rowTotals)).toEqual(sorted(want.rowTotals));
          expect(got.multiValued).toEqual(want.multiValued);
        },
      ),
      { numRuns: 300 },
    );
  });
});
