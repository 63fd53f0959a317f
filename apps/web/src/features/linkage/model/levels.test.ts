import { levelLabels } from '@vigil/analytics';
import { describe, expect, it } from 'vitest';
import { levelText } from './levels';

describe('the words of comparison levels', () => {
  it('has a message for every level the engine names for names, dates, text and codes', () => {
    const labels = [
      ...levelLabels({ kind: 'name', column: 'a', swapWith: 'b' }),
      ...levelLabels({ kind: 'date', column: 'd', years: [1, 5] }),
      ...levelLabels({ kind: 'text', column: 't' }),
      ...levelLabels({ kind: 'exact', column: 'e' }),
    ];
    expect(labels.filter((l) => 'raw' in levelText(l))).toEqual([]);
  });

  it('keeps the numbers of banded levels and the engine’s words for an unknown one', () => {
    expect(levelText('folded Jaro-Winkler >= 0.92')).toEqual({
      id: 'linkage.level.similar',
      values: { value: '0.92' },
    });
    expect(levelText('within 1 year')).toEqual({
      id: 'linkage.level.withinYears',
      values: { count: 1 },
    });
    expect(levelText('edit distance <= 2')).toEqual({
      id: 'linkage.level.editDistance',
      values: { count: 2 },
    });
    expect(levelText('something new')).toEqual({ raw: 'something new' });
  });
});
