import { RECORD_KINDS, fieldsOf, recordSchema, type RecordKind } from '@vigil/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dryRun, type DryRunResult, type ImportProblem } from './dry-run';
import type { ImportMapping } from './mapping';
import { parseTable, type Table } from './parse';

const csv = (text: string): Promise<Table> => parseTable(new TextEncoder().encode(text), 'csv');

const VICTIM = '01890a5d-ac96-774b-bcce-b302099a8057';
const OTHER = '01890a5d-ac96-774b-bcce-b302099a8058';

const incidentMapping = (
  extra: ImportMapping['fields'] = {},
): ImportMapping & { kind: 'incident' } => ({
  version: 1,
  kind: 'incident',
  fields: {
    victim: { column: 'Victim' },
    actType: { column: 'Act' },
    ...extra,
  },
});

const problemsOf = <K extends RecordKind>(result: DryRunResult<K>): ImportProblem[] =>
  result.rows.flatMap((r) => (r.ok ? [] : r.problems));

const recordsOf = <K extends RecordKind>(result: DryRunResult<K>) =>
  result.rows.flatMap((r) => (r.ok ? [r.record] : []));

describe('dryRun: vocabulary matching', () => {
  it('matches terms by their English, Russian or Ukrainian label and by code', async () => {
    const table = await csv(
      [
        'Victim,Act',
        `${VICTIM},Torture`,
        `${VICTIM},Пытки`,
        `${VICTIM},катування`,
        `${VICTIM},020111110000`,
      ].join('\n'),
    );
    const result = await dryRun(table, incidentMapping());
    expect(result.ready).toBe(true);
    expect(recordsOf(result).map((r) => r.actType)).toEqual([
      '020111110000',
      '020111110000',
      '020111110000',
      '020111110000',
    ]);
  });

  it('matches codes only when the mapping says so, and says the label is not a code', async () => {
    const table = await csv(`Victim,Act\n${VICTIM},020111110000\n${VICTIM},Torture\n`);
    const result = await dryRun(
      table,
      incidentMapping({ actType: { column: 'Act', match: 'code' } }),
    );
    expect(result.rows[0]?.ok).toBe(true);
    expect(problemsOf(result)).toMatchObject([
      { row: 3, column: 'Act', field: 'actType', kind: 'unknown-term' },
    ]);
  });

  it("uses the organisation's own words before anything else", async () => {
    const table = await csv(`Victim,Act\n${VICTIM},пытали\n`);
    const result = await dryRun(
      table,
      incidentMapping({ actType: { column: 'Act', values: { Пытали: '020111110000' } } }),
    );
    expect(recordsOf(result)[0]?.actType).toBe('020111110000');
  });

  it('names the candidates of an ambiguous label instead of guessing', async () => {
    const table = await csv(`Victim,Act\n${VICTIM},Surveillance\n`);
    const [problem] = problemsOf(await dryRun(table, incidentMapping()));
    expect(problem).toMatchObject({
      row: 2,
      column: 'Act',
      kind: 'ambiguous-term',
      value: 'Surveillance',
    });
    expect(problem?.candidates?.length).toBeGreaterThan(1);
    for (const code of problem?.candidates ?? []) expect(problem?.message).toContain(code);
  });

  it('suggests the closest terms for a misspelt label', async () => {
    const table = await csv(`Victim,Act\n${VICTIM},Tortrue\n`);
    const [problem] = problemsOf(await dryRun(table, incidentMapping()));
    expect(problem).toMatchObject({ kind: 'unknown-term', field: 'actType', value: 'Tortrue' });
    expect(problem?.candidates).toContain('020111110000');
  });

  it('matches the parts of a group field and pairs them by position', async () => {
    const table = await csv(`Victim,Act,Agency,Type\n${VICTIM},Torture,ФСБ; Полиция,;\n`);
    const result = await dryRun(
      table,
      incidentMapping({
        perpetrators: {
          parts: { agency: { column: 'Agency', values: { ФСБ: 'fsb' } }, type: { column: 'Type' } },
        },
      }),
    );
    expect(problemsOf(result)).toEqual([]);
    expect(recordsOf(result)[0]?.perpetrators).toEqual([{ agency: 'fsb' }, { agency: 'police' }]);
  });
});

