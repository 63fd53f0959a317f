import { describe, expect, it } from 'vitest';
import {
  FactTableBuilder,
  factTableOf,
  NO_VICTIM,
  UNKNOWN_DAY,
  type IncidentFact,
} from './fact-table';

const fact = (over: Partial<IncidentFact> & { incident: string }): IncidentFact => ({
  victim: null,
  day: null,
  values: {},
  ...over,
});

describe('the fact table', () => {
  it('keeps several values of a dimension per incident as offsets and codes, repeats dropped', () => {
    const table = factTableOf([
      fact({ incident: 'a', values: { method: ['beating', 'shock', 'beating'] } }),
      fact({ incident: 'b', values: { method: [] } }),
      fact({ incident: 'c', values: { method: ['shock'] } }),
    ]);
    const { dictionary, offsets, codes } = table.coded.method;
    expect(dictionary).toEqual(['beating', 'shock']);
    expect(offsets && [...offsets]).toEqual([0, 2, 3, 4]);
    // Code 2 (= dictionary length) is "unknown": incident b named no method.
    expect([...codes]).toEqual([0, 1, 2, 1]);
  });

  it('stores a dimension without offsets when no incident holds more than one value', () => {
    const table = factTableOf([
      fact({ incident: 'a', values: { region: ['RU-MOS'] } }),
      fact({ incident: 'b' }),
    ]);
    expect(table.coded.region.offsets).toBeNull();
    expect([...table.coded.region.codes]).toEqual([0, 1]);
  });

  it('keeps the incidents of one victim together and those without a victim last', () => {
    const table = factTableOf([
      fact({ incident: 'a', victim: 'p1' }),
      fact({ incident: 'b', victim: null }),
      fact({ incident: 'c', victim: 'p2' }),
      fact({ incident: 'd', victim: 'p1' }),
    ]);
    expect(table.incidents).toEqual(['a', 'd', 'c', 'b']);
    expect([...table.victims]).toEqual([0, 0, 1, NO_VICTIM]);
    expect(table.victimIds).toEqual(['p1', 'p2']);
  });

  it('stores days as days since the epoch and months as month indexes, undated ones as the sentinel', () => {
    const table = factTableOf([
      fact({ incident: 'a', day: '1970-02-01' }),
      fact({ incident: 'b', day: null }),
    ]);
    expect([...table.days]).toEqual([31, UNKNOWN_DAY]);
    expect([...table.months]).toEqual([1970 * 12 + 1, UNKNOWN_DAY]);
    expect(table.monthRange).toEqual({ min: 1970 * 12 + 1, max: 1970 * 12 + 1 });
  });

  it('refuses an incident added twice and an empty id, and keeps the facts added before', () => {
    const builder = new FactTableBuilder();
    builder.add(fact({ incident: 'a' }));
    expect(() => builder.add(fact({ incident: 'a' }))).toThrow(
      expect.objectContaining({ code: 'duplicate_incident' }),
    );
    expect(() => builder.add(fact({ incident: '' }))).toThrow(
      expect.objectContaining({ code: 'invalid_incident' }),
    );
    expect(builder.build().size).toBe(1);
  });

  it('refuses a day that is not an ISO day without adding the fact', () => {
    const builder = new FactTableBuilder();
    expect(() => builder.add(fact({ incident: 'a', day: '2024-02-30' }))).toThrow(
      expect.objectContaining({ code: 'invalid_day' }),
    );
    builder.add(fact({ incident: 'a', day: '2024-02-29' }));
    expect(builder.build().size).toBe(1);
  });

  it('is not changed by facts added to its builder afterwards', () => {
    const builder = new FactTableBuilder();
    builder.add(fact({ incident: 'a', victim: 'p1', values: { sex: ['female'] } }));
    const table = builder.build();
    builder.add(fact({ incident: 'b', victim: 'p2', values: { sex: ['male'] } }));
    expect(table.victimIds).toEqual(['p1']);
    expect(table.coded.sex.dictionary).toEqual(['female']);
  });

  it('is empty for no facts', () => {
    const table = factTableOf([]);
    expect(table.size).toBe(0);
    expect(table.monthRange).toBeNull();
  });
});
