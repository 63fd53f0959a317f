import { auditSeries } from '@vigil/analytics';
import { describe, expect, it } from 'vitest';
import { ANNEX_DIMENSIONS, annexDocument, buildAnnex, type AnnexInput } from './annex';
import { answer } from './fixtures.test-helpers';

/** Twenty incidents of 14 victims: 2023 has 3 (small), 2024 has 17. */
const input = (overrides: Partial<AnnexInput['tables']> = {}): AnnexInput => {
  const total = { incidents: 20, victims: 14 };
  const plain = answer([[null, 20, 14]], total);
  const tables = Object.fromEntries(
    ANNEX_DIMENSIONS.map((d) => [d, plain]),
  ) as AnnexInput['tables'];
  return {
    from: '2023-01-01',
    to: '2024-12-31',
    tables: {
      ...tables,
      year: answer(
        [
          ['2023', 3, 3],
          ['2024', 17, 12],
        ],
        total,
        { basis: 31 },
      ),
      method: answer(
        [
          ['030101000000', 15, 11],
          ['031800000000', 9, 7],
          ['030500000000', 2, 2],
        ],
        total,
        { multiValued: ['method'] },
      ),
      ...overrides,
    },
  };
};

describe('buildAnnex', () => {
  it('suppresses counts from 1 to k − 1 and enough others that none can be worked out, and the auditor agrees', () => {
    const model = buildAnnex(input());
    const year = model.tables.find((t) => t.dimension === 'year');
    expect(year?.rows.map((r) => r.incidents)).toEqual([null, null]);
    expect(year?.rows.map((r) => r.value)).toEqual(['2023', '2024']);
    expect(year?.safe).toBe(true);
    const method = model.tables.find((t) => t.dimension === 'method');
    expect(method?.rows.map((r) => r.incidents)).toEqual([15, null, null]);
    expect(model.tables.every((t) => t.safe)).toBe(true);
    // The auditor, run again here on the published series, finds nothing to say.
    const published = {
      labels: ['2023', '2024'],
      values: year?.rows.map((r) => r.incidents) ?? [],
      total: 20,
      primary: [0],
      complementary: [1],
    };
    expect(auditSeries([3, 17], published).safe).toBe(true);
  });

  it('publishes the shared total only when every table could publish it beside its rows', () => {
    expect(buildAnnex(input()).total).toEqual({ incidents: 20, victims: 14 });
    // One table whose only way to protect its rows is to hide the total hides it everywhere.
    const lonely = answer([['RU-MOS', 3, 3]], { incidents: 3, victims: 3 });
    const model = buildAnnex(input({ region: lonely }));
    expect(model.total).toEqual({ incidents: null, victims: null });
    expect(model.tables.every((t) => t.total.incidents === null)).toBe(true);
  });

  it('uses the threshold given, and a total under it is never published', () => {
    const small = answer([['2024', 4, 2]], { incidents: 4, victims: 2 });
    const tables = Object.fromEntries(
      ANNEX_DIMENSIONS.map((d) => [d, small]),
    ) as AnnexInput['tables'];
    expect(buildAnnex({ tables }).total).toEqual({ incidents: null, victims: null });
    expect(buildAnnex({ tables }, { k: 2 }).total).toEqual({ incidents: 4, victims: 2 });
  });
});

describe('annexDocument', () => {
  it('writes the period, the threshold, one table and one chart per dimension, methodology and caveats', () => {
    const doc = annexDocument(buildAnnex(input()), 'en', '2025-06-01');
    expect(doc.meta).toContainEqual({ label: 'Smallest count published', value: '5' });
    expect(doc.meta).toContainEqual({ label: 'Period', value: '2023-01-01 – 2024-12-31' });
    const ids = doc.sections.map((s) => s.id);
    expect(ids).toEqual([
      'summary',
      ...ANNEX_DIMENSIONS.map((d) => `by-${d}`),
      'methodology',
      'caveats',
      'consent',
    ]);
    const method = doc.sections.find((s) => s.id === 'by-method');
    expect(method?.blocks.map((b) => b.type)).toEqual(['table', 'bars']);
    const table = method?.blocks[0];
    expect(table?.type === 'table' ? table.rows.map((r) => r.cells) : []).toEqual([
      ['Slapping, kicking or punching', '15', '11'],
      ['Isolation', '–', '–'],
      [expect.any(String), '–', '–'],
      ['Total', '20', '14'],
    ]);
    expect(table?.type === 'table' ? table.notes?.join(' ') : '').toContain('several values');
    expect(table?.type === 'table' ? table.notes?.join(' ') : '').toContain('from 1 to 4');
    const text = JSON.stringify(doc);
    expect(text).toContain('Documented is not prevalence');
    expect(text).toContain('Reporting bias');
    expect(text).toContain('every count from 1 to 4 is suppressed');
  });

  it('speaks Russian when asked, vocabulary labels included', () => {
    const doc = annexDocument(buildAnnex(input()), 'ru', '2025-06-01');
    expect(doc.title).toBe('Статистическое приложение');
    const text = JSON.stringify(doc);
    expect(text).toContain('Изоляция');
    expect(text).toContain('Задокументированное — не распространённость');
  });

  it('says whether distinct victims are people of a linkage run or person records', () => {
    const base = input();
    const linked: AnnexInput = {
      ...base,
      tables: { ...base.tables, year: { ...base.tables.year, people: { linkRun: 4 } } },
    };
    const factsOf = (i: AnnexInput, lang: 'en' | 'ru') =>
      JSON.stringify(annexDocument(buildAnnex(i), lang, '2025-06-01').sections[0]);
    expect(buildAnnex(linked).linkRun).toBe(4);
    expect(factsOf(linked, 'en')).toContain('people after linkage run 4');
    expect(factsOf(linked, 'ru')).toContain('люди после связывания, расчёт 4');
    expect(factsOf(base, 'en')).toContain('person records; no linkage saved');
  });

  it('says so when nothing was documented in the period, without empty tables', () => {
    const none = answer([], { incidents: 0, victims: 0 });
    const tables = Object.fromEntries(
      ANNEX_DIMENSIONS.map((d) => [d, none]),
    ) as AnnexInput['tables'];
    const doc = annexDocument(buildAnnex({ tables }), 'en', '2025-06-01');
    expect(doc.sections[0]?.blocks).toEqual([
      { type: 'paragraph', text: 'No incident documented in the period.' },
    ]);
    expect(doc.sections.some((s) => s.id.startsWith('by-'))).toBe(false);
  });
});

