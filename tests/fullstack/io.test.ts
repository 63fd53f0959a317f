// Import and export through the real client and server: records of every kind exported as JSON,
// imported into a new vault (ids remapped, relations kept), exported again, equal modulo ids;
// an import with one bad row writes nothing and names the row; exports follow consent.
import { parseVaultExport, type ExportedRecord, type VaultExport } from '@vigil/client';
import type { RecordData, RecordKind, VaultId } from '@vigil/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './harness';

let stack: Stack;
let client: ReturnType<Stack['client']>;
beforeAll(async () => {
  stack = await startStack();
  client = stack.client('cli');
  const owner = { email: 'io@example.org', password: 'io owner password, long enough' };
  await client.register(owner);
  await client.login(owner);
});
afterAll(async () => {
  await stack.close();
});

/** A vault with one record of every kind, linked, and one deleted incident. */
const fillVault = async (vaultId: VaultId): Promise<void> => {
  const r = client.records;
  const victim = await r.create(vaultId, 'person', {
    names: ['Маркерова Зинаида'],
    sex: 'female',
    birthYear: 1971,
  } as RecordData<'person'>);
  const witness = await r.create(vaultId, 'person', {
    names: ['Witness One'],
  } as RecordData<'person'>);
  const source = await r.create(vaultId, 'source', {
    person: witness.id,
    consent: ['internal', 'courts'],
    testimony: 'Видел, как её били / saw her beaten',
  } as RecordData<'source'>);
  const silent = await r.create(vaultId, 'source', { consent: [] } as RecordData<'source'>);
  const detention = await r.create(vaultId, 'detention', {
    person: victim.id,
    period: { precision: 'range', from: { precision: 'month', value: '2022-03' } },
    notes: 'СИЗО-1',
  } as RecordData<'detention'>);
  const incident = await r.create(vaultId, 'incident', {
    victim: victim.id,
    detention: detention.id,
    sources: [source.id],
    actType: '010000000000',
    methods: ['010000000000'],
    perpetrators: [{ agency: 'mvd' }, { agency: 'police' }],
    date: { precision: 'day', value: '2024-03-05' },
    narrative: 'Избита в камере, "цитата", с запятой',
  } as RecordData<'incident'>);
  const hidden = await r.create(vaultId, 'incident', {
    victim: witness.id,
    sources: [silent.id],
    actType: '010000000000',
  } as RecordData<'incident'>);
  await r.delete(vaultId, hidden.id);
  await r.create(vaultId, 'medical-finding', {
    person: victim.id,
    incident: incident.id,
    findingType: 'bruise',
    description: 'Гематома',
  } as RecordData<'medical-finding'>);
  const intervention = await r.create(vaultId, 'intervention', {
    people: [victim.id],
    incidents: [incident.id],
    kind: 'prosecutor-complaint',
    text: 'Жалоба',
  } as RecordData<'intervention'>);
  await r.create(vaultId, 'reprisal', {
    person: victim.id,
    intervention: intervention.id,
    target: 'survivor',
    details: 'Угрозы',
  } as RecordData<'reprisal'>);
};

/** An export's records by id, without what a new vault changes (times, versions). */
const content = (file: VaultExport, ids?: ReadonlyMap<string, string>) => {
  const swap = (v: unknown): unknown =>
    typeof v === 'string' ? (ids?.get(v) ?? v) : Array.isArray(v) ? v.map(swap) : v;
  return file.records
    .map((rec: ExportedRecord) => ({
      id: swap(rec.id),
      kind: rec.kind,
      deleted: rec.deleted,
      data: Object.fromEntries(Object.entries(rec.data).map(([k, v]) => [k, swap(v)])),
    }))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
};

const jsonOf = async (vaultId: VaultId, purpose: 'backup' | 'courts' = 'backup') => {
  const out = await client.exports.vault(vaultId, { format: 'json', purpose });
  expect(out.files).toHaveLength(1);
  return { file: parseVaultExport(out.files[0]?.content ?? ''), excluded: out.excluded };
};

