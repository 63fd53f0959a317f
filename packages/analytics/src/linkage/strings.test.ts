import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshteinWithin, jaro, jaroWinkler, withinOneEdit } from './strings';

/** Jaro by the textbook scan, to check the bit-vector version against. */
const referenceJaro = (a: string, b: string): number => {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const ma = new Array<boolean>(a.length).fill(false);
  const mb = new Array<boolean>(b.length).fill(false);
  let m = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j += 1) {
      if (!mb[j] && a[i] === b[j]) {
        ma[i] = true;
        mb[j] = true;
        m += 1;
        break;
      }
    }
  }
  if (m === 0) return 0;
  const sa = [...a].filter((_, i) => ma[i]);
  const sb = [...b].filter((_, j) => mb[j]);
  const t = sa.filter((c, k) => c !== sb[k]).length / 2;
  return (m / a.length + m / b.length + (m - t) / m) / 3;
};

/** Optimal string alignment distance by the full table. */
const referenceOsa = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, (d[i - 2]?.[j - 2] as number) + 1);
      }
    }
  }
  return d[a.length]?.[b.length] as number;
};

const word = (max: number) => fc.string({ unit: fc.constantFrom(...'abcdeмиш'), maxLength: max });

describe('string similarity', () => {
  it('gives the published Jaro–Winkler values of the classic examples', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('same', 'same')).toBe(1);
  });

  it('computes Jaro by bit vectors exactly as the textbook scan does', () => {
    fc.assert(
      fc.property(word(31), word(31), (a, b) => {
        expect(jaro(a, b)).toBeCloseTo(referenceJaro(a, b), 12);
      }),
      { numRuns: 2000 },
    );
  });

  it('computes Jaro of strings longer than 31 characters by the scan', () => {
    fc.assert(
      fc.property(word(60), word(60), (a, b) => {
        expect(jaro(a, b)).toBeCloseTo(referenceJaro(a, b), 12);
      }),
      { numRuns: 300 },
    );
  });

  it('bounds the Damerau–Levenshtein distance as the full table computes it', () => {
    fc.assert(
      fc.property(word(12), word(12), fc.integer({ min: 1, max: 3 }), (a, b, max) => {
        expect(damerauLevenshteinWithin(a, b, max)).toBe(Math.min(referenceOsa(a, b), max + 1));
        expect(withinOneEdit(a, b)).toBe(referenceOsa(a, b) <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});
