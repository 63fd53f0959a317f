import {
  nameMatchKeys,
  type AccountId,
  type RecordData,
  type StoredRecord,
  type VaultId,
} from '@vigil/core';
import { blindIndex, generateUserKeys, generateVaultKey, sealJson, uuidv7 } from '@vigil/crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EndpointName } from './endpoints';
import { isApiError } from './errors';
import {
  createRecord,
  getRecord,
  MAX_NAME_INDEXES,
  personNameKeys,
  recordHistory,
  updateRecord,
} from './records';
import { fakeTransport, fakeVaultSummary, unlockedContext } from './test-context';
import type { CallInput, Transport } from './transport';

const vaultId = uuidv7() as VaultId;
const accountId = uuidv7() as AccountId;
const key = generateVaultKey(1);
let userKeys: Awaited<ReturnType<typeof generateUserKeys>>;
beforeAll(async () => {
  userKeys = await generateUserKeys();
});

interface Sent {
  readonly name: EndpointName;
  readonly input: CallInput<EndpointName>;
}

/**
 * A server stand-in at the transport level: it stores what `recordCreate`/`recordUpdate` send as
 * a real server would, and `answer` may replace any answer to play a dishonest server.
 */
const fakeServer = (answer?: (name: EndpointName, stored: StoredRecord) => StoredRecord) => {
  const sent: Sent[] = [];
  const records = new Map<string, StoredRecord>();
  const store = (id: string, body: Record<string, unknown>, version: number): StoredRecord => {
    const { sealed, keyVersion, ...coded } = body.record as Record<string, unknown>;
    delete coded.nameIndexes;
    const now = new Date(0).toISOString();
    const stored = {
      id,
      vaultId,
      kind: body.kind,
      version,
      coded,
      sealed,
      keyVersion,
      deleted: false,
      createdAt: now,
      createdBy: accountId,
      updatedAt: now,
      updatedBy: accountId,
    } as StoredRecord;
    records.set(id, stored);
    return stored;
  };
  const transport = fakeTransport((async (
    name: EndpointName,
    input: CallInput<EndpointName> = {},
  ) => {
    sent.push({ name, input });
    const body = input.body as Record<string, unknown> | undefined;
    const recordId = (input.params as { recordId?: string } | undefined)?.recordId ?? '';
    let result: StoredRecord;
    switch (name) {
      case 'vaultGet':
        return fakeVaultSummary(vaultId);
      case 'recordCreate':
        result = store(String(body?.id), body ?? {}, 1);
        break;
      case 'recordUpdate': {
        const before = records.get(recordId);
        result = store(recordId, body ?? {}, (before?.version ?? 0) + 1);
        break;
      }
      case 'recordGet': {
        const found = records.get(recordId);
        if (found === undefined) throw new Error('not found');
        result = found;
        break;
      }
      case 'recordHistory': {
        const found = records.get(recordId);
        if (found === undefined) throw new Error('not found');
        return {
          id: found.id,
          kind: found.kind,
          versions: [
            {
              version: found.version,
              change: 'create',
              coded: found.coded,
              sealed: found.sealed,
              keyVersion: found.keyVersion,
              deleted: false,
              changedAt: found.createdAt,
              changedBy: accountId,
            },
          ],
        };
      }
      default:
        throw new Error(`unexpected call ${name}`);
    }
    return answer === undefined ? result : answer(name, result);
  }) as Transport['call']);
  const ctx = unlockedContext(transport, userKeys, { [vaultId]: key });
  return { ctx, sent, records };
};

