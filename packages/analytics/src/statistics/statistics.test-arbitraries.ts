// Random incident facts and queries for property tests, and a slow, obviously correct reference
// count that the engine is checked against.
import fc from 'fast-check';
import { periodOf } from './days';
import { isTimeDimension, type CodedDimension, type Dimension } from './dimensions';
import type { IncidentFact } from './fact-table';
import type { Filter, StatsQuery } from './query';

/** The dimensions the generated facts fill; the others are always unknown. */
export const TESTED_DIMENSIONS = [
  'month',
  'quarter',
  'year',
  'method',
  'region',
  'sex',
  'group',
] as const satisfies readonly Dimension[];

const POOLS = {
  method: ['beating', 'shock', 'isolation', 'threats'],
  region: ['RU-MOS', 'RU-TA', 'RU-KDA'],
  sex: ['female', 'male'],
  group: ['lgbt', 'jehovah', 'ukrainian'],
} as const satisfies Partial<Record<CodedDimension, readonly string[]>>;

const arbDay = fc
  .record({
    year: fc.integer({ min: 2022, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    date: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    ({ year, month, date }) =>
      `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`,
  );

/** Several values, repeats allowed (the builder drops them), none for "unknown". */
const arbMany = (pool: readonly string[]) => fc.array(fc.constantFrom(...pool), { maxLength: 4 });
/** At most one value. */
const arbOne = (pool: readonly string[]) =>
  fc.option(fc.constantFrom(...pool), { nil: undefined }).map((v) => (v === undefined ? [] : [v]));

const arbFact = fc.record({
  victim: fc.option(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'), { nil: null }),
  day: fc.option(arbDay, { nil: null, freq: 5 }),
  method: arbMany(POOLS.method),
  region: arbOne(POOLS.region),
  sex: arbOne(POOLS.sex),
  group: arbMany(POOLS.group),
});

/** Facts with unique incident ids, in random order. */
export const arbFacts = fc
  .array(arbFact, { maxLength: 60 })
  .map((rows): IncidentFact[] =>
    rows.map(({ victim, day, method, region, sex, group }, i) => ({
      incident: `inc-${String(i).padStart(3, '0')}`,
      victim,
      day,
      values: { method, region, sex, group },
    })),
  )
  .chain((facts) => fc.shuffledSubarray(facts, { minLength: facts.length }));

const arbFilterValues = (d: (typeof TESTED_DIMENSIONS)[number]) => {
  const values: string[] = isTimeDimension(d)
    ? ['2022', '2023', '2023-Q2', '2024-Q4', '2023-05', '2024-01'].filter(
        (v) => (d === 'year') === /^\d{4}$/.test(v) && (d === 'quarter') === v.includes('Q'),
      )
    : [...POOLS[d as keyof typeof POOLS], 'not-in-the-table'];
  return fc.uniqueArray(fc.constantFrom<string | null>(...values, null), { maxLength: 3 });
};

const arbFilter: fc.Arbitrary<Filter> = fc
  .uniqueArray(fc.constantFrom(...TESTED_DIMENSIONS), { maxLength: 2 })
  .chain((dims) =>
    dims.length === 0
      ? fc.constant({})
      : fc
          .tuple(...dims.map(arbFilterValues))
          .map((lists) => Object.fromEntries(dims.map((d, i) => [d, lists[i]]))),
  );

export const arbQuery: fc.Arbitrary<StatsQuery> = fc
  .record({
    rows: fc.constantFrom(...TESTED_DIMENSIONS),
    columns: fc.option(fc.constantFrom(...TESTED_DIMENSIONS), { nil: undefined }),
    filter: fc.option(arbFilter, { nil: undefined }),
    from: fc.option(arbDay, { nil: undefined, freq: 3 }),
    to: fc.option(arbDay, { nil: undefined, freq: 3 }),
  })
  .map(({ rows, columns, filter, from, to }): StatsQuery => ({
    rows,
    ...(columns !== undefined && { columns }),
    ...(filter !== undefined && { filter }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
  }));

/** The values of a fact in a dimension, as the engine should see them: [null] when none. */
export const valuesOf = (fact: IncidentFact, d: Dimension): (string | null)[] => {
  if (isTimeDimension(d)) return [fact.day === null ? null : periodOf(fact.day, d)];
  const values = [...new Set(fact.values[d] ?? [])];
  return values.length === 0 ? [null] : values;
};

/** Whether a fact passes a query's filter and period, by the definition. */
export const passes = (fact: IncidentFact, query: StatsQuery): boolean => {
  if (query.from !== undefined || query.to !== undefined) {
    if (fact.day === null) return false;
    if (query.from !== undefined && fact.day < query.from) return false;
    if (query.to !== undefined && fact.day > query.to) return false;
  }
  return Object.entries(query.filter ?? {}).every(([d, listed]) =>
    valuesOf(fact, d as Dimension).some((v) => (listed ?? []).includes(v)),
  );
};

/** Incidents and distinct victims of the facts that pass and match, counted with sets. */
export const referenceCount = (
  facts: readonly IncidentFact[],
  query: StatsQuery,
  row?: string | null,
  column?: string | null,
): { incidents: number; victims: number; ids: string[] } => {
  const matching = facts.filter(
    (f) =>
      passes(f, query) &&
      (row === undefined || valuesOf(f, query.rows).includes(row)) &&
      (column === undefined ||
        query.columns === undefined ||
        valuesOf(f, query.columns).includes(column)),
  );
  const victims = new Set(matching.flatMap((f) => (f.victim === null ? [] : [f.victim])));
  const ids = matching.map((f) => f.incident).sort();
  return { incidents: matching.length, victims: victims.size, ids };
};
