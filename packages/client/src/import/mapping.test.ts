import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { dryRun } from './dry-run';
import {
  importMappingSchema,
  mappingFromColumns,
  parseImportMapping,
  type ImportMapping,
} from './mapping';
import { parseTable } from './parse';

const saved: ImportMapping = {
  version: 1,
  name: 'Memorial spreadsheet 2023',
  kind: 'incident',
  fields: {
    victim: { column: 'ID жертвы' },
    actType: { column: 'Вид нарушения', values: { пытали: '020111110000' } },
    date: { column: 'Дата', dateFormat: 'dmy' },
    methods: { column: 'Методы', separator: ',', match: 'label-or-code' },
    perpetrators: { parts: { agency: { column: 'Ведомство' } }, separator: ';' },
    confidentiality: { constant: 'restricted' },
  },
};

describe('import mappings', () => {
  it('survive being saved as JSON and read back', () => {
    const parsed = parseImportMapping(JSON.parse(JSON.stringify(saved)));
    expect(parsed.success && parsed.data).toEqual(saved);
  });

  it('refuse a field the kind does not have, naming it', () => {
    const parsed = parseImportMapping({
      ...saved,
      fields: { ...saved.fields, colour: { column: 'x' } },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain('"colour"');
  });

  it('refuse parts on a plain field, a plain source for a group, and an unknown part', () => {
    const bad = [
      { actType: { parts: { agency: { column: 'x' } } } },
      { perpetrators: { column: 'x' } },
      { perpetrators: { parts: { rank: { column: 'x' } } } },
    ];
    for (const fields of bad) {
      expect(importMappingSchema.safeParse({ version: 1, kind: 'incident', fields }).success).toBe(
        false,
      );
    }
  });

  it('refuse an unknown option, a kind that does not exist and a source with both column and constant', () => {
    const bad: unknown[] = [
      { version: 1, kind: 'incident', fields: { actType: { column: 'x', colour: 'red' } } },
      { version: 1, kind: 'meeting', fields: {} },
      { version: 1, kind: 'incident', fields: { actType: { column: 'x', constant: 'y' } } },
      { version: 2, kind: 'incident', fields: {} },
    ];
    for (const m of bad) expect(parseImportMapping(m).success).toBe(false);
  });

  it('read an XLSX file end to end: dates typed as dates and labels in Russian', async () => {
    const blob = await writeXlsxFile([
      [
        { value: 'ID жертвы' },
        { value: 'Вид нарушения' },
        { value: 'Дата' },
        { value: 'Методы' },
        { value: 'Ведомство' },
      ],
      [
        { value: '01890a5d-ac96-774b-bcce-b302099a8057' },
        { value: 'пытали' },
        { value: new Date(Date.UTC(2023, 5, 1)), type: Date, format: 'dd.mm.yyyy' },
        { value: 'Избиение как способ убийства, 010100000000' },
        { value: 'ФСБ;Полиция' },
      ],
    ]).toBlob();
    const table = await parseTable(new Uint8Array(await blob.arrayBuffer()), 'xlsx');
    const result = await dryRun(table, { ...saved, kind: 'incident' });
    const [row] = result.rows;
    expect(row?.ok && row.record).toEqual({
      victim: '01890a5d-ac96-774b-bcce-b302099a8057',
      actType: '020111110000',
      date: { precision: 'day', value: '2023-06-01' },
      methods: ['010200000000', '010100000000'],
      perpetrators: [{ agency: 'fsb' }, { agency: 'police' }],
      confidentiality: 'restricted',
    });
  });
});

describe('mappingFromColumns', () => {
  it('maps each field to the column of its name, group parts to field.part columns', () => {
    const mapping = mappingFromColumns('incident', [
      'id',
      'Victim',
      'date',
      'perpetrators.agency',
      'unknown',
    ]);
    expect(mapping).toEqual({
      version: 1,
      kind: 'incident',
      fields: {
        victim: { column: 'Victim' },
        date: { column: 'date' },
        perpetrators: { parts: { agency: { column: 'perpetrators.agency' } } },
      },
    });
    expect(parseImportMapping(mapping).success).toBe(true);
  });
});
