import {
  nameMatchKeys,
  type AccountId,
  type RecordData,
  type RecordKind,
  type StoredRecord,
  type VaultId,
} from '@vigil/core';
import { generateUserKeys, generateVaultKey, uuidv7 } from '@vigil/crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EndpointName } from './endpoints';
import { createRecord, listRecords, type RecordView } from './records';
import { findPeople, searchRecordText } from './search';
import { fakeTransport, fakeVaultSummary, unlockedContext } from './test-context';
import type { CallInput, Transport } from './transport';

const vaultId = uuidv7() as VaultId;
const accountId = uuidv7() as AccountId;
const key = generateVaultKey(1);
let userKeys: Awaited<ReturnType<typeof generateUserKeys>>;
beforeAll(async () => {
  userKeys = await generateUserKeys();
});

/**
 * A server stand-in that stores people with their blind indexes and answers name lookups by
 * counting matched indexes, as the real one does. `forge` makes it claim a match for a person
 * whose indexes do not hold any of those asked (a collision, or a dishonest server).
 */
const fakeServer = (forge?: string) => {
  const sent: { name: EndpointName; input: CallInput<EndpointName> }[] = [];
  const people: { stored: StoredRecord; indexes: Set<string> }[] = [];
  const transport = fakeTransport((async (
    name: EndpointName,
    input: CallInput<EndpointName> = {},
  ) => {
    sent.push({ name, input });
    const body = input.body as Record<string, unknown> | undefined;
    if (name === 'vaultGet') return fakeVaultSummary(vaultId);
    if (name === 'recordCreate') {
      const { sealed, keyVersion, nameIndexes, ...coded } = body?.record as Record<string, unknown>;
      const now = new Date(0).toISOString();
      const stored = {
        id: String(body?.id),
        vaultId,
        kind: body?.kind,
        version: 1,
        coded,
        sealed,
        keyVersion,
        deleted: false,
        createdAt: now,
        createdBy: accountId,
        updatedAt: now,
        updatedBy: accountId,
      } as StoredRecord;
      people.push({ stored, indexes: new Set((nameIndexes as string[] | undefined) ?? []) });
      return stored;
    }
    if (name === 'recordNameLookup') {
      const asked = (body?.indexes as string[] | undefined) ?? [];
      const matches = people
        .map((p) => ({
          record: p.stored,
          matched: p.stored.id === forge ? 1 : asked.filter((i) => p.indexes.has(i)).length,
        }))
        .filter((m) => m.matched > 0)
        .sort((a, b) => b.matched - a.matched);
      return { matches };
    }
    if (name === 'recordList') return { records: people.map((p) => p.stored), next: 'opaque' };
    throw new Error(`unexpected call ${name}`);
  }) as Transport['call']);
  const ctx = unlockedContext(transport, userKeys, { [vaultId]: key });
  return { ctx, sent };
};

describe('findPeople through a fake server', () => {
  it('finds a person across scripts and word order, best first, dropping false positives', async () => {
    const { ctx, sent } = fakeServer();
    const ivan = await createRecord(ctx, vaultId, 'person', { names: ['Иван Сергеевич Петров'] });
    const namesake = await createRecord(ctx, vaultId, 'person', {
      names: ['Пётр Иванов'],
      aliases: ['Ivan Petrov'],
    });
    const other = await createRecord(ctx, vaultId, 'person', { names: ['Анна Смирнова'] });
    const forged = fakeServer(other.id);
    for (const r of [ivan, namesake, other]) {
      await createRecord(forged.ctx, vaultId, 'person', r.data);
    }

    const found = await findPeople(ctx, vaultId, 'Petrov Ivan');
    expect(found.map((m) => m.record.id).sort()).toEqual([ivan.id, namesake.id].sort());
    for (const m of found) expect(m.score).toBeGreaterThan(0);
    expect(found.map((m) => m.score)).toEqual([...found.map((m) => m.score)].sort((a, b) => b - a));

    const lookup = sent.find((s) => s.name === 'recordNameLookup');
    const body = JSON.stringify(lookup?.input.body);
    expect(body).not.toMatch(/petrov|ivan/i);
    expect((lookup?.input.body as { indexes: string[] }).indexes.length).toBeLessThanOrEqual(64);

    const forgedFound = await findPeople(forged.ctx, vaultId, 'Петров Иван');
    expect(forgedFound.map((m) => m.record.data.names)).not.toContainEqual(['Анна Смирнова']);
    expect(forgedFound.length).toBe(2);
  });

  it('asks nothing for a name without words', async () => {
    const { ctx, sent } = fakeServer();
    expect(await findPeople(ctx, vaultId, ' - ')).toEqual([]);
    expect(sent).toEqual([]);
  });
});

