import { describe, expect, it } from 'vitest';
import { duplicatesOf } from './duplicates';
import { aFacility } from './fixtures.test-helpers';

const melekhovo = aFacility({ names: { ru: 'ИК-6 Мелехово' } });
const other = aFacility({ names: { ru: 'ИК-7' } });
const candidate = {
  names: { en: 'IK-6 Melekhovo' },
  type: melekhovo.type,
  authority: melekhovo.authority,
  region: melekhovo.region,
};

describe('the facilities a possible duplicate points at', () => {
  it('are the ones whose ids the server named', () => {
    const fields = [{ path: 'facility.names', message: `looks like “ИК-7” (${other.id})` }];
    expect(duplicatesOf(fields, candidate, [melekhovo, other])).toEqual([other]);
  });

  it('are found here with the server’s rule when it named none', () => {
    expect(duplicatesOf([], candidate, [melekhovo, other])).toEqual([melekhovo]);
  });
});
