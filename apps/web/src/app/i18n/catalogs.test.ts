import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from './en';
import { catalogs, locales } from './locale';

/** The argument names a message uses (plural and select options included), sorted. */
const argumentsOf = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1] ?? ''))].sort();

/** Values for every argument an English message takes, so that each message can be formatted. */
const sampleValues: Record<string, string | number | Date> = {
  page: 'Page',
  min: 12,
  name: 'Name',
  role: 'Role',
  date: new Date(0),
  count: 3,
  email: 'a@example.org',
  seq: 4,
  reason: 'reason',
  percent: 42,
  done: '1 kB',
  total: '2 kB',
  size: '2 kB',
  time: '2024-05-01T10:00:00',
  value: 12.5,
  day: '2024-05-01',
  period: 'Q2 2024',
  quarter: '2',
  year: '2024',
  first: 51,
  last: 100,
  window: 30,
  threshold: 5,
  // The risk index pages.
  score: '0.62',
  interval: '0.41–0.70',
  rank: 2,
  shift: '0.50',
  coverage: '86 %',
  version: '1.0.0',
  level: 'Regions',
  from: '2024-01-01',
  to: '2024-12-31',
  draws: 1000,
  seed: 1,
  part: 2,
  confidence: 'low',
  max: 4,
  field: 'Rating',
  unit: 'Rostov Oblast',
};

const enKeys = Object.keys(en).sort();

describe.each(locales)('the %s catalog', (locale) => {
  const catalog: Record<string, string> = catalogs[locale];

  it('has exactly the keys of the English catalog', () => {
    expect(Object.keys(catalog).sort()).toEqual(enKeys);
  });

  it('has no empty or blank message', () => {
    const blank = Object.entries(catalog).filter(([, text]) => text.trim() === '');
    expect(blank).toEqual([]);
  });

  it('uses the same arguments as English in every message', () => {
    const mismatched = enKeys.filter(
      (key) => argumentsOf(catalog[key] ?? '').join() !== argumentsOf(en[key as MessageId]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('formats every message without an ICU error, for every plural form', () => {
    const errors: string[] = [];
    const intl = createIntl({
      locale,
      messages: catalog,
      onError: (error) => errors.push(`${error.code}: ${error.message}`),
    });
    for (const key of enKeys) {
      for (const n of [1, 3, 5, 21]) {
        intl.formatMessage({ id: key }, { ...sampleValues, count: n, min: n });
      }
    }
    expect(errors).toEqual([]);
  });
});

describe.each(['ru', 'uk'] as const)('the %s translation', (locale) => {
  it('is a translation: messages with words are not left in English', () => {
    // Names, pure placeholders and formats may stay identical; anything with Latin words may not.
    const identical = enKeys.filter((key) => {
      const text = en[key as MessageId];
      return (
        catalogs[locale][key as MessageId] === text &&
        /[a-z]{3}/.test(text.replace(/\{[^}]*\}/g, '')) &&
        text !== 'Vigil' &&
        !text.endsWith('· Vigil')
      );
    });
    expect(identical).toEqual([]);
  });

  it('needs the plural forms of its language wherever English counts something', () => {
    const plurals = enKeys.filter((key) => en[key as MessageId].includes(', plural,'));
    for (const key of plurals) {
      const text = catalogs[locale][key as MessageId];
      expect(text, key).toContain('few {');
      expect(text, key).toContain('many {');
    }
  });
});
