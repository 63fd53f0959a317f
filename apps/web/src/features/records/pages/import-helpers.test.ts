import type { ImportMapping } from '@vigil/client';
import { describe, expect, it } from 'vitest';
import {
  fitMapping,
  formatOfFile,
  initialMapping,
  saveMapping,
  sheetRowOfError,
} from './import-helpers';

/** An in-memory stand-in for localStorage. */
const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
  };
};

describe('the import screen helpers', () => {
  it('tell CSV and XLSX files apart by extension and refuse anything else', () => {
    expect(formatOfFile('People.CSV')).toBe('csv');
    expect(formatOfFile('export.xlsx')).toBe('xlsx');
    expect(formatOfFile('notes.docx')).toBeUndefined();
  });

  it('start from columns named after fields, then from the saved mapping of that kind', () => {
    const storage = memoryStorage();
    const first = initialMapping('person', ['names', 'Sex', 'whatever'], storage);
    expect(first.saved).toBe(false);
    expect(first.mapping.fields).toEqual({ names: { column: 'names' }, sex: { column: 'Sex' } });

    const custom: ImportMapping = {
      version: 1,
      kind: 'person',
      fields: { names: { column: 'ФИО' }, sex: { column: 'Пол' } },
    };
    expect(saveMapping(custom, storage)).toBe(true);
    const again = initialMapping('person', ['ФИО', 'Пол'], storage);
    expect(again).toEqual({ mapping: custom, saved: true });
    // Saved per kind: an incident file does not get the people mapping.
    expect(initialMapping('incident', ['ФИО'], storage).saved).toBe(false);
  });

  it('drop the columns of a saved mapping that the new file lacks', () => {
    const mapping: ImportMapping = {
      version: 1,
      kind: 'incident',
      fields: {
        victim: { column: 'victim' },
        actType: { column: 'act' },
        perpetrators: { parts: { agency: { column: 'agency' }, type: { column: 'gone' } } },
      },
    };
    expect(fitMapping(mapping, ['victim', 'agency']).fields).toEqual({
      victim: { column: 'victim' },
      perpetrators: { parts: { agency: { column: 'agency' } } },
    });
  });

  it('ignore a broken saved mapping', () => {
    const storage = memoryStorage();
    storage.setItem('vigil.importMapping.person', '{"version": 7');
    expect(initialMapping('person', ['names'], storage).saved).toBe(false);
  });

  it('name the sheet row of an import error given by record index', () => {
    const fields = [{ path: 'rows.2.victim', message: 'no such person' }];
    expect(sheetRowOfError(fields, [2, 3, 7])).toEqual({ row: 7, message: 'no such person' });
    expect(sheetRowOfError([{ path: 'kind', message: 'x' }], [2])).toBeUndefined();
  });
});
