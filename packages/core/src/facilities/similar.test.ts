import { describe, expect, it } from 'vitest';
import {
  facilitySimilarity,
  nameSimilarity,
  possibleDuplicates,
  DUPLICATE_THRESHOLD,
} from './similar';

const colony = (names: { ru?: string; en?: string; uk?: string }, aliases: string[] = []) => ({
  names,
  aliases,
  type: 'penal-colony-strict' as const,
  region: 'RU-VLA',
});

describe('facility name similarity', () => {
  it.each([
    ['ИК-6 Мелехово', 'IK-6 Melekhovo'],
    ['ИК-6 Мелехово', 'IK 6 Melehovo'],
    ['СИЗО-2 Таганрог', 'SIZO No. 2 Taganrog'],
    ['Лефортово', 'Lefortovo'],
    ['ФКУ ИК-3 УФСИН России по ЯНАО', 'IK-3'],
  ])('takes %s and %s for one place', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
  });

  it.each([
    ['ИК-6 Мелехово', 'ИК-7 Мелехово'],
    ['SIZO-1 Kursk', 'SIZO-2 Kursk'],
    ['Лефортово', 'Бутырка'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(DUPLICATE_THRESHOLD);
  });

  it('compares aliases too, and only within one type and region', () => {
    const a = colony({ en: 'Penal colony No. 2' }, ['IK-2 Pokrov']);
    const b = colony({ ru: 'ИК-2 Покров' });
    expect(facilitySimilarity(a, b)).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(facilitySimilarity(a, { ...b, region: 'RU-MOS' })).toBe(0);
    expect(facilitySimilarity(a, { ...b, type: 'sizo' })).toBe(0);
  });

  it('lists possible duplicates most alike first', () => {
    const candidate = colony({ ru: 'ИК-6 Мелехово' });
    const found = possibleDuplicates(candidate, [
      colony({ en: 'IK-7 Melekhovo' }),
      colony({ en: 'IK-6' }),
      colony({ en: 'IK-6 Melekhovo' }),
    ]);
    expect(found.map((d) => d.facility.names.en)).toEqual(['IK-6', 'IK-6 Melekhovo']);
  });
});
