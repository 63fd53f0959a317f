import { describe, expect, it } from 'vitest';
import { RATE_BASES, RATE_DIMENSIONS, STAT_DIMENSIONS, statsQuerySchema } from './statistics';

describe('the statistics query', () => {
  it('takes a rate only by the dimensions its denominator divides into, and says which', () => {
    for (const per of RATE_BASES) {
      for (const rows of STAT_DIMENSIONS) {
        const parsed = statsQuerySchema.safeParse({ rows, rate: { per } });
        expect(parsed.success, `${per} by ${rows}`).toBe(RATE_DIMENSIONS[per].includes(rows));
        if (!parsed.success) {
          expect(parsed.error.issues[0]?.path).toEqual(['rate']);
          expect(parsed.error.issues[0]?.message).toContain('facility-type');
        }
      }
    }
    expect(statsQuerySchema.safeParse({ rows: 'year', rate: { per: 'capacity' } }).success).toBe(
      false,
    );
    expect(statsQuerySchema.safeParse({ rows: 'year', rate: { per: 'detentions' } }).success).toBe(
      true,
    );
  });

  it('applies consent for UN aggregate figures without incidents lacking consent unless asked', () => {
    const q = statsQuerySchema.parse({ rows: 'year', consent: { purpose: 'un-aggregate' } });
    expect(q.consent).toEqual({ purpose: 'un-aggregate', includeUnrecorded: false });
    expect(
      statsQuerySchema.safeParse({ rows: 'year', consent: { purpose: 'internal' } }).success,
    ).toBe(false);
  });
});