describe('export and import', () => {
  it('round-trips a vault through a JSON backup into a new vault, equal modulo ids', async () => {
    const a = await client.vaults.create({ name: 'A', email: 'io@example.org' });
    await fillVault(a.id);
    const first = await jsonOf(a.id);
    expect(first.file).toMatchObject({ purpose: 'backup', complete: true, excluded: [] });
    expect(first.file.records).toHaveLength(10);
    const kinds = new Set<RecordKind>(first.file.records.map((rec) => rec.kind));
    expect(kinds.size).toBe(7);

    const b = await client.vaults.create({ name: 'B', email: 'io@example.org' });
    const progress: string[] = [];
    const { ids } = await client.exports.importJson(b.id, JSON.stringify(first.file), {
      onProgress: (p) => progress.push(p.phase),
    });
    expect(ids.size).toBe(10);
    expect(progress).toContain('committing');
    const second = await jsonOf(b.id);
    expect(second.file.records.map((rec) => rec.id).some((id) => ids.has(id))).toBe(false);
    // Equal modulo ids: the first export with every id mapped to its new one is the second.
    expect(content(second.file)).toEqual(content(first.file, ids));
    // The relations point at the new vault's records.
    const newIncident = second.file.records.find((rec) => rec.kind === 'incident' && !rec.deleted);
    expect(second.file.records.map((rec) => rec.id)).toContain(newIncident?.data['victim']);
  });

  it('exports for a purpose only what consent allows, and says what it left out and why', async () => {
    const v = await client.vaults.create({ name: 'C', email: 'io@example.org' });
    await fillVault(v.id);
    const courts = await jsonOf(v.id, 'courts');
    expect(courts.file.complete).toBe(false);
    expect(courts.file.records.map((rec) => rec.kind).sort()).toEqual(
      [
        'detention',
        'incident',
        'intervention',
        'medical-finding',
        'person',
        'person',
        'reprisal',
        'source',
      ].sort(),
    );
    expect(courts.excluded.map((e) => [e.kind, e.reason]).sort()).toEqual(
      [
        ['incident', 'deleted'],
        ['source', 'no-consent'],
      ].sort(),
    );
    const csv = await client.exports.vault(v.id, {
      format: 'csv',
      purpose: 'publication-named',
      sealedFields: ['incident.narrative'],
    });
    expect(csv.files.map((f) => f.name)).toEqual([
      'person.csv',
      'detention.csv',
      'incident.csv',
      'source.csv',
      'medical-finding.csv',
      'intervention.csv',
      'reprisal.csv',
      'monitoring-report.csv',
      'monitoring-finding.csv',
      'excluded.csv',
    ]);
    // Nobody consented to publication: every kind file is a bare header, excluded.csv lists all.
    expect(csv.files.find((f) => f.name === 'excluded.csv')?.content.split('\r\n')).toHaveLength(
      11,
    );
    const internal = await client.exports.vault(v.id, {
      format: 'csv',
      purpose: 'internal',
      sealedFields: ['incident.narrative'],
    });
    const incidents = internal.files.find((f) => f.name === 'incident.csv')?.content ?? '';
    const [header, row] = incidents.split('\r\n');
    expect(header).toContain('narrative');
    expect(header).toContain('perpetrators.agency');
    expect(header).not.toContain('quotes');
    expect(row).toContain('"Избита в камере, ""цитата"", с запятой"');
    expect(row).toContain('mvd;police');
    expect(row).toContain('2024-03-05');
    const people = internal.files.find((f) => f.name === 'person.csv')?.content ?? '';
    expect(people.split('\r\n')[0]).not.toContain('names');
    expect(people).not.toContain('Маркерова');
  });

  it('imports nothing when one row is bad, names the row, then imports the good file', async () => {
    const v = await client.vaults.create({ name: 'D', email: 'io@example.org' });
    const victim = await client.records.create(v.id, 'person', {
      names: ['V'],
    } as RecordData<'person'>);
    const good = (i: number) =>
      ({
        victim: victim.id,
        actType: '010000000000',
        narrative: `n${i}`,
      }) as RecordData<'incident'>;
    const rows = Array.from({ length: 30 }, (_, i) => good(i));
    const bad = [...rows];
    bad[17] = {
      ...good(17),
      victim: '01900000-0000-7000-8000-0000000000ff',
    } as RecordData<'incident'>;
    const error = await client.records
      .importRecords(v.id, 'incident', bad)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual([
      'rows.17.victim',
    ]);
    expect((await client.records.list(v.id, 'incident')).records).toHaveLength(0);
    const { ids } = await client.records.importRecords(v.id, 'incident', rows);
    expect(ids).toHaveLength(30);
    const listed = await client.records.list(v.id, 'incident', { limit: 100 });
    expect(listed.records.map((rec) => rec.id).sort()).toEqual([...ids].sort());
    expect(listed.records.find((rec) => rec.id === ids[3])?.data).toEqual(good(3));
  });

  it('makes imported records findable by coded filters and by the records they name', async () => {
    const v = await client.vaults.create({ name: 'E', email: 'io@example.org' });
    const victim = await client.records.create(v.id, 'person', {
      names: ['W'],
    } as RecordData<'person'>);
    const row = (methods: string[]) =>
      ({ victim: victim.id, actType: '010000000000', methods }) as RecordData<'incident'>;
    const { ids } = await client.records.importRecords(v.id, 'incident', [
      row(['010000000000']),
      row(['010100000000']),
    ]);
    const byMethod = await client.records.list(v.id, 'incident', {
      filter: { methods: ['010100000000'] },
    });
    expect(byMethod.records.map((rec) => rec.id)).toEqual([ids[1]]);
    const linked = await client.records.list(v.id, 'incident', {
      filter: { linkedTo: victim.id },
    });
    expect(linked.records.map((rec) => rec.id).sort()).toEqual([...ids].sort());
  });
});
