import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseLabel } from './normalise';
import {
  currentTerm,
  getVocabulary,
  listVocabularies,
  matchTerm,
  resolveTerm,
  termLabel,
  vocabLocaleOf,
} from './registry';
import { VOCAB_LOCALES, type VocabTerm } from './schema';

const terms = listVocabularies().flatMap((s) =>
  (getVocabulary(s.id)?.terms ?? []).map((term) => ({ list: s.id, term })),
);

const matchedCode = (list: string, input: string): string | undefined => {
  const m = matchTerm(list, input);
  return m.status === 'matched' ? m.term.code : undefined;
};

describe('resolving codes', () => {
  it('resolves a current term by its code in its list, and nothing in another list', () => {
    expect(resolveTerm('perpetrator-agencies', 'fsb')?.labels.en).toBe(
      'Federal Security Service (FSB)',
    );
    expect(resolveTerm('groups-at-risk', 'fsb')).toBeUndefined();
    expect(resolveTerm('no-such-list', 'fsb')).toBeUndefined();
  });

  it('still resolves retired terms, flagged, and follows replacedBy to the current term', () => {
    const retired = listVocabularies().flatMap((s) =>
      (getVocabulary(s.id)?.terms ?? [])
        .filter((t) => t.retired === true)
        .map((t) => ({ list: s.id, term: t })),
    );
    expect(retired.length).toBeGreaterThan(0);
    for (const { list, term } of retired) {
      expect(resolveTerm(list, term.code)).toEqual(term);
      const current = currentTerm(list, term.code);
      if (term.replacedBy !== undefined) {
        expect(current?.code).toBe(term.replacedBy);
        expect(current?.retired).toBeUndefined();
      }
    }
    expect(resolveTerm('perpetrator-agencies', 'fskn')?.retired).toBe(true);
    expect(currentTerm('perpetrator-agencies', 'fskn')?.code).toBe('mvd');
  });

  it('resolves a HURIDOCS term by its huri_code', () => {
    expect(resolveTerm('whereabouts', '020000000000')?.labels.en).toBe('Capture is denied');
  });
});

describe('labels in a locale', () => {
  const fsb = resolveTerm('perpetrator-agencies', 'fsb') as VocabTerm;

  it('labels in the requested language, including regional tags like ru-RU', () => {
    expect(termLabel(fsb, 'ru')).toBe(fsb.labels.ru);
    expect(termLabel(fsb, 'uk-UA')).toBe(fsb.labels.uk);
    expect(termLabel(fsb, 'EN')).toBe(fsb.labels.en);
  });

  it('falls back to English for any other language or none', () => {
    expect(termLabel(fsb, 'be')).toBe(fsb.labels.en);
    expect(termLabel(fsb)).toBe(fsb.labels.en);
    expect(vocabLocaleOf('kk-KZ')).toBe('en');
  });
});

