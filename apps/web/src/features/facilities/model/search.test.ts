import { describe, expect, it } from 'vitest';
import { matchesQuery, searchKey } from './search';

const melekhovo = searchKey(['ИК-6 УФСИН России по Владимирской области', 'IK-6 Melekhovo']);

describe('the facility text search', () => {
  it('finds a name typed in the other script', () => {
    expect(matchesQuery(searchKey(['ИК-6 Мелехово']), 'Melekhovo')).toBe(true);
    expect(matchesQuery(searchKey(['IK-6 Melekhovo']), 'Мелехово')).toBe(true);
  });

  it('reads numbers apart from letters, so IK6, ИК-6 and "ik 6" are one', () => {
    expect(matchesQuery(melekhovo, 'ИК6')).toBe(true);
    expect(matchesQuery(melekhovo, 'ik 6')).toBe(true);
  });

  it('needs every typed word, each as the start of a word', () => {
    expect(matchesQuery(melekhovo, 'влад')).toBe(true);
    expect(matchesQuery(melekhovo, 'IK 7')).toBe(false);
    expect(matchesQuery(melekhovo, 'lefortovo')).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesQuery(melekhovo, '  ')).toBe(true);
  });
});
