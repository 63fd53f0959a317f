// Issue 3, point 9: people, incidents and sources whose sealed fields hold Cyrillic and Latin
// marker strings go through the whole stack (the real `vigil serve`, the real client). None of
// the markers may appear in the embedded database files, a PostgreSQL dump, the server's logs or
// any HTTP response; the client that holds the vault key still reads every record back intact.
import { execFileSync } from 'node:child_process';
import { createVigilClient, type VigilClient } from '@vigil/client';
import type { RecordData, VaultId } from '@vigil/core';
import { startVigil, type RunningServer } from '@vigil/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../apps/server/src/platform/db';
import { TEST_KDF } from '../fullstack/harness';
import { filesUnder, formsOf, occurrences } from './scan';

const tag = Date.now().toString(36);
/** Sealed values: each must stay inside envelopes whatever the engine. */
const markers = {
  personName: `Канареечкина Серафима ${tag}`,
  personLatin: `Serafima Kanareechkina ${tag}`,
  alias: `Птичка-${tag}`,
  contact: `+7 999 ${tag} канарейка`,
  address: `ул. Канареечная, д. ${tag}`,
  document: `паспорт 4510 ${tag}`,
  narrative: `Канарейка: удары током в СИЗО, камера ${tag}`,
  perpetrator: `майор Канарейкин ${tag}`,
  location: `Canary cell block ${tag}`,
  quote: `«Говори, или…» canary-${tag}`,
  who: `сестра Канареечкиной ${tag}`,
  testimony: `Canary testimony: she was beaten in the van ${tag}`,
} as const;

const people: RecordData<'person'>[] = [
  {
    sex: 'female',
    birthYear: 1984,
    names: [markers.personName],
    namesAsWritten: [markers.personLatin],
    aliases: [markers.alias],
    contacts: [markers.contact],
    addresses: [markers.address],
    identityDocuments: [markers.document],
  },
];

/** What every response body looked like, with the route it answered. */
interface Seen {
  readonly route: string;
  readonly body: string;
}

/** A client whose every request and answer is kept for the scan. */
const recordingClient = (url: string, seen: Seen[]): VigilClient =>
  createVigilClient({
    baseUrl: url,
    mode: 'cli',
    kdf: TEST_KDF,
    fetch: async (input, init) => {
      const answer = await fetch(input, init);
      const route = `${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`;
      seen.push({ route: `${route} (request)`, body: `${String(input)}\n${String(init?.body)}` });
      seen.push({ route, body: await answer.clone().text() });
      return answer;
    },
  });

const leaksIn = (text: string): string[] =>
  Object.entries(markers)
    .filter(([, value]) => formsOf(value).some((form) => text.includes(form)))
    .map(([label]) => label);

const baseUrl = process.env.VIGIL_TEST_DATABASE_URL;
const engines = baseUrl === undefined || baseUrl === '' ? ['pglite'] : ['pglite', 'postgres'];

describe.each(engines)('the records canary on %s', (engine) => {
  let server: RunningServer;
  let database: { url: string; drop: () => Promise<void> } | undefined;
  const seen: Seen[] = [];
  const ids: string[] = [];
  let vaultId = '' as VaultId;
  let readBack: unknown[] = [];
  let expected: unknown[] = [];

  beforeAll(async () => {
    if (engine === 'postgres' && baseUrl !== undefined) {
      database = await createScratchDatabase(baseUrl, 'vigil_canary');
    }
    server = await startVigil({
      VIGIL_LOG_LEVEL: 'trace',
      ...(database === undefined ? {} : { VIGIL_DATABASE_URL: database.url }),
    });
    const ana = recordingClient(server.url, seen);
    const outsider = recordingClient(server.url, seen);
    const ana_ = { email: `ana.${tag}@example.org`, password: `ana's long passphrase ${tag}` };
    const out_ = { email: `out.${tag}@example.org`, password: `outsider passphrase ${tag}` };
    await ana.register(ana_);
    await outsider.register(out_);
    await ana.login(ana_);
    await outsider.login(out_);
    vaultId = (await ana.vaults.create({ name: `Canary vault ${tag}`, email: ana_.email })).id;

    const person = await ana.records.create(vaultId, 'person', people[0] ?? {});
    const source: RecordData<'source'> = {
      person: person.id,
      connection: '020000000000',
      consent: ['internal', 'un-bodies'],
      who: markers.who,
      testimony: markers.testimony,
    } as RecordData<'source'>;
    const src = await ana.records.create(vaultId, 'source', source);
    const incident = {
      victim: person.id,
      sources: [src.id],
      actType: '010000000000',
      date: { precision: 'month', value: '2024-03' },
      narrative: markers.narrative,
      namedPerpetrators: [markers.perpetrator],
      exactLocation: markers.location,
      quotes: [markers.quote],
    } as RecordData<'incident'>;
    const inc = await ana.records.create(vaultId, 'incident', incident);
    // An update keeps the old version: both must stay sealed.
    const changed = { ...incident, narrative: `${markers.narrative} (2)` };
    await ana.records.update(vaultId, inc.id, changed, inc.version);
    ids.push(person.id, src.id, inc.id);
    expected = [people[0], source, changed];

    // Someone without the vault key asks for the records and the list: refused, nothing leaks.
    for (const id of ids) {
      await expect(outsider.records.get(vaultId, id)).rejects.toMatchObject({ status: 404 });
    }
    await expect(outsider.records.list(vaultId, 'person')).rejects.toMatchObject({ status: 404 });

    // The key holder reads everything back, current versions and history.
    readBack = [];
    for (const id of ids) readBack.push((await ana.records.get(vaultId, id)).data);
    const history = await ana.records.history(vaultId, inc.id);
    expect(history.versions.map((v) => v.data)).toEqual([incident, changed]);
    await server.stop({ keepData: true });
  }, 240_000);

  afterAll(async () => {
    server.remove();
    await database?.drop();
  });

  it('reads every record back intact through the client with the vault key', () => {
    expect(readBack).toEqual(expected);
  });

  it('finds a value that really is stored in clear, so the scans can see (control)', () => {
    expect(seen.some((s) => s.body.includes(vaultId))).toBe(true);
    expect(server.output()).toContain(vaultId);
  });

  it('sends no marker in any HTTP response, to the key holder or to an outsider', () => {
    const leaks = seen
      .filter((s) => !s.route.endsWith('(request)'))
      .flatMap((s) => leaksIn(s.body).map((label) => `${label} in ${s.route}`));
    expect(leaks).toEqual([]);
  });

  it('sends no marker to the server in any request', () => {
    const leaks = seen
      .filter((s) => s.route.endsWith('(request)'))
      .flatMap((s) => leaksIn(s.body).map((label) => `${label} in ${s.route}`));
    expect(leaks).toEqual([]);
  });

  it('writes no marker to the server logs, which did log the record requests', () => {
    const logs = server.output();
    expect(logs).toContain('/records');
    expect(leaksIn(logs)).toEqual([]);
  });

  it.runIf(engine === 'pglite')('leaves no marker in the embedded database files', () => {
    const files = filesUnder(server.dataDir);
    // Control: the database pages are searched, and the vault id is in them in clear.
    expect(occurrences(files, { vault: vaultId })).not.toEqual([]);
    expect(occurrences(files, markers)).toEqual([]);
  });

  it.runIf(engine === 'postgres')('leaves no marker in a pg_dump of the database', () => {
    const dump = execFileSync('pg_dump', ['--no-owner', database?.url ?? ''], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(dump).toContain(ids[0]);
    expect(leaksIn(dump)).toEqual([]);
  });
});