describe('the annex and consent', () => {
  /** The answers as the server gives them with consent applied: two incidents left out for each reason but one. */
  const consented = (includeUnrecorded: boolean): AnnexInput => {
    const base = input();
    const excluded = includeUnrecorded
      ? [{ reason: 'confidential' as const, incidents: 1, victims: 1 }]
      : [
          { reason: 'no-source' as const, incidents: 4, victims: 3 },
          { reason: 'no-consent' as const, incidents: 2, victims: 2 },
          { reason: 'confidential' as const, incidents: 0, victims: 0 },
        ];
    const tables = Object.fromEntries(
      ANNEX_DIMENSIONS.map((d) => [
        d,
        { ...base.tables[d], consent: { purpose: 'un-aggregate', includeUnrecorded, excluded } },
      ]),
    ) as AnnexInput['tables'];
    return { ...base, tables };
  };

  it('lists how many incidents and victims consent left out and why, never which, leaving out reasons that left out none', () => {
    const model = buildAnnex(consented(false));
    expect(model.consent?.excluded).toHaveLength(3);
    const doc = annexDocument(model, 'en', '2025-06-01');
    const section = doc.sections.find((s) => s.id === 'consent');
    const table = section?.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' ? table.rows.map((r) => r.cells) : []).toEqual([
      ['no source recorded', '4', '3'],
      ['no source consented to UN use or publication', '2', '2'],
    ]);
    const text = JSON.stringify(section);
    expect(text).toContain('consented to use by UN bodies or to publication');
    expect(text).not.toContain('At the organisation');
    expect(text).not.toMatch(/0190/);
  });

  it('says when incidents without recorded consent were counted at the organisation’s choice', () => {
    const doc = annexDocument(buildAnnex(consented(true)), 'en', '2025-06-01');
    const text = JSON.stringify(doc.sections.find((s) => s.id === 'consent'));
    expect(text).toContain('incidents without recorded consent');
    expect(text).toContain('strictly confidential');
  });

  it('says so when consent left nothing out', () => {
    const base = consented(true);
    const none: { -readonly [D in keyof AnnexInput['tables']]: AnnexInput['tables'][D] } = {
      ...base.tables,
    };
    for (const d of ANNEX_DIMENSIONS) {
      none[d] = {
        ...base.tables[d],
        consent: { purpose: 'un-aggregate', includeUnrecorded: false, excluded: [] },
      };
    }
    const doc = annexDocument(buildAnnex({ ...base, tables: none }), 'en', '2025-06-01');
    expect(JSON.stringify(doc.sections.find((s) => s.id === 'consent'))).toContain(
      'Consent left no incident of the period out.',
    );
  });

  it('speaks Russian and Ukrainian about consent', () => {
    const ru = annexDocument(buildAnnex(consented(false)), 'ru', '2025-06-01');
    const ruText = JSON.stringify(ru.sections.find((s) => s.id === 'consent'));
    expect(ruText).toContain('источник не записан');
    expect(ruText).toContain('органами ООН');
    expect(ruText).not.toMatch(/no source|consented/);
    const uk = annexDocument(buildAnnex(consented(false)), 'uk', '2025-06-01');
    expect(JSON.stringify(uk.sections.find((s) => s.id === 'consent'))).toContain(
      'джерело не записано',
    );
  });
});
