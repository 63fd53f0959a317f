import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTable } from '../disclosure/table';
import { crossTab } from '../statistics/crosstab';
import type { Dimension } from '../statistics/dimensions';
import { factTableOf, type FactTable, type IncidentFact } from '../statistics/fact-table';
import { arbFacts } from '../statistics/statistics.test-arbitraries';
import { publicSite } from './site';
import { OTHER, publicationOf, type Publication, type PublicCrossTable } from './tables';

const OPTIONS = {
  series: ['year', 'region', 'sex'],
  crosses: [['year', 'region'] as const, ['region', 'sex'] as const],
  lists: ['method', 'group'],
} as const;

/** The values a shown category stands for: itself, or every value not shown for OTHER. */
const membersOf = (
  facts: FactTable,
  d: Dimension,
  shown: readonly (string | null)[],
  value: string | null,
): (string | null)[] => {
  if (value !== OTHER) return [value];
  const all = crossTab(facts, { rows: d }).rowTotals.filter((c) => c.incidents > 0);
  return all.map((c) => c.row).filter((v) => !shown.includes(v));
};

const truth = (facts: FactTable, filter: Partial<Record<Dimension, (string | null)[]>>) =>
  crossTab(facts, { rows: 'year', filter }).total;

/** Checks every published figure against the facts: at least k incidents and k people, or safe. */
const expectSafe = (facts: FactTable, pub: Publication) => {
  const k = pub.k;
  for (const table of pub.tables) {
    if (table.kind === 'cross') {
      expectCrossSafe(facts, table, k);
      continue;
    }
    table.values.forEach((v, i) => {
      const t = truth(facts, {
        [table.dimension]: membersOf(facts, table.dimension, table.values, v),
      });
      expect(t.incidents).toBe(table.incidents[i]);
      expect(t.incidents).toBeGreaterThanOrEqual(k);
      expect(t.victims).toBeGreaterThanOrEqual(k);
    });
  }
};

const expectCrossSafe = (facts: FactTable, table: PublicCrossTable, k: number) => {
  const rows = (v: string | null) => membersOf(facts, table.rows, table.rowValues, v);
  const columns = (v: string | null) => membersOf(facts, table.columns, table.columnValues, v);
  const cell = (r: string | null, c: string | null) =>
    truth(facts, { [table.rows]: rows(r), [table.columns]: columns(c) });
  const original = {
    rows: table.rowValues.map(String),
    columns: table.columnValues.map(String),
    values: table.rowValues.map((r) => table.columnValues.map((c) => cell(r, c).incidents)),
  };
  const people = {
    values: table.rowValues.map((r) => table.columnValues.map((c) => cell(r, c).victims)),
    rowTotals: table.rowValues.map((r) => truth(facts, { [table.rows]: rows(r) }).victims),
    columnTotals: table.columnValues.map(
      (c) => truth(facts, { [table.columns]: columns(c) }).victims,
    ),
    total: crossTab(facts, { rows: 'year' }).total.victims,
  };
  // The margins are published in full (they are the one-way tables).
  const published = {
    rows: original.rows,
    columns: original.columns,
    values: table.values,
    rowTotals: table.rowTotals,
    columnTotals: table.columnTotals,
    total: table.total,
    primary: [],
    complementary: [],
  };
  const audit = auditTable(original, published, { k, people });
  expect(audit.problems).toEqual([]);
  for (const t of [...table.rowTotals, ...table.columnTotals]) expect(t).toBeGreaterThanOrEqual(k);
};

const fact = (n: number, over: Partial<IncidentFact> & { region?: string; sex?: string }) => ({
  incident: `i${n}`,
  victim: over.victim === undefined ? `p${n}` : over.victim,
  day: over.day ?? '2024-05-01',
  values: { region: [over.region ?? 'RU-MOS'], sex: [over.sex ?? 'male'] },
});

describe('a publication', () => {
  it('merges small regions into other until other is itself large enough', () => {
    const facts = factTableOf([
      ...Array.from({ length: 12 }, (_, i) => fact(i, { region: 'RU-MOS' })),
      ...Array.from({ length: 6 }, (_, i) => fact(100 + i, { region: 'RU-SPE' })),
      fact(200, { region: 'RU-TA' }),
      fact(201, { region: 'RU-DA' }),
    ]);
    const pub = publicationOf(facts, OPTIONS);
    const regions = pub.tables.find((t) => t.kind === 'series' && t.dimension === 'region');
    // Two tiny regions are not enough for "other": the smallest large one joins them.
    expect(regions).toMatchObject({ values: ['RU-MOS', OTHER], incidents: [12, 8], merged: 3 });
    expectSafe(facts, pub);
  });

  it('does not show a category of many incidents of one person', () => {
    const facts = factTableOf([
      ...Array.from({ length: 20 }, (_, i) => fact(i, { sex: 'male' })),
      ...Array.from({ length: 9 }, (_, i) => fact(100 + i, { sex: 'female', victim: 'p-one' })),
    ]);
    const pub = publicationOf(facts, OPTIONS);
    const sexes = pub.tables.find((t) => t.kind === 'series' && t.dimension === 'sex');
    expect(sexes?.values).not.toContain('female');
    expectSafe(facts, pub);
  });

  it('publishes nothing when the period holds fewer than k incidents', () => {
    const facts = factTableOf([fact(1, {}), fact(2, {})]);
    const pub = publicationOf(facts, OPTIONS);
    expect(pub.tables).toEqual([]);
    expect(pub.total).toBeNull();
    expect(pub.withheld[0]).toMatchObject({ name: 'everything', code: 'too-few' });
  });

  it('says why a table was withheld by a stable code, in the language of the site', () => {
    const facts = factTableOf([fact(1, {}), fact(2, {})]);
    const pub = publicationOf(facts, OPTIONS);
    const site = (lang: 'en' | 'ru' | 'uk') =>
      publicSite(pub, {
        title: 'T',
        lang,
        generatedOn: '2025-01-01',
        label: (_d, v) => v ?? '?',
      }).get('index.html') ?? '';
    expect(site('en')).toContain('everything: fewer than 5 incidents or people in the period');
    expect(site('ru')).toContain('всё: меньше 5 случаев или людей за период');
    expect(site('ru')).not.toContain('fewer than');
    expect(site('uk')).toContain('усе: менше 5 випадків або людей за період');
  });

  it('never publishes a figure about fewer than k incidents or people, nor one that can be worked out', () => {
    fc.assert(
      fc.property(arbFacts, fc.integer({ min: 2, max: 5 }), (facts, k) => {
        const table = factTableOf(facts);
        expectSafe(table, publicationOf(table, { ...OPTIONS, k }));
      }),
      { numRuns: 60 },
    );
  });
});
