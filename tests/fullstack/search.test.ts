// Search through the real client and the real server: coded filters and date order evaluated by
// the server, a person found by name in another script and word order through blind indexes,
// free text searched on the client after opening; the name searched for never travels.
import type { RecordData } from '@vigil/core';
import { searchRecordText, type RecordView } from '@vigil/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './harness';
import { findLeaks, passwordForms } from './leaks';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

const owner = { email: 'search-owner@example.org', password: 'search owner password, long enough' };

describe('search', () => {
  it('filters on the server, finds people by name blindly and text on the client', async () => {
    const o = stack.client('cli');
    await o.register(owner);
    await o.login(owner);
    const vault = await o.vaults.create({ name: 'Search flow', email: owner.email });

    const victim = await o.records.create(vault.id, 'person', {
      names: ['Тарасов Григорий Олегович'],
      namesAsWritten: ['Grigoriy Tarasov'],
    });
    const other = await o.records.create(vault.id, 'person', { names: ['Анна Смирнова'] });
    const incident = (day: string, methods: string[], narrative: string, person = victim.id) =>
      o.records.create(vault.id, 'incident', {
        victim: person,
        actType: '010000000000',
        date: { precision: 'day', value: day },
        methods,
        perpetrators: [{ agency: 'fsin' }],
        region: 'RU-KRS',
        narrative,
      } as RecordData<'incident'>);
    const early = await incident('2022-02-01', ['010200000000'], 'Избит в ШИЗО конвоем');
    const late = await incident('2023-05-09', ['010200000000'], 'Угрозы следователя');
    await incident('2022-06-01', ['010300000000'], 'Другой эпизод', other.id);

    // Coded filters and date order, evaluated by the server; pages of one follow the cursor.
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await o.records.list(vault.id, 'incident', {
        filter: {
          methods: ['010200000000'],
          agencies: ['fsin'],
          region: 'RU-KRS',
          linkedTo: victim.id,
        },
        sort: '-date',
        limit: 1,
        ...(after === undefined ? {} : { after }),
      });
      seen.push(...page.records.map((r) => r.id));
      after = page.next ?? undefined;
    } while (after !== undefined);
    expect(seen).toEqual([late.id, early.id]);
    const y2022 = await o.records.list(vault.id, 'incident', {
      filter: { from: '2022-01-01', to: '2022-12-31' },
      sort: 'date',
    });
    expect(y2022.records.map((r) => r.data.narrative)).toEqual([
      'Избит в ШИЗО конвоем',
      'Другой эпизод',
    ]);

    // Name lookup: Latin query, other word order, finds the Cyrillic record; nobody else.
    const found = await o.records.findPeople(vault.id, 'Grigory Tarasov');
    expect(found.map((m) => m.record.id)).toEqual([victim.id]);
    expect(await o.records.findPeople(vault.id, 'Smirnova Anna')).toMatchObject([
      { record: { id: other.id } },
    ]);

    // Free text over what the member opened.
    const opened: RecordView[] = (await o.records.list(vault.id, 'incident')).records;
    expect(searchRecordText(opened, 'shizo').map((r) => r.id)).toEqual([early.id]);

    const needles = ['Grigory Tarasov', 'Тарасов', 'Smirnova'].map((value) => ({
      label: value,
      forms: passwordForms(value),
    }));
    expect(findLeaks(stack.requests, needles)).toEqual([]);
  });
});
