import { describe, expect, it } from 'vitest';
import { pageOf, PEOPLE_PAGE_SIZE } from './pagination';

describe('pages of a list', () => {
  const people = Array.from({ length: 120 }, (_, i) => `p${i + 1}`);

  it('show fifty people a page, saying which rows are shown', () => {
    const second = pageOf(people, 1);
    expect(PEOPLE_PAGE_SIZE).toBe(50);
    expect(second.rows).toHaveLength(50);
    expect(second.rows[0]).toBe('p51');
    expect([second.first, second.last, second.total, second.pages]).toEqual([51, 100, 120, 3]);
    const last = pageOf(people, 2);
    expect([last.first, last.last, last.rows.length]).toEqual([101, 120, 20]);
  });

  it('stay within the pages that exist', () => {
    expect(pageOf(people, 9).page).toBe(2);
    expect(pageOf(people, -1).page).toBe(0);
    const empty = pageOf([], 3);
    expect([empty.page, empty.pages, empty.first, empty.last, empty.rows.length]).toEqual([
      0, 1, 0, 0, 0,
    ]);
  });
});
