import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRecordData, stableJson } from './diff';

describe('the field-level diff between two versions', () => {
  it('lists every present field of the first version as added, in table order', () => {
    const changes = diffRecordData('incident', undefined, {
      narrative: 'x',
      victim: 'v',
      actType: 'a',
    });
    expect(changes.map((c) => c.field)).toEqual(['victim', 'actType', 'narrative']);
    expect(changes.every((c) => c.before === undefined)).toBe(true);
  });

  it('reports changed, added and removed fields, and nothing that stayed', () => {
    const before = { names: ['Anna'], sex: 'female', notes: 'old' };
    const after = { names: ['Anna', 'Ann'], sex: 'female', birthYear: 1980 };
    expect(diffRecordData('person', before, after)).toEqual([
      { field: 'birthYear', before: undefined, after: 1980 },
      { field: 'names', before: ['Anna'], after: ['Anna', 'Ann'] },
      { field: 'notes', before: 'old', after: undefined },
    ]);
  });

  it('does not see a change in the key order of a nested value', () => {
    const a = { date: { precision: 'day', value: '2024-01-01' } };
    const b = { date: { value: '2024-01-01', precision: 'day' } };
    expect(diffRecordData('incident', a, b)).toEqual([]);
  });

  it('finds no change between a record and itself, and a change wherever a value differs (property)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('sex', 'notes', 'names', 'status'), value),
        fc.string(),
        (rec, text) => {
          expect(diffRecordData('person', rec, { ...rec })).toEqual([]);
          const changed = { ...rec, notes: text };
          const diff = diffRecordData('person', rec, changed);
          expect(diff.length).toBe(stableJson(rec['notes']) === stableJson(text) ? 0 : 1);
        },
      ),
    );
  });
});
