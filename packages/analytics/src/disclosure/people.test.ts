import { describe, expect, it } from 'vitest';
import { auditTable, protectTable, type PeopleCounts, type Table2D } from './table';

// Incidents by region × year; one person suffered all seven incidents of RU-ROS in 2023.
const incidents: Table2D = {
  rows: ['RU-MOS', 'RU-ROS', 'RU-SPE'],
  columns: ['2023', '2024'],
  values: [
    [20, 30],
    [7, 25],
    [15, 40],
  ],
};
const people: PeopleCounts = {
  values: [
    [12, 18],
    [1, 14],
    [9, 22],
  ],
  rowTotals: [25, 15, 28],
  columnTotals: [22, 50],
  total: 60,
};

describe('figures about few people', () => {
  it('are suppressed even when the count itself is large, and cannot be worked out', () => {
    const published = protectTable(incidents, { people });
    expect(published.values[1]?.[0]).toBeNull();
    expect(published.primary).toContainEqual([1, 0]);
    // At least one other figure in its row and column goes too, or it would be a difference.
    expect(published.values[1]?.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
    expect(
      published.values.map((r) => r[0]).filter((v) => v === null).length,
    ).toBeGreaterThanOrEqual(2);
    expect(auditTable(incidents, published, { people }).safe).toBe(true);
  });

  it('are caught by the auditor when published or left recoverable', () => {
    const naive = protectTable(incidents);
    const audit = auditTable(incidents, naive, { people });
    expect(audit.safe).toBe(false);
    expect(audit.problems[0]?.reason).toMatch(/1 to 4 people is published/);

    const alone = {
      ...naive,
      values: naive.values.map((r, i) => r.map((v, j) => (i === 1 && j === 0 ? null : v))),
    };
    const recovered = auditTable(incidents, alone, { people });
    expect(recovered.safe).toBe(false);
    expect(recovered.problems[0]).toMatchObject({ cell: [1, 0], lower: 7, upper: 7 });
  });

  it('refuse people counts of another shape', () => {
    expect(() => protectTable(incidents, { people: { ...people, rowTotals: [1] } })).toThrow(
      /shape of the table/,
    );
  });
});
