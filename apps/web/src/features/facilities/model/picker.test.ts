import { describe, expect, it } from 'vitest';
import { labellerFor } from '../../records/shared/labeller.test-helpers';
import { aFacility } from './fixtures.test-helpers';
import { facilityOptions, facilityRanker } from './picker';

describe('the facility picker', () => {
  const ik6 = aFacility({
    names: { ru: 'ИК-6 Мелехово', en: 'IK-6 Melekhovo' },
    aliases: ['Мелеховская колония'],
  });
  const sizo = aFacility({ names: { ru: 'СИЗО-1 Матросская тишина' }, type: 'sizo' });
  const merged = aFacility({ names: { en: 'Old name' }, mergedInto: ik6.id });
  const l = labellerFor('en');
  const options = facilityOptions([sizo, ik6, merged], l);
  const rank = facilityRanker([sizo, ik6, merged]);

  it('offers the register by name in the reader’s language, with type and region to tell apart', () => {
    expect(options.map((o) => o.label)).toEqual([
      'IK-6 Melekhovo',
      'Old name',
      'СИЗО-1 Матросская тишина',
    ]);
    expect(options[0]?.context).toContain('Vladimir');
  });

  it('finds a facility by any name or alias in any script', () => {
    for (const query of ['ИК-6', 'ik6', 'Мелехово', 'melekh', 'мелеховская']) {
      expect(
        rank(options, query).map((o) => o.value),
        query,
      ).toEqual([ik6.id]);
    }
    expect(rank(options, 'matrosskaya').map((o) => o.value)).toEqual([sizo.id]);
    expect(rank(options, sizo.id).map((o) => o.value)).toEqual([sizo.id]);
  });

  it('does not offer a facility merged into another', () => {
    expect(rank(options, '').map((o) => o.value)).not.toContain(merged.id);
    expect(rank(options, 'old')).toEqual([]);
  });
});
