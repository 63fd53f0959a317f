import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excludedCsv, kindCsv } from './csv';
import { carriesField, SEALED_FIELD_NAMES, withChosenFields, type ExportedRecord } from './format';

const record = (data: Record<string, unknown>): ExportedRecord => ({
  id: '01900000-0000-7000-8000-000000000001',
  kind: 'incident',
  deleted: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  data,
});
const parse = (csv: string) => Papa.parse<string[]>(csv.trim()).data;

describe('CSV export', () => {
  it('writes codes, joined lists, group parts by position and dates in their text form', () => {
    const [header, row] = parse(
      kindCsv(
        'incident',
        [
          record({
            victim: '01900000-0000-7000-8000-000000000002',
            actType: '010000000000',
            methods: ['010000000000', '010100000000'],
            perpetrators: [{ agency: 'mvd' }, { type: 'x', agency: 'police' }],
            date: { precision: 'range', from: { precision: 'month', value: '2022-03' } },
          }),
        ],
        'none',
      ),
    );
    const at = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(at('methods')).toBe('010000000000;010100000000');
    expect(at('perpetrators.agency')).toBe('mvd;police');
    expect(at('perpetrators.type')).toBe(';x');
    expect(at('date')).toBe('2022-03/..');
    expect(header).not.toContain('narrative');
  });

  it('carries only the sealed columns chosen, and escapes text a spreadsheet would run', () => {
    const csv = kindCsv(
      'incident',
      [record({ narrative: '=HYPERLINK("http://x")', quotes: ['q'] })],
      ['incident.narrative'],
    );
    const [header, row] = parse(csv);
    expect(header).toContain('narrative');
    expect(header).not.toContain('quotes');
    expect(row?.[header?.indexOf('narrative') ?? -1]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('lists excluded records with their reason', () => {
    expect(
      parse(
        excludedCsv([
          { kind: 'source', id: 'i', reason: 'no-consent', message: 'The person did not agree.' },
        ]),
      ),
    ).toEqual([
      ['kind', 'id', 'reason', 'message'],
      ['source', 'i', 'no-consent', 'The person did not agree.'],
    ]);
  });
});

describe('sealed field choice', () => {
  it('keeps coded fields always and sealed ones only when chosen', () => {
    expect(carriesField('incident', 'victim', 'none')).toBe(true);
    expect(carriesField('incident', 'narrative', 'none')).toBe(false);
    expect(carriesField('incident', 'narrative', ['incident.narrative'])).toBe(true);
    expect(carriesField('person', 'names', ['incident.narrative'])).toBe(false);
    expect(withChosenFields('person', { names: ['A'], sex: 'female' }, 'none')).toEqual({
      sex: 'female',
    });
    expect(SEALED_FIELD_NAMES).toContain('person.names');
    expect(SEALED_FIELD_NAMES).not.toContain('incident.victim');
  });
});
