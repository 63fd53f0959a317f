import { describe, expect, it } from 'vitest';
import { comparersOf, levelLabels } from './compare';
import { sourceFrom } from './fixtures';
import { prepareData } from './prepare';
import type { ComparisonSpec } from './types';

/** The level label a comparison gives records 0 and 1 of two rows. */
const levelOf = (
  spec: ComparisonSpec,
  a: Record<string, string>,
  b: Record<string, string>,
  variants?: (w: string) => readonly string[],
): string => {
  const specs = [spec];
  const data = prepareData(
    [
      sourceFrom([
        { id: 'a', ...a },
        { id: 'b', ...b },
      ]),
    ],
    { comparisons: specs },
    variants,
  );
  const [compare] = comparersOf(data);
  return levelLabels(spec)[compare?.(0, 1) ?? -1] ?? '?';
};

// A stand-in for core's tables: Cyrillic words and their Latin spellings share a folded spelling.
const TABLE: Record<string, string[]> = {
  григорий: ['grigorii', 'hryhorii'],
  hryhorii: ['hryhorii'],
  grigoriy: ['grigorii'],
  петров: ['petrov'],
  petrov: ['petrov'],
};
const variants = (w: string): readonly string[] => TABLE[w] ?? [w];

describe('comparison levels', () => {
  const name: ComparisonSpec = { kind: 'name', column: 'given_name', swapWith: 'surname' };

  it('treats a missing value on either side as no evidence', () => {
    expect(levelOf(name, { given_name: '' }, { given_name: 'Ivan' })).toBe('missing');
  });

  it('matches a name across scripts when the systems spell it the same way', () => {
    expect(levelOf(name, { given_name: 'Григорий' }, { given_name: 'Hryhorii' }, variants)).toBe(
      'same name, other transliteration',
    );
    expect(levelOf(name, { given_name: 'Grigoriy' }, { given_name: 'ГРИГОРИЙ' }, variants)).toBe(
      'same name, other transliteration',
    );
  });

  it('finds the same words in another order, and words missing on one side', () => {
    const full: ComparisonSpec = { kind: 'name', column: 'name' };
    expect(levelOf(full, { name: 'Petrov Ivan' }, { name: 'ivan  PETROV' })).toBe(
      'same words, other order',
    );
    expect(levelOf(full, { name: 'Petrov Ivan' }, { name: 'Ivan Ivanovich Petrov' })).toBe(
      'words missing on one side',
    );
  });

  it('calls names swapped only when both crossings agree', () => {
    const a = { given_name: 'Ivan', surname: 'Petrov' };
    expect(levelOf(name, a, { given_name: 'Petrov', surname: 'Ivan' })).toBe(
      'swapped with surname',
    );
    // Only the given name reappears as the other's surname: that is the surname's evidence.
    expect(levelOf(name, a, { given_name: 'Sidorov', surname: 'Ivan' })).toBe('different');
  });

  it('grades typos by folded Jaro–Winkler', () => {
    expect(levelOf(name, { given_name: 'Ekaterina' }, { given_name: 'Ekatrina' })).toBe(
      'folded Jaro-Winkler >= 0.92',
    );
  });

  it('recognises transposed, mistyped and partial dates', () => {
    const date: ComparisonSpec = { kind: 'date', column: 'dob', years: [2] };
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: '05.03.1987' })).toBe('exact');
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: '1987-05-03' })).toBe(
      'day and month transposed',
    );
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: '1987-03-06' })).toBe('one typo');
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: '1987' })).toBe('partial date agrees');
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: '1987-11-20' })).toBe('same year');
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: '1989-11-20' })).toBe('within 2 years');
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: '1960-11-20' })).toBe('different');
    expect(levelOf(date, { dob: '1987-03-05' }, { dob: 'unknown' })).toBe('missing');
  });

  it('grades text by edit distance, then by Jaro–Winkler', () => {
    const text: ComparisonSpec = { kind: 'text', column: 'street' };
    expect(levelOf(text, { street: 'Lenina 5' }, { street: ' lenina  5' })).toBe('exact');
    expect(levelOf(text, { street: 'Lenina 5' }, { street: 'Lenina 6' })).toBe(
      'edit distance <= 1',
    );
    expect(levelOf(text, { street: 'Pushkinskaya' }, { street: 'Puskhinskya' })).toBe(
      'Jaro-Winkler >= 0.9',
    );
    expect(levelOf(text, { street: 'Lenina' }, { street: 'Gagarina' })).toBe('different');
  });
});
