import type { Facility, FacilityId, IsoDay } from '@vigil/core';

/** An ISO day as the schemas brand it. */
export const day = (iso: string): IsoDay => iso as IsoDay;

let next = 1;

/** A facility of the register for tests; every field can be overridden. */
export const aFacility = (overrides: Partial<Facility> = {}): Facility => {
  const n = next++;
  return {
    id: `0192f0c0-0000-7000-8000-${String(n).padStart(12, '0')}` as FacilityId,
    version: 1,
    names: { ru: `ИК-${n} Тестовая`, en: `IK-${n} Testovaya` },
    aliases: [],
    type: 'penal-colony-strict',
    authority: 'fsin',
    region: 'RU-VLA',
    coordinates: { lat: 56.0075, lon: 41.0131, precision: 'settlement' },
    capacity: 1200,
    status: [{ status: 'operating', from: day('1990-01-01') }],
    units: [{ kind: 'shizo' }],
    sources: [
      { title: 'A report', url: 'https://example.org/report', accessed: day('2024-05-01') },
    ],
    sample: false,
    mergedInto: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  };
};
