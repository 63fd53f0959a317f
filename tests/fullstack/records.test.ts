// Records through the real client and the real server: a documenter seals a person and an
// incident, reads them back, updates with a version, sees the history; a viewer reads; a
// tampered or moved envelope fails with decrypt_failed; no sealed text travels in plaintext.
import type { RecordData } from '@vigil/core';
import { isApiError } from '@vigil/client';
import { sql } from 'kysely';
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

const owner = { email: 'owner@example.org', password: 'owner password, long enough' };
const documenter = { email: 'doc@example.org', password: 'documenter password, long enough' };
const viewer = { email: 'viewer@example.org', password: 'viewer password, long enough' };

/** Sealed field values whose text must never reach the server in plaintext. */
const MARKERS = {
  name: 'Маркерова Зинаида Кондратьевна',
  alias: 'Zinaida Markerova-Canary',
  narrative: 'Canary narrative: избиение в камере ШИЗО-7731',
  updated: 'Canary update: перевод в больницу 4417',
} as const;

/** Replaces one record's stored envelope behind the server's back. */
const setSealed = async (s: Stack, recordId: string, sealed: string): Promise<void> => {
  await sql`UPDATE records SET sealed = ${sealed} WHERE id = ${recordId}`.execute(s.db.kysely);
};

/** One character of an envelope changed, well inside the ciphertext. */
const flipOneChar = (envelope: string): string => {
  const at = envelope.length - 10;
  const replacement = envelope[at] === 'A' ? 'B' : 'A';
  return envelope.slice(0, at) + replacement + envelope.slice(at + 1);
};

