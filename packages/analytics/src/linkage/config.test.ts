import { describe, expect, it } from 'vitest';
import { chooseBlockingRules } from './blocking';
import { resolveSettings } from './config';
import { sourceFrom, syntheticPeople } from './fixtures';
import { prepareData } from './prepare';

describe('default settings', () => {
  it('compares names by header, dates by header or content, the rest as text, and swaps given and family names', () => {
    const source = sourceFrom([
      {
        id: '1',
        given_name: 'kayla',
        surname: 'harrington',
        date_of_birth: '19150612',
        postcode: '3465',
        seen: '2021-03-01',
      },
      {
        id: '2',
        given_name: 'lachlan',
        surname: 'berry',
        date_of_birth: '19990219',
        postcode: '4814',
        seen: '2020-12-31',
      },
    ]);
    expect(resolveSettings([source]).comparisons).toEqual([
      { kind: 'name', column: 'given_name', swapWith: 'surname' },
      { kind: 'name', column: 'surname', swapWith: 'given_name' },
      { kind: 'date', column: 'date_of_birth' },
      { kind: 'text', column: 'postcode' },
      { kind: 'date', column: 'seen' },
    ]);
  });

  it('links several sources and deduplicates them by default', () => {
    const a = sourceFrom([{ id: '1', surname: 'x' }]);
    expect(resolveSettings([a]).mode).toBe('dedupe');
    expect(resolveSettings([a, a]).mode).toBe('link-and-dedupe');
  });

  it('blocks on each column alone when that yields few pairs, and on pairs of columns otherwise', () => {
    const { source } = syntheticPeople(300, 5);
    const data = prepareData([source], resolveSettings([source]));
    const { rules, considered } = chooseBlockingRules(data);
    expect(rules).toContainEqual(['birth_date']);
    for (const rule of rules) {
      // No rule of two columns where either column is already a rule alone: it would add nothing.
      if (rule.length === 2)
        expect(rules.some((r) => r.length === 1 && rule.includes(r[0] as string))).toBe(false);
    }
    expect(considered.filter((c) => c.chosen).map((c) => c.rule)).toEqual(
      expect.arrayContaining(rules),
    );
  });
});
