import type { StatsResponse } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { renderStats } from './index';

/** Two incidents in 2024, of one person or of two person records. */
const answer = (linkRun: number | null, victims: number): StatsResponse => ({
  rows: ['2024'],
  columns: ['female'],
  cells: [{ row: '2024', column: 'female', incidents: 2, victims }],
  rowTotals: [{ row: '2024', column: null, incidents: 2, victims }],
  columnTotals: [{ row: null, column: 'female', incidents: 2, victims }],
  total: { incidents: 2, victims },
  multiValued: [],
  basis: { incidents: 2 },
  people: { linkRun },
});
const label = (_dimension: string, value: string | null) => value ?? 'unknown';

describe('vigil stats output', () => {
  it('says distinct victims are the people of the linkage run the server counted by', () => {
    const out = renderStats(answer(4, 1), { rows: 'year' }, 'incidents', label);
    expect(out).toContain('Distinct victims: people after linkage run 4.');
    const two = renderStats(answer(4, 1), { rows: 'year', columns: 'sex' }, 'victims', label);
    expect(two).toContain('distinct victims (people after linkage run 4): year × sex');
  });

  it('says distinct victims are person records when no linkage is saved, in the language asked for', () => {
    expect(renderStats(answer(null, 2), { rows: 'year' }, 'incidents', label)).toContain(
      'Distinct victims: person records; no linkage saved.',
    );
    expect(renderStats(answer(2, 1), { rows: 'year' }, 'incidents', label, 'ru')).toContain(
      'люди после связывания, расчёт 2',
    );
  });

  it('does not label victims in a two-dimension table of incidents', () => {
    const out = renderStats(answer(4, 1), { rows: 'year', columns: 'sex' }, 'incidents', label);
    expect(out).not.toContain('linkage');
  });
});
