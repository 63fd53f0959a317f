// Test-only: record bodies built the way a client builds them (split with @vigil/core, the sealed
// part sealed with the vault key), for the records tests, the authorisation matrix and the fuzzer.
import { splitRecord, type RecordData, type RecordKind } from '@vigil/core';
import { seal, utf8, uuidv7, type VaultKey } from '@vigil/crypto';
import type { FastifyInstance } from 'fastify';
import { call, expectStatus, type TestSession, type TestVault } from '../../testing/fixture';

/** Each test vault's victim: a person record the sample incidents point at. */
const victims = new Map<string, string>();

/** The vault's victim (made by `ensureVictim` or `createIncident`). */
export const victimOf = (vault: TestVault): string => {
  const victim = victims.get(vault.id);
  if (victim === undefined) throw new Error('no victim in this vault yet: call ensureVictim');
  return victim;
};

/** A valid incident: a beating on a known day, with a sealed narrative. */
export const sampleIncident = (victim: string): RecordData<'incident'> =>
  ({
    victim,
    actType: '010000000000',
    date: { precision: 'day', value: '2024-03-05' },
    narrative: 'Избит в ИК-6 / beaten in IK-6',
  }) as RecordData<'incident'>;

/** The wire form of an incident: coded fields plus the sealed part sealed under the vault key. */
export const incidentWire = async (
  vault: TestVault,
  id: string,
  data: RecordData<'incident'> = sampleIncident(victimOf(vault)),
  keyVersion: number = vault.key.version,
): Promise<Record<string, unknown>> => {
  const split = splitRecord('incident', data);
  if (!split.ok) throw new Error(split.fields.map((e) => e.message).join('; '));
  // Another key version stands for a client that holds an older or newer vault key.
  const key =
    keyVersion === vault.key.version
      ? vault.key
      : ({ ...vault.key, version: keyVersion } as VaultKey);
  const sealed = await seal(
    key,
    { vaultId: vault.id, kind: 'incident', recordId: id },
    utf8(JSON.stringify(split.value.sealed)),
  );
  return { ...split.value.coded, sealed, keyVersion };
};

/** The body of a record creation, with a fresh id. */
export const recordCreationFor = async (
  vault: TestVault,
  data?: RecordData<'incident'>,
): Promise<{ id: string; body: Record<string, unknown> }> => {
  const id = uuidv7();
  return { id, body: { id, kind: 'incident', record: await incidentWire(vault, id, data) } };
};

/** Creates the vault's victim (a person) through the API unless it exists; returns its id. */
export const ensureVictim = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
): Promise<string> => {
  const known = victims.get(vault.id);
  if (known !== undefined) return known;
  const id = uuidv7();
  expectStatus(
    await call(app, 'POST', `/api/vaults/${vault.id}/records`, {
      session,
      body: { id, kind: 'person', record: await personWire(vault, id, []) },
    }),
    201,
  );
  victims.set(vault.id, id);
  return id;
};

/** Creates an incident through the API (expects success) and returns its id. */
export const createIncident = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
  data?: RecordData<'incident'>,
): Promise<string> => {
  await ensureVictim(app, session, vault);
  const { id, body } = await recordCreationFor(vault, data);
  expectStatus(await call(app, 'POST', `/api/vaults/${vault.id}/records`, { session, body }), 201);
  return id;
};

/** The wire form of a person whose name is all sealed, with the blind indexes of its tokens. */
export const personWire = async (
  vault: TestVault,
  id: string,
  nameIndexes: string[],
): Promise<Record<string, unknown>> => ({
  sealed: await seal(
    vault.key,
    { vaultId: vault.id, kind: 'person', recordId: id },
    utf8(JSON.stringify({ names: ['Иван Петров'] })),
  ),
  keyVersion: vault.key.version,
  nameIndexes,
});

/** Opens an import of `total` records through the API (expects success) and returns its id. */
export const startImport = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
  total = 1,
): Promise<string> => {
  const res = await call(app, 'POST', `/api/vaults/${vault.id}/imports`, {
    session,
    body: { total },
  });
  expectStatus(res, 201);
  return (res.json() as { id: string }).id;
};

/** Uploads bodies as rows `offset …` of an import (expects success). */
export const uploadRows = async (
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
  importId: string,
  records: readonly Record<string, unknown>[],
  offset = 0,
): Promise<void> => {
  expectStatus(
    await call(app, 'POST', `/api/vaults/${vault.id}/imports/${importId}/records`, {
      session,
      body: { offset, records },
    }),
    200,
  );
};

/** Creates a record of any kind through the API, split and sealed as a client does; its id. */
export const createRecordOf = async <K extends RecordKind>(
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
  kind: K,
  data: RecordData<K>,
): Promise<string> => {
  const res = await postRecordOf(app, session, vault, kind, data);
  expectStatus(res.response, 201);
  return res.id;
};

/** Sends a record creation of any kind and answers what the server said (for refusals). */
export const postRecordOf = async <K extends RecordKind>(
  app: FastifyInstance,
  session: TestSession,
  vault: TestVault,
  kind: K,
  data: RecordData<K>,
) => {
  const id = uuidv7();
  const split = splitRecord(kind, data);
  // A refused split is sent as it is, coded part only, for the server to refuse.
  const coded = split.ok ? split.value.coded : (data as Record<string, unknown>);
  const sealedPart = split.ok ? split.value.sealed : {};
  const sealed = await seal(
    vault.key,
    { vaultId: vault.id, kind, recordId: id },
    utf8(JSON.stringify(sealedPart)),
  );
  const response = await call(app, 'POST', `/api/vaults/${vault.id}/records`, {
    session,
    body: { id, kind, record: { ...coded, sealed, keyVersion: vault.key.version } },
  });
  return { id, response };
};
