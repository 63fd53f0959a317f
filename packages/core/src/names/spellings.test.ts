import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BELARUSIAN, RUSSIAN, UKRAINIAN } from './name-lists.test-data';
import { normaliseName } from './normalise';
import { cachedNameWordSpellings, nameWordSpellings } from './spellings';
import { systems, transliterate } from './systems';

const NAME_WORDS = [RUSSIAN, UKRAINIAN, BELARUSIAN].flatMap((list) => Object.values(list).flat());

/** A name word as the linkage engine passes it: normalised (lower case, ё as е). */
const asPassed = (word: string): string => normaliseName(word);

describe('nameWordSpellings', () => {
  it('reads a Cyrillic word by every system, folded, the most common reading first', () => {
    expect(nameWordSpellings('олександр')).toEqual(['oleksandr']);
    expect(nameWordSpellings('юлия')).toEqual(['iulia']);
    expect(nameWordSpellings('гнатюк')).toEqual(['hnatiuk', 'hnatik']);
    expect(nameWordSpellings('Ёлкин')).toEqual(['elkin']);
  });

  it('folds a Latin word, with an x read both as written and as х', () => {
    expect(nameWordSpellings('alexander')).toEqual(['aleksander', 'alehander']);
    expect(nameWordSpellings('oleksandr')).toEqual(['oleksandr']);
  });

  it('gives a Cyrillic word that no system reads back as itself', () => {
    expect(nameWordSpellings('ь')).toEqual(['ь']);
  });

  it('lets a Cyrillic name and its Latin transliteration meet', () => {
    const shared = (a: string, b: string): boolean =>
      nameWordSpellings(a).some((v) => nameWordSpellings(b).includes(v));
    expect(shared('гнатюк', 'hnatiuk')).toBe(true);
    expect(shared('щербаков', 'shcherbakov')).toBe(true);
    expect(shared('григорий', 'grigorij')).toBe(true);
    expect(shared('щербаков', 'petrov')).toBe(false);
  });

  it('shares a spelling between a name word and any system’s single-word transliteration of it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAME_WORDS), fc.constantFrom(...systems), (word, sys) => {
        const input =
          sys.matchInput === 'upper'
            ? word.toUpperCase()
            : sys.matchInput === 'title-и-as-і'
              ? word.replace(/и/g, 'і').replace(/И/g, 'І')
              : word;
        const latin = transliterate(input, sys.id);
        const words = asPassed(latin).split(' ');
        fc.pre(!/\p{Script=Cyrillic}/u.test(latin) && words.length === 1);
        const cyrillic = nameWordSpellings(asPassed(word));
        return nameWordSpellings(words[0] ?? '').some((s) => cyrillic.includes(s));
      }),
      { numRuns: 300 },
    );
  });

  it('gives at least one spelling, none twice, for any word', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (word) => {
        const out = nameWordSpellings(word);
        return out.length > 0 && new Set(out).size === out.length;
      }),
    );
  });
});

describe('cachedNameWordSpellings', () => {
  it('answers as nameWordSpellings and computes each word once', () => {
    const spell = cachedNameWordSpellings();
    const first = spell('щербаков');
    expect(first).toEqual(nameWordSpellings('щербаков'));
    expect(spell('щербаков')).toBe(first);
  });
});