describe('personNameKeys', () => {
  it('gathers the keys of every name, written form and alias, without duplicates', () => {
    const keys = personNameKeys({
      names: ['Иван Петров'],
      namesAsWritten: ['Ivan Petrov'],
      aliases: ['Ваня'],
    });
    for (const name of ['Иван Петров', 'Ivan Petrov', 'Ваня']) {
      expect(nameMatchKeys(name).every((k) => keys.includes(k))).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect(personNameKeys({ notes: 'Иван Петров' })).toEqual([]);
  });

  it('keeps at most what the server stores, with every name’s first key', () => {
    const syllables = ['ба', 'ве', 'го', 'ду', 'жи', 'зо', 'ка', 'ле', 'мо', 'ну'];
    const word = (i: number, stem: string): string =>
      `${stem}${syllables[i % 10]}${syllables[Math.floor(i / 10) % 10]}`;
    const full = (i: number, mark: string): string =>
      `${word(i, `Ми${mark}`)} ${word(i, 'Щу')} ${word(i, 'Хрю')}`;
    const names = Array.from({ length: 20 }, (_, i) => full(i, 'я'));
    const namesAsWritten = Array.from({ length: 50 }, (_, i) => full(i, 'е'));
    const aliases = Array.from({ length: 50 }, (_, i) => full(i, 'ю'));
    const all = [...names, ...namesAsWritten, ...aliases];
    // The case is only interesting when the names have more keys than the server keeps.
    expect(new Set(all.flatMap(nameMatchKeys)).size).toBeGreaterThan(MAX_NAME_INDEXES);
    const keys = personNameKeys({ names, namesAsWritten, aliases });
    expect(keys.length).toBe(MAX_NAME_INDEXES);
    for (const name of all) expect(keys).toContain(nameMatchKeys(name)[0]);
  });
});

describe('records through a fake server', () => {
  it('sends coded fields as they are, the sealed ones only inside the envelope', async () => {
    const server = fakeServer();
    const person: RecordData<'person'> = {
      sex: 'male',
      names: ['Иван Петров'],
      notes: 'секретная заметка',
    };
    const view = await createRecord(server.ctx, vaultId, 'person', person);
    expect(view.data).toEqual(person);
    const create = server.sent.find((s) => s.name === 'recordCreate');
    const text = JSON.stringify(create?.input.body);
    expect(text).toContain('"sex":"male"');
    expect(text).not.toContain('Иван');
    expect(text).not.toContain('секретная');
    const body = create?.input.body as { record: { nameIndexes: string[] } };
    const expected = await Promise.all(
      nameMatchKeys('Иван Петров').map((k) => blindIndex(key, vaultId, k)),
    );
    expect([...body.record.nameIndexes].sort()).toEqual([...new Set(expected)].sort());
  });

  it('sends no name indexes for other kinds', async () => {
    const server = fakeServer();
    const person = await createRecord(server.ctx, vaultId, 'person', {});
    await createRecord(server.ctx, vaultId, 'incident', {
      victim: person.id,
      actType: '010000000000',
    } as never);
    const incident = server.sent.filter((s) => s.name === 'recordCreate')[1];
    expect(incident?.input.body).not.toHaveProperty('record.nameIndexes');
  });

  it('refuses an invalid record before sending it', async () => {
    const server = fakeServer();
    const error = await createRecord(server.ctx, vaultId, 'person', {
      sex: 'dragon',
    } as never).catch((e: unknown) => e);
    expect(isApiError(error, 'validation_failed')).toBe(true);
    expect(server.sent.some((s) => s.name === 'recordCreate')).toBe(false);
  });

  it('updates with the stored kind and the expected version', async () => {
    const server = fakeServer();
    const view = await createRecord(server.ctx, vaultId, 'person', { names: ['А Б'] });
    const updated = await updateRecord(server.ctx, vaultId, view.id, { names: ['В Г'] }, 1);
    expect(updated).toMatchObject({ kind: 'person', version: 2, data: { names: ['В Г'] } });
    const update = server.sent.find((s) => s.name === 'recordUpdate');
    expect(update?.input.body).toMatchObject({ kind: 'person', expectedVersion: 1 });
  });

  it('fails with decrypt_failed when an envelope was sealed under another key', async () => {
    const server = fakeServer();
    const view = await createRecord(server.ctx, vaultId, 'person', { names: ['А Б'] });
    const stored = server.records.get(view.id);
    if (stored === undefined) throw new Error('not stored');
    const otherKey = generateVaultKey(1);
    server.records.set(view.id, {
      ...stored,
      sealed: (await sealJson(
        otherKey,
        { vaultId, kind: 'person', recordId: view.id },
        { names: ['А Б'] },
      )) as StoredRecord['sealed'],
    });
    const error = await getRecord(server.ctx, vaultId, view.id).catch((e: unknown) => e);
    expect(isApiError(error, 'decrypt_failed')).toBe(true);
    const history = await recordHistory(server.ctx, vaultId, view.id).catch((e: unknown) => e);
    expect(isApiError(history, 'decrypt_failed')).toBe(true);
  });

  it('fails with decrypt_failed when an envelope opens to fields of the wrong class', async () => {
    const server = fakeServer();
    const view = await createRecord(server.ctx, vaultId, 'person', { names: ['А Б'] });
    const stored = server.records.get(view.id);
    if (stored === undefined) throw new Error('not stored');
    // A validly sealed payload holding a coded field: joinRecord refuses it.
    server.records.set(view.id, {
      ...stored,
      sealed: (await sealJson(
        key,
        { vaultId, kind: 'person', recordId: view.id },
        { sex: 'male' },
      )) as StoredRecord['sealed'],
    });
    const error = await getRecord(server.ctx, vaultId, view.id).catch((e: unknown) => e);
    expect(isApiError(error, 'decrypt_failed')).toBe(true);
  });

  it('refuses an answer about another record than the one asked for', async () => {
    const server = fakeServer((name, stored) =>
      name === 'recordGet' ? { ...stored, id: uuidv7() } : stored,
    );
    const view = await createRecord(server.ctx, vaultId, 'person', { names: ['А Б'] });
    const error = await getRecord(server.ctx, vaultId, view.id).catch((e: unknown) => e);
    expect(isApiError(error, 'bad_server_response')).toBe(true);
  });
});
