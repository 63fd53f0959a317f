import { describe, expect, it } from 'vitest';
import type { PersonId } from './kinds';
import { recordSchema, type RecordData } from './schema';

const victim = '0192f0c4-1f2a-7b3c-8d4e-5f6a7b8c9d0e' as PersonId;

describe('the RecordData type', () => {
  it('follows the table: required fields required, multi-valued fields arrays, dates typed', () => {
    const incident: RecordData<'incident'> = {
      victim,
      actType: '010000000000',
      methods: ['010100000000'],
      date: { precision: 'range', from: { precision: 'year', value: '2023' } },
      perpetrators: [{ agency: 'fsb' }],
    };
    // @ts-expect-error the victim is required
    const withoutVictim: RecordData<'incident'> = { actType: '010000000000' };
    // @ts-expect-error methods are many
    const oneMethod: RecordData<'incident'> = { victim, actType: '010000000000', methods: 'x' };
    // @ts-expect-error relations are branded ids, not any string
    const plainId: RecordData<'detention'> = { person: 'someone' };
    expect(recordSchema('incident').safeParse(incident).success).toBe(true);
    expect(
      [withoutVictim, oneMethod, plainId].map((r) => recordSchema('incident').safeParse(r).success),
    ).toEqual([false, false, false]);
  });
});