describe('dryRun: problems by row and column', () => {
  it('reports the one bad cell of a row with its row and column, and lets the other rows pass', async () => {
    const table = await csv(
      [
        'Victim;Act;Date',
        `${VICTIM};Torture;2024-03-05`,
        `${VICTIM};Torture;2024-02-30`,
        `${OTHER};Пытки;2023`,
      ].join('\r\n'),
    );
    const result = await dryRun(table, incidentMapping({ date: { column: 'Date' } }));
    expect(result.rows.map((r) => r.ok)).toEqual([true, false, true]);
    expect(problemsOf(result)).toMatchObject([
      { row: 3, column: 'Date', field: 'date', kind: 'invalid-date' },
    ]);
    expect(result.summary).toMatchObject({ rows: 3, ok: 2, withProblems: 1 });
    expect(result.summary.problems['invalid-date']).toBe(1);
    expect(result.ready).toBe(false);
  });

  it('reports an empty required cell as missing, and an unmapped required field on the mapping', async () => {
    const table = await csv(`Victim,Act\n${VICTIM},\n`);
    const missing = problemsOf(await dryRun(table, incidentMapping()));
    expect(missing).toMatchObject([
      { row: 2, column: 'Act', field: 'actType', kind: 'missing-required' },
    ]);
    const unmapped = await dryRun(table, {
      version: 1,
      kind: 'incident',
      fields: { victim: { column: 'Victim' } },
    });
    expect(unmapped.mappingProblems).toMatchObject([{ field: 'actType' }]);
    expect(unmapped.summary.problems['missing-required']).toBe(1);
  });

  it('reports a column the file does not have', async () => {
    const table = await csv(`Victim,Act\n${VICTIM},Torture\n`);
    const result = await dryRun(table, incidentMapping({ narrative: { column: 'Story' } }));
    expect(result.mappingProblems).toMatchObject([{ field: 'narrative', column: 'Story' }]);
    expect(result.ready).toBe(false);
  });

  it('reports values the record schema refuses, with the schema message', async () => {
    const table = await csv(`Victim,Act,Region\nnot-an-id,Torture,Moscow\n`);
    const problems = problemsOf(
      await dryRun(table, incidentMapping({ region: { column: 'Region' } })),
    );
    expect(problems.map((p) => [p.column, p.kind])).toEqual([
      ['Victim', 'invalid-value'],
      ['Region', 'invalid-value'],
    ]);
    expect(problems[1]?.message).toContain('ISO 3166-2');
  });

  it('refuses a mapping naming a field the kind does not have, without throwing', async () => {
    const table = await csv(`Victim,Act\n${VICTIM},Torture\n`);
    const result = await dryRun(table, incidentMapping({ colour: { column: 'Act' } }));
    expect(result.mappingProblems[0]?.message).toContain('colour');
    expect(result.ready).toBe(false);
  });
});

describe('dryRun: dates', () => {
  it('reads dates of each precision, unknown dates and periods', async () => {
    const table = await csv(
      [
        'Victim,Act,Date',
        ...['2024-03-05', '2024-03', '2024', '?', '2022-03/..', '/2023'].map(
          (d) => `${VICTIM},Torture,${d}`,
        ),
      ].join('\n'),
    );
    const result = await dryRun(table, incidentMapping({ date: { column: 'Date' } }));
    expect(recordsOf(result).map((r) => r.date)).toEqual([
      { precision: 'day', value: '2024-03-05' },
      { precision: 'month', value: '2024-03' },
      { precision: 'year', value: '2024' },
      { precision: 'unknown' },
      { precision: 'range', from: { precision: 'month', value: '2022-03' } },
      { precision: 'range', to: { precision: 'year', value: '2023' } },
    ]);
  });

  it('reads day-first dates and periods when the mapping says so', async () => {
    const table = await csv(
      `Victim,Act,Date\n${VICTIM},Torture,5.3.2024\n${VICTIM},Torture,03.2022 – 15.05.2022\n`,
    );
    const result = await dryRun(
      table,
      incidentMapping({ date: { column: 'Date', dateFormat: 'dmy' } }),
    );
    expect(recordsOf(result).map((r) => r.date)).toEqual([
      { precision: 'day', value: '2024-03-05' },
      {
        precision: 'range',
        from: { precision: 'month', value: '2022-03' },
        to: { precision: 'day', value: '2022-05-15' },
      },
    ]);
  });

  it('refuses a period where the field takes one date', async () => {
    const table = await csv('Birth\n1980/1985\n1980-04\n');
    const result = await dryRun(table, {
      version: 1,
      kind: 'person',
      fields: { birthDate: { column: 'Birth' } },
    });
    expect(problemsOf(result)).toMatchObject([
      { row: 2, kind: 'invalid-date', field: 'birthDate' },
    ]);
    expect(result.rows[1]?.ok).toBe(true);
  });
});

