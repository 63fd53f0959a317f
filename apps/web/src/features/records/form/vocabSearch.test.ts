import { GROUPS_AT_RISK } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { rankOptions, vocabOptions } from './vocabSearch';

const labels = (query: string, locale: string, list = 'groups-at-risk' as const) =>
  rankOptions(vocabOptions(list, locale), query).map((o) => o.label);

describe('vocabOptions', () => {
  it('labels every term in the user language', () => {
    const en = vocabOptions('person-statuses', 'en').map((o) => o.label);
    const ru = vocabOptions('person-statuses', 'ru').map((o) => o.label);
    const uk = vocabOptions('person-statuses', 'uk').map((o) => o.label);
    expect(en).toHaveLength(ru.length);
    expect(ru).not.toEqual(en);
    expect(uk).not.toEqual(ru);
  });

  it('offers only the terms a field takes when it takes part of a list', () => {
    const codes = vocabOptions('groups-at-risk', 'en', GROUPS_AT_RISK.groupsReligion).map(
      (o) => o.value,
    );
    expect(codes).toEqual([...GROUPS_AT_RISK.groupsReligion]);
  });
});

describe('rankOptions', () => {
  it('finds a term by the start of its label in English, Russian and Ukrainian', () => {
    expect(labels('journ', 'en')[0]).toBe('Journalist');
    expect(labels('журн', 'ru')[0]).toMatch(/^Журналист/);
    expect(labels('журн', 'uk')[0]).toMatch(/^Журналіст/);
  });

  it('finds a term by its code, exactly typed, first', () => {
    const [first] = rankOptions(vocabOptions('groups-at-risk', 'ru'), 'lgbtq');
    expect(first?.value).toBe('lgbtq');
  });

  it('finds a term by its label in another language, after own-language matches', () => {
    // A Russian-speaking documenter types the English word; the term still comes up, in Russian.
    const found = rankOptions(vocabOptions('groups-at-risk', 'ru'), 'journalist');
    expect(found[0]?.value).toBe('journalist');
    expect(found[0]?.label).toMatch(/^Журналист/);
  });

  it('ranks a whole-label match before a label that only contains the query', () => {
    const options = vocabOptions('person-statuses', 'en');
    const all = rankOptions(options, '');
    const target = all[0];
    if (target === undefined) throw new Error('empty list');
    const found = rankOptions(options, target.label);
    expect(found[0]?.value).toBe(target.value);
  });

  it('ignores case, ё/е and apostrophes', () => {
    const plain = rankOptions(vocabOptions('violence-methods', 'ru'), 'избиение').map(
      (o) => o.value,
    );
    const upper = rankOptions(vocabOptions('violence-methods', 'ru'), 'ИЗБИЕНИЕ').map(
      (o) => o.value,
    );
    expect(plain.length).toBeGreaterThan(0);
    expect(upper).toEqual(plain);
  });

  it('keeps list order when nothing is typed and finds nothing for nonsense', () => {
    const options = vocabOptions('whereabouts', 'en');
    expect(rankOptions(options, '').map((o) => o.value)).toEqual(
      options.filter((o) => !o.retired).map((o) => o.value),
    );
    expect(rankOptions(options, 'zzqqxx')).toEqual([]);
  });

  it('needs every typed word to match', () => {
    const found = rankOptions(vocabOptions('groups-at-risk', 'en'), 'crimean tatar');
    expect(found.map((o) => o.value)).toEqual(['crimean-tatar']);
  });

  it('never offers a retired term', () => {
    const options = vocabOptions('act-types', 'en');
    const ranked = rankOptions(options, '');
    expect(ranked.every((o) => !o.retired)).toBe(true);
  });
});
