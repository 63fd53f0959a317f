// Accuracy on synthetic Russian and Ukrainian people (scripts/linkage/people.ts): Cyrillic and
// many Latin transliterations, swapped names, missing patronymics, typos, partial dates. The
// transliteration tables are what make these records meet.
import { basicNameVariants, linkRecords, pairAccuracy } from '@vigil/analytics';
import { cachedNameWordSpellings, transliterate, translitSystems } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { generatePeople } from '../../../../../scripts/linkage/people';

describe('linkage of transliterated names', () => {
  const sources = generatePeople(
    { records: 3000, seed: 7 },
    { systems: translitSystems, transliterate },
  );
  const truth = sources.flatMap((s) => s.person);

  it('links records of one person across scripts and systems with F1 of at least 0.95', () => {
    const result = linkRecords(sources, {}, { nameVariants: cachedNameWordSpellings() });
    const accuracy = pairAccuracy(result.clusters.clusterOf, truth);
    expect(accuracy.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds far fewer of them without the transliteration systems', () => {
    const result = linkRecords(sources, {}, { nameVariants: basicNameVariants });
    expect(pairAccuracy(result.clusters.clusterOf, truth).recall).toBeLessThan(0.7);
  });

  it('spells a Cyrillic word as every system does, folded, most common first', () => {
    const spell = cachedNameWordSpellings();
    const hryhorii = spell('григорий');
    expect(hryhorii[0]).toBe(spell('grigorij')[0]);
    // Ukrainian Г is H in the national system and G in ICAO: both spellings must meet.
    expect(spell('олександр')).toEqual(expect.arrayContaining([...spell('oleksandr')]));
  });
});