describe('matching labels and codes (used by CSV import)', () => {
  it('matches by code, ignoring case, spaces and a vigil: prefix', () => {
    expect(matchedCode('perpetrator-agencies', ' FSB ')).toBe('fsb');
    expect(matchedCode('perpetrator-agencies', 'vigil:rosgvardia')).toBe('rosgvardia');
    expect(matchTerm('whereabouts', '990000000000')).toMatchObject({
      status: 'matched',
      via: 'code',
    });
  });

  it('matches an English label whatever its case and spacing', () => {
    expect(matchTerm('groups-at-risk', '  political   PRISONER ')).toMatchObject({
      status: 'matched',
      via: 'en',
      term: { code: 'political-prisoner' },
    });
  });

  it('matches a Russian label with ё written as е, and in another case', () => {
    expect(matchTerm('groups-at-risk', 'ПОЛИТИЧЕСКИЙ ЗАКЛЮЧЕННЫЙ')).toMatchObject({
      status: 'matched',
      via: 'ru',
      term: { code: 'political-prisoner' },
    });
    expect(matchedCode('legal-statuses', 'Осужден, отбывает наказание')).toBe('convicted');
  });

  it('matches a Ukrainian label whatever apostrophe it is typed with', () => {
    for (const apostrophe of ["'", '’', 'ʼ', '']) {
      expect(matchTerm('groups-at-risk', `Політичний в${apostrophe}язень`)).toMatchObject({
        status: 'matched',
        term: { code: 'political-prisoner' },
      });
    }
    expect(matchTerm('whereabouts', 'Факт затримання заперечується')).toMatchObject({
      status: 'matched',
      via: 'uk',
      term: { code: '020000000000' },
    });
  });

  it('matches acronyms and common spellings given as aliases', () => {
    expect(matchedCode('perpetrator-agencies', 'ФСИН')).toBe('fsin');
    expect(matchedCode('perpetrator-agencies', 'Росгвардия')).toBe('rosgvardia');
    expect(matchedCode('intervention-kinds', 'rule 39')).toBe('ecthr-rule-39');
  });

  it('matches retired terms, which the caller can map on through replacedBy', () => {
    const m = matchTerm('perpetrator-agencies', 'ФСКН');
    expect(m).toMatchObject({ status: 'matched', term: { code: 'fskn', retired: true } });
  });

  it('reports no match for unknown text, an empty cell or an unknown list', () => {
    expect(matchTerm('perpetrator-agencies', 'Ministry of Magic')).toEqual({ status: 'unmatched' });
    expect(matchTerm('perpetrator-agencies', '   ')).toEqual({ status: 'unmatched' });
    expect(matchTerm('no-such-list', 'FSB')).toEqual({ status: 'unmatched' });
  });

  it('reports a label that two terms share as ambiguous instead of guessing', () => {
    // "Threats against the victim" is a HURIDOCS method twice: under threats and death threats.
    const shared = terms.filter(
      ({ list, term }) =>
        list === 'violence-methods' &&
        normaliseLabel(term.labels.en) === 'threats against the victim',
    );
    expect(shared.length).toBe(2);
    const m = matchTerm('violence-methods', 'Threats against the victim');
    expect(m.status).toBe('ambiguous');
    if (m.status === 'ambiguous') {
      expect(m.terms.map((t) => t.code).sort()).toEqual(shared.map((s) => s.term.code).sort());
    }
    // Their Russian labels tell them apart.
    expect(matchTerm('violence-methods', 'Угрозы убийством жертве')).toMatchObject({
      status: 'matched',
      term: { code: '032301000000' },
    });
  });

  it('finds every term from its own label in any of the three languages (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...terms),
        fc.constantFrom(...VOCAB_LOCALES),
        fc.constantFrom<(s: string) => string>(
          (s) => s,
          (s) => s.toUpperCase(),
          (s) => s.toLowerCase(),
          (s) => `  ${s.replace(/ /g, '  ')} `,
          (s) => s.replace(/е/g, 'ё').replace(/Е/g, 'Ё'),
        ),
        ({ list, term }, locale, vary) => {
          const m = matchTerm(list, vary(term.labels[locale]));
          if (m.status === 'matched') return m.term.code === term.code;
          // A label shared with another term of the list is ambiguous, never the wrong term.
          return m.status === 'ambiguous' && m.terms.some((t) => t.code === term.code);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('finds a term from its own label unambiguously unless another term has the same label', () => {
    const owners = new Map<string, Set<string>>();
    for (const { list, term } of terms) {
      for (const label of [...VOCAB_LOCALES.map((l) => term.labels[l]), ...(term.aliases ?? [])]) {
        const key = `${list}\u0000${normaliseLabel(label)}`;
        owners.set(key, (owners.get(key) ?? new Set()).add(term.code));
      }
    }
    const unambiguous = terms.filter(({ list, term }) =>
      VOCAB_LOCALES.every(
        (locale) => owners.get(`${list}\u0000${normaliseLabel(term.labels[locale])}`)?.size === 1,
      ),
    );
    for (const { list, term } of unambiguous) {
      for (const locale of VOCAB_LOCALES) {
        expect(matchedCode(list, term.labels[locale]), `${list}/${term.code}/${locale}`).toBe(
          term.code,
        );
      }
    }
    expect(unambiguous.length).toBeGreaterThan(terms.length * 0.9);
  });
});

describe('normalising labels', () => {
  it('folds case, diacritics, ё/е, apostrophes and punctuation', () => {
    expect(normaliseLabel('  Ёлка,  ЁЖ ')).toBe('елка еж');
    expect(normaliseLabel('СВІДОК ЄГОВИ')).toBe('свідок єгови');
    expect(normaliseLabel('п’ятидесятник')).toBe(normaliseLabel("П'ЯТИДЕСЯТНИК"));
    expect(normaliseLabel('Jehovah’s Witness')).toBe('jehovahs witness');
    expect(normaliseLabel('Médecin')).toBe('medecin');
    expect(normaliseLabel('«Центр „Э“»')).toBe('центр э');
  });
});