describe('listRecords with filters', () => {
  it('sends the filter, sort and cursor in the query and nothing sealed', async () => {
    const { ctx, sent } = fakeServer();
    await listRecords(ctx, vaultId, 'person', {
      filter: { groups: ['journalist', 'lawyer'], from: '2022-01-01' },
      sort: '-date',
      after: 'abc',
      limit: 10,
    });
    expect(sent.at(-1)?.input.query).toMatchObject({
      kind: 'person',
      groups: ['journalist', 'lawyer'],
      from: '2022-01-01',
      sort: '-date',
      after: 'abc',
      limit: 10,
    });
  });
});

/** An opened record view, for the pure text search. */
const view = <K extends RecordKind>(kind: K, data: RecordData<K>): RecordView =>
  ({
    id: uuidv7(),
    vaultId,
    kind,
    version: 1,
    data,
    deleted: false,
    keyVersion: 1,
    createdAt: '',
    createdBy: accountId,
    updatedAt: '',
    updatedBy: accountId,
  }) as unknown as RecordView;

describe('searchRecordText', () => {
  const beaten = view('incident', {
    victim: uuidv7(),
    actType: '010000000000',
    narrative: 'Избит сотрудниками ФСИН в ИК-6, следователь Шевченко угрожал.',
    namedPerpetrators: ['Major Kovalenko'],
  } as RecordData<'incident'>);
  const person = view('person', {
    names: ['Zoë Łukasiewicz'],
    notes: 'Café owner',
    sex: 'female',
  } as RecordData<'person'>);
  const views = [beaten, person];

  it('needs every word, in any sealed text field, case- and diacritic-blind', () => {
    expect(searchRecordText(views, 'фсин ИК')).toEqual([beaten]);
    expect(searchRecordText(views, 'kovalenko избит')).toEqual([beaten]);
    expect(searchRecordText(views, 'zoe lukasiewicz cafe')).toEqual([person]);
    expect(searchRecordText(views, 'фсин cafe')).toEqual([]);
  });

  it('matches across Cyrillic and Latin spellings', () => {
    expect(searchRecordText(views, 'Shevchenko')).toEqual([beaten]);
    expect(searchRecordText(views, 'Коваленко')).toEqual([beaten]);
    expect(searchRecordText(views, 'sledovatel')).toEqual([beaten]);
  });

  it('searches sealed text only, never the coded fields', () => {
    expect(searchRecordText(views, 'female')).toEqual([]);
    expect(searchRecordText(views, '010000000000')).toEqual([]);
  });

  it('keeps everything, in order, for an empty query', () => {
    expect(searchRecordText(views, '  ')).toEqual(views);
  });

  it('finds any record by any word of its text, and by that word in upper case', () => {
    const word = fc.stringMatching(/^[a-zа-я]{2,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.nat(), (words, pick) => {
        const record = view('source', { testimony: words.join(' ') } as RecordData<'source'>);
        const chosen = words[pick % words.length] ?? '';
        expect(searchRecordText([person, record], chosen)).toContain(record);
        expect(searchRecordText([person, record], chosen.toUpperCase())).toContain(record);
      }),
    );
  });
});

// nameMatchKeys is what the blind indexes are made of: the two spellings share a key.
it('the fixture names share keys across scripts (so the lookup test is about findPeople)', () => {
  const a = new Set(nameMatchKeys('Иван Сергеевич Петров'));
  expect(nameMatchKeys('Petrov Ivan').some((k) => a.has(k))).toBe(true);
});
