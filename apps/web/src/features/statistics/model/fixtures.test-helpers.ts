import type { StatsResponse } from '@vigil/core';

/**
 * Incidents by year × method: A (2024; beating and isolation), B (2025; beating, victim 1),
 * C (2025; isolation, victim 1 again), D (undated; no method). Cells add up to more than the
 * totals, as they do when an incident has several methods.
 */
export const yearByMethod: StatsResponse = {
  rows: ['2024', '2025', null],
  columns: ['030101000000', '031800000000', null],
  cells: [
    { row: '2024', column: '030101000000', incidents: 1, victims: 1 },
    { row: '2024', column: '031800000000', incidents: 1, victims: 1 },
    { row: '2025', column: '030101000000', incidents: 1, victims: 1 },
    { row: '2025', column: '031800000000', incidents: 1, victims: 1 },
    { row: null, column: null, incidents: 1, victims: 0 },
  ],
  rowTotals: [
    { row: '2024', column: null, incidents: 1, victims: 1 },
    { row: '2025', column: null, incidents: 2, victims: 1 },
    { row: null, column: null, incidents: 1, victims: 0 },
  ],
  columnTotals: [
    { row: null, column: '030101000000', incidents: 2, victims: 2 },
    { row: null, column: '031800000000', incidents: 2, victims: 2 },
    { row: null, column: null, incidents: 1, victims: 0 },
  ],
  total: { incidents: 4, victims: 2 },
  multiValued: ['method'],
  basis: { incidents: 4 },
  people: { linkRun: null },
};
