import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clusterIdSchema,
  CROCKFORD_ALPHABET,
  isClusterId,
  LINK_RUN_BODY_LIMIT,
  LINK_RUN_MAX_ASSIGNMENTS,
  linkDecisionRequestSchema,
  linkRunRequestSchema,
  newClusterId,
} from './linkage';

const id = (n: number) => `01900000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

describe('pseudonymous cluster ids', () => {
  it('makes ids of P- and 12 Crockford base32 characters that the schema accepts', () => {
    for (let i = 0; i < 1000; i++) {
      const c = newClusterId();
      expect(c).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(clusterIdSchema.safeParse(c).success).toBe(true);
    }
  });

  it('makes a different id each time and uses the whole alphabet', () => {
    const ids = Array.from({ length: 5000 }, () => newClusterId());
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(ids.join('').replaceAll('P-', ''));
    expect([...used].sort().join('')).toBe([...CROCKFORD_ALPHABET].sort().join(''));
  });

  it('refuses anything but P- and 12 characters of the alphabet', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const valid = /^P-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/.test(s);
        expect(isClusterId(s)).toBe(valid);
        expect(clusterIdSchema.safeParse(s).success).toBe(valid);
      }),
    );
    for (const bad of ['P-ILOU00000000', 'p-7K3M9Q2XW4ZD', 'P-7K3M9Q2XW4Z', 'Ivan Petrov']) {
      expect(isClusterId(bad), bad).toBe(false);
    }
  });
});

describe('the linkage request schemas', () => {
  it('refuses a pair of one record and a probability outside 0..1', () => {
    expect(
      linkDecisionRequestSchema.safeParse({ recordA: id(1), recordB: id(1), decision: 'match' })
        .success,
    ).toBe(false);
    expect(
      linkDecisionRequestSchema.safeParse({
        recordA: id(1),
        recordB: id(2),
        decision: 'match',
        probability: 1.01,
      }).success,
    ).toBe(false);
  });

  it('names the second assignment of a record and a setting that is not a number', () => {
    const res = linkRunRequestSchema.safeParse({
      basedOn: null,
      settings: { threshold: 0.9, label: 'x' },
      assignments: [
        { recordId: id(1), clusterId: newClusterId() },
        { recordId: id(1), clusterId: newClusterId() },
      ],
    });
    expect(res.success).toBe(false);
    const paths = res.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('assignments.1.recordId');
    expect(paths).toContain('settings.label');
  });

  it('gives a missing probability as null and keeps the settings numbers', () => {
    const parsed = linkRunRequestSchema.parse({
      basedOn: 3,
      settings: { threshold: 0.5, seed: 42 },
      assignments: [{ recordId: id(1), clusterId: 'P-7K3M9Q2XW4ZD' }],
    });
    expect(parsed.assignments[0]?.probability).toBeNull();
    expect(parsed.settings).toEqual({ threshold: 0.5, seed: 42 });
  });

  it('sizes the body limit for a million assignments of the longest form', () => {
    const one = JSON.stringify({
      recordId: id(1),
      clusterId: 'P-7K3M9Q2XW4ZD',
      probability: 0.12345678901234568,
    });
    expect(LINK_RUN_BODY_LIMIT).toBeGreaterThan(LINK_RUN_MAX_ASSIGNMENTS * (one.length + 1));
  });
});
