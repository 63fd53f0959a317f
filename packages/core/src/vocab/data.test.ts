// The shipped vocabulary data: complete, translated, consistent with the HURIDOCS source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rawVocabularies } from './data';
import { getVocabulary, listVocabularies } from './registry';
import { VOCAB_LOCALES, vocabularySchema } from './schema';

const SOURCE = fileURLToPath(
  new URL('../../../../../shared/data/vocab/huridocs-microthesauri.json', import.meta.url),
);
type SourceTerm = { huri_code: string; label_en: string; level: number };
const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as Record<
  string,
  { name: string; terms: SourceTerm[] }
>;

const all = listVocabularies().map((s) => {
  const v = getVocabulary(s.id);
  if (!v) throw new Error(s.id);
  return v;
});
const terms = all.flatMap((v) => v.terms.map((t) => ({ list: v.id, term: t })));

/**
 * Labels that may read the same in Russian or Ukrainian as in English: none today. Add an entry
 * ("list/code/locale") only for a proper noun or acronym that is really written the same way.
 */
const SAME_AS_ENGLISH = new Set<string>([]);

describe('the shipped vocabularies', () => {
  it('all pass the vocabulary schema', () => {
    for (const raw of rawVocabularies) expect(vocabularySchema.safeParse(raw).success).toBe(true);
    expect(all.length).toBe(rawVocabularies.length);
  });

  it('include the HURIDOCS lists named in the data model and the Vigil lists', () => {
    const huridocs = all.filter((v) => v.namespace === 'huridocs').map((v) => v.huridocs);
    expect(huridocs.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      4, 5, 16, 18, 19, 24, 25, 30, 31, 36, 37, 38, 42,
    ]);
    expect(all.filter((v) => v.namespace === 'vigil').map((v) => v.id)).toEqual(
      expect.arrayContaining([
        'perpetrator-agencies',
        'groups-at-risk',
        'legal-statuses',
        'intervention-kinds',
        'intervention-outcomes',
        'consistency-levels',
      ]),
    );
  });

  it('label every term and every list in English, Russian and Ukrainian', () => {
    for (const { list, term } of terms) {
      for (const locale of VOCAB_LOCALES) {
        expect(term.labels[locale].trim(), `${list}/${term.code}/${locale}`).not.toBe('');
      }
    }
    for (const v of all) for (const l of VOCAB_LOCALES) expect(v.name[l].trim()).not.toBe('');
  });

  it('never use the English label as the Russian or Ukrainian one, outside the allow-list', () => {
    const copies = terms.flatMap(({ list, term }) =>
      (['ru', 'uk'] as const)
        .filter((l) => term.labels[l].toLowerCase() === term.labels.en.toLowerCase())
        .map((l) => `${list}/${term.code}/${l}`)
        .filter((key) => !SAME_AS_ENGLISH.has(key)),
    );
    expect(copies).toEqual([]);
  });

  it('write Russian labels in Russian and Ukrainian labels in Ukrainian letters', () => {
    const wrong: string[] = [];
    for (const { list, term } of terms) {
      // Cyrillic in both; і ї є ґ only in Ukrainian; ы э ъ ё only in Russian.
      if (!/\p{Script=Cyrillic}/u.test(term.labels.ru) || /[іїєґ]/iu.test(term.labels.ru)) {
        wrong.push(`${list}/${term.code}/ru ${term.labels.ru}`);
      }
      if (!/\p{Script=Cyrillic}/u.test(term.labels.uk) || /[ыэъё]/iu.test(term.labels.uk)) {
        wrong.push(`${list}/${term.code}/uk ${term.labels.uk}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('give every list unique term codes and a version', () => {
    for (const v of all) {
      const codes = v.terms.map((t) => t.code);
      expect(new Set(codes).size, v.id).toBe(codes.length);
      expect(v.version).toBeGreaterThanOrEqual(1);
    }
  });

  it('keep every HURIDOCS term of the source, with its huri_code and English label unchanged', () => {
    for (const v of all.filter((l) => l.namespace === 'huridocs')) {
      const src = source[String(v.huridocs)];
      expect(src, v.id).toBeDefined();
      const expected = (src?.terms ?? []).map((t) => ({
        code: t.huri_code,
        en: t.label_en,
        level: t.level,
      }));
      const shipped = v.terms.map((t) => ({ code: t.huriCode, en: t.labels.en, level: t.level }));
      expect(shipped, v.id).toEqual(expected);
      for (const t of v.terms) expect(t.code).toBe(t.huriCode);
    }
  });

  it('place every HURIDOCS term under the nearest broader code present in its list', () => {
    for (const v of all.filter((l) => l.namespace === 'huridocs')) {
      const codes = new Set(v.terms.map((t) => t.code));
      for (const t of v.terms) {
        if (t.parent === undefined) continue;
        expect(codes.has(t.parent)).toBe(true);
        // The parent's code is a prefix of the child's, up to its trailing zero pairs.
        const stem = t.parent.replace(/(00)+$/, '');
        expect(t.code.startsWith(stem), `${v.id}/${t.code} under ${t.parent}`).toBe(true);
      }
    }
  });
});