describe('records sealed on the client', () => {
  it('are created, read, updated, deleted, restored and kept in history without leaking', async () => {
    const o = stack.client('web');
    const d = stack.client('cli');
    const v = stack.client('cli');
    await o.register(owner);
    await d.register(documenter);
    await v.register(viewer);
    await o.login(owner);
    await d.login(documenter);
    await v.login(viewer);
    const vault = await o.vaults.create({ name: 'Records flow', email: owner.email });
    await o.vaults.invite(vault.id, { email: documenter.email, role: 'documenter' });
    await o.vaults.invite(vault.id, { email: viewer.email, role: 'viewer' });
    await d.vaults.accept(vault.id);
    await v.vaults.accept(vault.id);

    const personData: RecordData<'person'> = {
      sex: 'female',
      birthYear: 1971,
      names: [MARKERS.name],
      aliases: [MARKERS.alias],
    };
    const person = await d.records.create(vault.id, 'person', personData);
    expect(person).toMatchObject({ kind: 'person', version: 1, deleted: false, keyVersion: 1 });
    expect(person.data).toEqual(personData);

    const incidentData = {
      victim: person.id,
      actType: '010000000000',
      date: { precision: 'day', value: '2024-03-05' },
      narrative: MARKERS.narrative,
    } as RecordData<'incident'>;
    const incident = await d.records.create(vault.id, 'incident', incidentData);
    expect(incident.data).toEqual(incidentData);

    // Read back, by id and by list, by the documenter and by a viewer.
    expect(await d.records.get(vault.id, person.id)).toEqual(person);
    const viewed = await v.records.get(vault.id, incident.id);
    expect(viewed.kind === 'incident' && viewed.data).toEqual(incidentData);
    const people = await v.records.list(vault.id, 'person');
    expect(people).toEqual({ records: [person], next: null });
    expect((await d.records.list(vault.id, 'incident')).records.map((r) => r.id)).toEqual([
      incident.id,
    ]);

    // The person is findable by the blind indexes of her names (the server holds only HMACs).
    const indexes = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM record_name_indexes WHERE record_id = ${person.id}
    `.execute(stack.db.kysely);
    expect(indexes.rows[0]?.n).toBeGreaterThan(1);

    // An update names the version it replaces; a stale version is a conflict.
    const changed = { ...incidentData, narrative: MARKERS.updated };
    const updated = await d.records.update(vault.id, incident.id, changed, incident.version);
    expect(updated).toMatchObject({ id: incident.id, kind: 'incident', version: 2 });
    expect(updated.data).toEqual(changed);
    await expect(
      d.records.update(vault.id, incident.id, incidentData, incident.version),
    ).rejects.toMatchObject({ status: 409, code: 'conflict' });
    await expect(
      v.records.update(vault.id, incident.id, incidentData, updated.version),
    ).rejects.toMatchObject({ status: 403 });

    // Soft delete and restore are versions too; the history opens every one of them.
    expect(await d.records.delete(vault.id, incident.id)).toMatchObject({
      deleted: true,
      version: 3,
    });
    expect((await d.records.list(vault.id, 'incident')).records).toEqual([]);
    expect(
      (await d.records.list(vault.id, 'incident', { deleted: 'only' })).records.map((r) => r.id),
    ).toEqual([incident.id]);
    expect(await d.records.restore(vault.id, incident.id)).toMatchObject({
      deleted: false,
      version: 4,
    });
    const history = await v.records.history(vault.id, incident.id);
    expect(history.kind).toBe('incident');
    expect(
      history.versions.map(({ version, change, deleted, data }) => ({
        version,
        change,
        deleted,
        data,
      })),
    ).toEqual([
      { version: 1, change: 'create', deleted: false, data: incidentData },
      { version: 2, change: 'update', deleted: false, data: changed },
      { version: 3, change: 'delete', deleted: true, data: changed },
      { version: 4, change: 'restore', deleted: false, data: changed },
    ]);

    // Nothing sealed went to the server in plaintext, in any encoding.
    const needles = Object.entries(MARKERS).map(([label, value]) => ({
      label,
      forms: passwordForms(value),
    }));
    expect(findLeaks(stack.requests, needles)).toEqual([]);
    expect(stack.requests.some((r) => r.body.includes('"sealed"'))).toBe(true);
  });

  it('refuses an envelope that was altered or moved to another record', async () => {
    const o = stack.client('cli');
    await o.register({ email: 'tamper@example.org', password: 'tamper password, long enough' });
    await o.login({ email: 'tamper@example.org', password: 'tamper password, long enough' });
    const vault = await o.vaults.create({ name: 'Tamper', email: 'tamper@example.org' });
    const a = await o.records.create(vault.id, 'person', { names: ['Иван Петров'] });
    const b = await o.records.create(vault.id, 'person', { names: ['Пётр Иванов'] });
    const rows = await sql<{ id: string; sealed: string }>`
      SELECT id, sealed FROM records WHERE id IN (${a.id}, ${b.id})
    `.execute(stack.db.kysely);
    const sealedOf = (id: string): string => {
      const row = rows.rows.find((r) => r.id === id);
      if (row === undefined) throw new Error(`no row for ${id}`);
      return row.sealed;
    };

    await setSealed(stack, a.id, flipOneChar(sealedOf(a.id)));
    const altered = await o.records.get(vault.id, a.id).catch((e: unknown) => e);
    expect(isApiError(altered, 'decrypt_failed')).toBe(true);

    // b's own, intact envelope under a's id: the AAD binds the record id.
    await setSealed(stack, a.id, sealedOf(b.id));
    const moved = await o.records.get(vault.id, a.id).catch((e: unknown) => e);
    expect(isApiError(moved, 'decrypt_failed')).toBe(true);
    await expect(o.records.list(vault.id, 'person')).rejects.toMatchObject({
      code: 'decrypt_failed',
    });

    await setSealed(stack, a.id, sealedOf(a.id));
    expect((await o.records.get(vault.id, a.id)).data).toEqual({ names: ['Иван Петров'] });
  });

  it('keeps a testimony of the longest length allowed, in Cyrillic, and reads it back', async () => {
    const o = stack.client('cli');
    await o.register({ email: 'long@example.org', password: 'long testimony password, long' });
    await o.login({ email: 'long@example.org', password: 'long testimony password, long' });
    const vault = await o.vaults.create({ name: 'Long', email: 'long@example.org' });
    // 200,000 characters, 400 kB in UTF-8: the longest testimony a source may hold.
    const testimony = 'Меня били током. '.repeat(12_000).slice(0, 200_000);
    const source = await o.records.create(vault.id, 'source', { testimony });
    expect(source.data).toEqual({ testimony });
    expect((await o.records.get(vault.id, source.id)).data).toEqual({ testimony });
  });
});
