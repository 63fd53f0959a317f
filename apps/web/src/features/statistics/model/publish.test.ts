import type { PublicationResponse } from '@vigil/core';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TITLES,
  defaultSettings,
  previewOf,
  publicationQueryOf,
  siteFilesOf,
  withLang,
  zipName,
  zipOf,
  type PublishSettings,
} from './publish';

/** Two years, two regions with one cell suppressed, a list of methods with one left out. */
const publication: PublicationResponse = {
  k: 2,
  from: '2024-01-01',
  to: null,
  total: 9,
  tables: [
    {
      kind: 'series',
      dimension: 'year',
      values: ['2024', '2025'],
      incidents: [4, 5],
      total: 9,
      merged: 0,
    },
    {
      kind: 'series',
      dimension: 'region',
      values: ['RU-MOW', '~other'],
      incidents: [6, 3],
      total: 9,
      merged: 2,
    },
    {
      kind: 'cross',
      rows: 'year',
      columns: 'region',
      rowValues: ['2024', '2025'],
      columnValues: ['RU-MOW', '~other'],
      values: [
        [3, null],
        [3, null],
      ],
      rowTotals: [4, 5],
      columnTotals: [6, 3],
      total: 9,
    },
    {
      kind: 'list',
      dimension: 'method',
      values: ['031800000000'],
      incidents: [5],
      hidden: 1,
    },
  ],
  withheld: [
    {
      name: 'facility-type',
      code: 'too-few',
      reason: 'fewer than 2 incidents or people in the period',
    },
    {
      name: 'year × sex',
      code: 'margin',
      reason: 'protecting its small cells would need a total hidden',
    },
    { name: 'year × facility-type', code: 'audit', reason: 'the audit found a small cell' },
    { name: 'something new', code: 'audit', reason: 'whatever the server says in English' },
  ],
};

const settings = (over: Partial<PublishSettings> = {}): PublishSettings => ({
  ...defaultSettings({}, 'en'),
  ...over,
});

describe('the settings of public statistics', () => {
  it('start at k = 5 with the page’s period and the reader’s language and title', () => {
    expect(defaultSettings({ from: '2024-01-01' }, 'ru-RU')).toEqual({
      k: '5',
      from: '2024-01-01',
      to: '',
      lang: 'ru',
      title: DEFAULT_TITLES.ru,
    });
    expect(defaultSettings({}, 'de').lang).toBe('en');
  });

  it('let an untouched title follow the language, and keep one that was typed', () => {
    expect(withLang(settings(), 'uk').title).toBe(DEFAULT_TITLES.uk);
    expect(withLang(settings({ title: 'Our figures' }), 'uk').title).toBe('Our figures');
  });

  it('make the server’s query: k as a number, days only when given', () => {
    expect(publicationQueryOf(settings({ k: ' 2 ' }))).toEqual({ ok: true, query: { k: 2 } });
    expect(publicationQueryOf(settings({ from: '2024-01-01', to: '2024-12-31' }))).toEqual({
      ok: true,
      query: { k: 5, from: '2024-01-01', to: '2024-12-31' },
    });
  });

  it('say what is wrong: k outside 2–100 or not whole, bad or reversed days, no title', () => {
    const problems = (over: Partial<PublishSettings>) => {
      const checked = publicationQueryOf(settings(over));
      return checked.ok ? [] : checked.problems;
    };
    expect(problems({ k: '1' })).toEqual(['k']);
    expect(problems({ k: '101' })).toEqual(['k']);
    expect(problems({ k: '2.5' })).toEqual(['k']);
    expect(problems({ k: '' })).toEqual(['k']);
    expect(problems({ from: '2024-13-01' })).toEqual(['from']);
    expect(problems({ from: '2025-01-01', to: '2024-01-01' })).toEqual(['reversed']);
    expect(problems({ title: '   ' })).toEqual(['title']);
    expect(problems({ title: 'x'.repeat(201) })).toEqual(['title']);
  });
});

describe('the public site made in the browser', () => {
  it('labels codes and dimensions in the site’s language, as the CLI does', () => {
    const en = siteFilesOf(publication, {
      title: ' Figures ',
      lang: 'en',
      generatedOn: '2026-01-02',
    });
    expect([...en.keys()].sort()).toEqual([
      'index.html',
      'method.csv',
      'region.csv',
      'style.css',
      'year-by-region.csv',
      'year.csv',
    ]);
    const html = en.get('index.html') ?? '';
    expect(html).toContain('<title>Figures</title>');
    expect(html).toContain('Moscow');
    expect(html).toContain('Isolation');
    expect(en.get('region.csv')).toContain('other (each fewer than 2)');
    const ru = siteFilesOf(publication, { title: 'Цифры', lang: 'ru', generatedOn: '2026-01-02' });
    expect(ru.get('index.html')).toContain('<html lang="ru">');
    expect(ru.get('index.html')).toContain('Москва');
  });

  it('zips every file under its name, the same bytes for the same site and day', () => {
    const files = siteFilesOf(publication, { title: 'F', lang: 'en', generatedOn: '2026-01-02' });
    const zip = zipOf(files, '2026-01-02');
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].sort());
    expect(strFromU8(unzipped['index.html'] ?? new Uint8Array())).toBe(files.get('index.html'));
    expect(zipOf(files, '2026-01-02')).toEqual(zip);
    expect(zipName('2026-01-02')).toBe('public-statistics-2026-01-02.zip');
  });
});

describe('the preview of a publication', () => {
  it('lists each table with its categories, what was merged, suppressed or left out', () => {
    const preview = previewOf(publication);
    expect(preview.empty).toBe(false);
    expect(preview.tables).toEqual([
      { kind: 'series', dimensions: ['year'], categories: 2, merged: 0 },
      { kind: 'series', dimensions: ['region'], categories: 2, merged: 2 },
      { kind: 'cross', dimensions: ['year', 'region'], cells: 4, suppressed: 2 },
      { kind: 'list', dimensions: ['method'], categories: 1, hidden: 1 },
    ]);
  });

  it('reads what was withheld and why by its code, and keeps the server’s name for a table it does not know', () => {
    expect(previewOf(publication).withheld).toEqual([
      { what: { kind: 'table', dimensions: ['facility-type'] }, why: { kind: 'too-few' } },
      { what: { kind: 'table', dimensions: ['year', 'sex'] }, why: { kind: 'margin' } },
      { what: { kind: 'table', dimensions: ['year', 'facility-type'] }, why: { kind: 'audit' } },
      { what: { kind: 'text', text: 'something new' }, why: { kind: 'audit' } },
    ]);
  });

  it('has nothing to publish when the vault has too few incidents, or no table any figure', () => {
    const none: PublicationResponse = {
      k: 5,
      from: null,
      to: null,
      total: 0,
      tables: [],
      withheld: [
        {
          name: 'everything',
          code: 'too-few',
          reason: 'fewer than 5 incidents or people in the period',
        },
      ],
    };
    expect(previewOf(none)).toEqual({
      tables: [],
      withheld: [{ what: { kind: 'everything' }, why: { kind: 'too-few' } }],
      empty: true,
    });
    const listsOnly: PublicationResponse = {
      ...none,
      tables: [{ kind: 'list', dimension: 'method', values: [], incidents: [], hidden: 3 }],
      withheld: [],
    };
    expect(previewOf(listsOnly).empty).toBe(true);
  });
});