describe('dryRun: multi-valued fields and other types', () => {
  const personMapping: ImportMapping & { kind: 'person' } = {
    version: 1,
    kind: 'person',
    fields: {
      names: { column: 'Name', separator: '|' },
      groups: { column: 'Groups' },
      sex: { column: 'Sex' },
      birthYear: { column: 'Born' },
      citizenship: { column: 'Citizenship', separator: ',' },
    },
  };

  it('splits multi-valued cells, matches each value and drops repeats', async () => {
    const table = await csv(
      'Name;Groups;Sex;Born;Citizenship\n' +
        'Олена Петренко|Елена Петренко;"Журналист; journalist ;Правозахисник";female;1985;"ua, ru"\n',
    );
    const result = await dryRun(table, personMapping);
    expect(problemsOf(result)).toEqual([]);
    expect(recordsOf(result)[0]).toEqual({
      names: ['Олена Петренко', 'Елена Петренко'],
      groups: ['journalist', 'human-rights-defender'],
      sex: 'female',
      birthYear: 1985,
      citizenship: ['UA', 'RU'],
    });
  });

  it('reports too many values, an unknown enum value and a number that is not whole', async () => {
    const citizenships = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF'].join(',');
    const table = await csv(
      `Name;Groups;Sex;Born;Citizenship\nX;;woman;1985.5;"${citizenships}"\n`,
    );
    const problems = problemsOf(await dryRun(table, personMapping));
    expect(problems.map((p) => [p.column, p.kind]).sort()).toEqual([
      ['Born', 'invalid-number'],
      ['Citizenship', 'too-many-values'],
      ['Sex', 'unknown-value'],
    ]);
  });

  it('refuses a term that belongs in another field, naming that field', async () => {
    const table = await csv('Name;Groups;Sex;Born;Citizenship\nX;ЛГБТ;;;\n');
    const [problem] = problemsOf(await dryRun(table, personMapping));
    expect(problem).toMatchObject({ column: 'Groups', field: 'groups', kind: 'invalid-value' });
    expect(problem?.message).toContain('groupsLgbtq');
  });

  it('shares one groups column among the groups fields, each taking its own terms', async () => {
    const table = await csv('Groups\n"журналист; ЛГБТ; Свидетель Иеговы"\nЛГБТ\n');
    const result = await dryRun(table, {
      version: 1,
      kind: 'person',
      fields: {
        groups: { column: 'Groups' },
        groupsLgbtq: { column: 'Groups' },
        groupsReligion: { column: 'Groups' },
      },
    });
    expect(problemsOf(result)).toEqual([]);
    expect(recordsOf(result)).toEqual([
      { groups: ['journalist'], groupsLgbtq: ['lgbtq'], groupsReligion: ['jehovahs-witness'] },
      { groupsLgbtq: ['lgbtq'] },
    ]);
  });

  it('fills a field from a constant of the mapping', async () => {
    const table = await csv('Name\nX\n');
    const result = await dryRun(table, {
      version: 1,
      kind: 'person',
      fields: { names: { column: 'Name' }, status: { constant: 'detained' } },
    });
    expect(recordsOf(result)[0]).toEqual({ names: ['X'], status: 'detained' });
  });
});

describe('dryRun: progress', () => {
  it('reports progress batch by batch up to the total', async () => {
    const rows = Array.from(
      { length: 23 },
      (_, i) => `${VICTIM},${i % 5 === 0 ? 'nonsense' : 'Torture'}`,
    );
    const table = await csv(['Victim,Act', ...rows].join('\n'));
    const calls: [number, number][] = [];
    const result = await dryRun(table, incidentMapping(), {
      batchSize: 5,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [5, 23],
      [10, 23],
      [15, 23],
      [20, 23],
      [23, 23],
    ]);
    expect(result.summary).toMatchObject({ rows: 23, ok: 18, withProblems: 5 });
    expect(result.summary.problems['unknown-term']).toBe(5);
  });

  it('stops between batches when its signal is aborted', async () => {
    const table = await csv(
      ['Victim,Act', ...Array.from({ length: 10 }, () => `${VICTIM},Torture`)].join('\n'),
    );
    const controller = new AbortController();
    const run = dryRun(table, incidentMapping(), {
      batchSize: 2,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 4) controller.abort(new Error('stopped'));
      },
    });
    await expect(run).rejects.toThrow('stopped');
  });
});

describe('dryRun on random cells', () => {
  const kind = fc.constantFrom(...RECORD_KINDS);
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '',
      '?',
      '2024-02-30',
      '1.2.3',
      ';;',
      'Пытки',
      'Surveillance',
      '2022/..',
      '-1',
      '1e9',
    ),
  );

  it('never throws and answers every row with a valid record or its problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        kind,
        fc.array(fc.array(text, { minLength: 1, maxLength: 40 }), { maxLength: 6 }),
        fc.record(
          {
            separator: fc.constantFrom(';', ',', '|', ' '),
            dateFormat: fc.constantFrom('iso', 'dmy', 'mdy'),
            match: fc.constantFrom('label-or-code', 'code'),
            values: fc.dictionary(
              text.filter((t) => t !== ''),
              fc.constantFrom('x', 'torture', 'fsb'),
            ),
          },
          { requiredKeys: [] },
        ),
        async (k, cells, options) => {
          const fields = fieldsOf(k);
          const columns = fields.map(([name]) => name);
          const table: Table = {
            columns,
            rows: cells.map((row) => columns.map((_, i) => row[i % row.length] ?? '')),
            rowNumbers: cells.map((_, i) => i + 2),
          };
          const mapping: ImportMapping = {
            version: 1,
            kind: k,
            fields: Object.fromEntries(
              fields.map(([name, spec]) => [
                name,
                spec.type === 'group'
                  ? {
                      parts: Object.fromEntries(
                        Object.keys(spec.parts ?? {}).map((p) => [p, { column: name, ...options }]),
                      ),
                    }
                  : { column: name, ...options },
              ]),
            ),
          };
          const result = await dryRun(table, mapping);
          expect(result.rows).toHaveLength(cells.length);
          for (const row of result.rows) {
            if (row.ok) expect(recordSchema(k).safeParse(row.record).success).toBe(true);
            else expect(row.problems.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
