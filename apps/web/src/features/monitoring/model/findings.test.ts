import { describe, expect, it } from 'vitest';
import { findingsByHeading, followUpCounts, followUpTone, type OverviewFinding } from './findings';

const finding = (over: Partial<OverviewFinding>): OverviewFinding => ({
  id: 'f',
  report: 'r',
  heading: 'ill-treatment',
  kind: 'recommendation',
  followUp: 'open',
  followUpDate: null,
  ...over,
});

describe('findings of monitoring reports', () => {
  it('are grouped under CPT headings in the order of a CPT report, latest follow-up first', () => {
    const groups = findingsByHeading([
      finding({ id: 'a', heading: 'conditions.food' }),
      finding({ id: 'b', heading: 'ill-treatment', followUpDate: '2024-01-01' }),
      finding({ id: 'c', heading: 'ill-treatment', followUpDate: '2025-01-01' }),
      finding({ id: 'd', heading: 'safeguards.lawyer' }),
    ]);
    expect(groups.map((g) => g.heading)).toEqual([
      'ill-treatment',
      'safeguards.lawyer',
      'conditions.food',
    ]);
    expect(groups[0]?.findings.map((f) => f.id)).toEqual(['c', 'b']);
  });

  it('are counted by follow-up status in the table’s order, empty statuses left out', () => {
    expect(
      followUpCounts([
        finding({ followUp: 'implemented' }),
        finding({ followUp: 'open' }),
        finding({ followUp: 'open' }),
      ]),
    ).toEqual([
      { status: 'open', count: 2 },
      { status: 'implemented', count: 1 },
    ]);
  });

  it('show settled, failing and open follow-ups in different tones', () => {
    expect(followUpTone('implemented')).toBe('ok');
    expect(followUpTone('not-implemented')).toBe('bad');
    expect(followUpTone('in-progress')).toBe('open');
  });
});
