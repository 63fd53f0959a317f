import { describe, expect, it } from 'vitest';
import { aFacility } from './fixtures.test-helpers';
import { exportFile, formatOfName, readFacilityFile } from './files';

const facilities = [
  aFacility({ names: { ru: 'СИЗО-1 «Матросская тишина»' }, aliases: ['Matrosskaya Tishina'] }),
  aFacility({ coordinates: null, capacity: null }),
];
const bytes = (text: string) => new TextEncoder().encode(text);

describe('facility files', () => {
  it('knows CSV and GeoJSON by the file name', () => {
    expect(formatOfName('register.CSV')).toBe('csv');
    expect(formatOfName('points.geojson')).toBe('geojson');
    expect(formatOfName('points.json')).toBe('geojson');
    expect(formatOfName('register.xlsx')).toBeNull();
  });

  it.each(['csv', 'geojson'] as const)('reads back what it exports as %s', async (format) => {
    const file = exportFile(format, facilities, '2026-12-01');
    expect(file.name).toBe(`facilities-2026-12-01.${format}`);
    const items = await readFacilityFile(format, bytes(file.text));
    expect(items.map((i) => i.id)).toEqual(facilities.map((f) => f.id));
    expect(items[0]?.facility.names).toEqual(facilities[0]?.names);
    expect(items[1]?.facility.coordinates).toBeNull();
  });
});
