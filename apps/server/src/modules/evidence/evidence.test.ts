import { Readable } from 'node:stream';
import { errorBodySchema, evidenceItemSchema, evidenceListResponseSchema } from '@vigil/core';
import { randomBytes, uuidv7 } from '@vigil/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock';
import {
  addMember,
  call,
  createVault,
  expectStatus,
  newSession,
  startApp,
  type TestApp,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';
import { createIncident } from '../records/records.fixture';
import {
  custodyEntry,
  PART,
  partsOf,
  putPart,
  sha256Hex,
  startBody,
  storeEvidence,
} from './evidence.fixture';
import { partKey, UPLOAD_IDLE_MS } from './use-cases';

const MAX_BYTES = 10 * PART;
let t: TestApp;
const time = manualClock(new Date());
let owner: TestSession;
let vault: TestVault;

beforeAll(async () => {
  // Sessions outlive the idle upload expiry the tests step over.
  t = await startApp({
    clock: time.clock,
    config: { evidenceMaxBytes: MAX_BYTES, sessionTtlHours: 72 },
  });
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
});
afterAll(async () => {
  await t.close();
});

const base = () => `/api/vaults/${vault.id}/evidence`;
const errorOf = (body: string) => errorBodySchema.parse(JSON.parse(body)).error;
const start = async (body: Record<string, unknown>, session = owner) =>
  call(t.app, 'POST', base(), { session, body });
const complete = async (id: string, intake: unknown, session = owner) =>
  call(t.app, 'POST', `${base()}/${id}/complete`, { session, body: { intake } });
const objectsOf = async (id: string, parts: number) => {
  const found: number[] = [];
  for (let i = 0; i < parts; i++) {
    if ((await t.objects.head(partKey(vault.id, id, i))) !== null) found.push(i);
  }
  return found;
};

describe('evidence uploads', () => {
  it('store a file sent in parts in any order, linked to a record, and give back the same bytes', async () => {
    const incident = await createIncident(t.app, owner, vault);
    const bytes = randomBytes(3 * PART + 100);
    const body = await startBody(vault, { size: bytes.length, links: [incident] });
    const started = expectStatus(await start(body), 201).json<{ parts: number }>();
    expect(started.parts).toBe(4);
    const parts = partsOf(bytes);
    for (const i of [3, 0, 2, 1]) {
      expectStatus(await putPart(t.app, owner, vault, body.id, i, parts[i] as Uint8Array), 200);
    }
    const status = await call(t.app, 'GET', `${base()}/${body.id}/upload`, { session: owner });
    expect(status.json()).toMatchObject({ state: 'uploading', received: [0, 1, 2, 3] });
    // Not listed until complete.
    const before = evidenceListResponseSchema.parse(
      (await call(t.app, 'GET', base(), { session: owner })).json(),
    );
    expect(before.items.map((i) => i.id)).not.toContain(body.id);

    const done = expectStatus(await complete(body.id, await custodyEntry(vault, body.id)), 200);
    const item = evidenceItemSchema.parse(done.json());
    expect(item).toMatchObject({ state: 'stored', size: bytes.length, links: [incident] });
    const content = expectStatus(
      await call(t.app, 'GET', `${base()}/${body.id}/content`, { session: owner }),
      200,
    );
    expect(content.headers['content-type']).toBe('application/octet-stream');
    expect(new Uint8Array(content.rawPayload)).toEqual(bytes);
    const linked = evidenceListResponseSchema.parse(
      (await call(t.app, 'GET', `${base()}?linkedTo=${incident}`, { session: owner })).json(),
    );
    expect(linked.items.map((i) => i.id)).toEqual([body.id]);
    const custody = await call(t.app, 'GET', `${base()}/${body.id}/custody`, { session: owner });
    expect(custody.json()).toMatchObject({ events: [{ seq: 0, action: 'intake' }] });
  });

  it('resume: a part sent again with the same bytes is accepted, with other bytes refused', async () => {
    const bytes = randomBytes(2 * PART);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    const first = partsOf(bytes)[0] as Uint8Array;
    expectStatus(await putPart(t.app, owner, vault, body.id, 0, first), 200);
    expectStatus(await putPart(t.app, owner, vault, body.id, 0, first), 200);
    const other = randomBytes(PART);
    const clash = await putPart(t.app, owner, vault, body.id, 0, other);
    expect(clash.statusCode).toBe(409);
    const status = await call(t.app, 'GET', `${base()}/${body.id}/upload`, { session: owner });
    expect(status.json()).toMatchObject({ received: [0], parts: 2 });
  });

  it('adopt a part whose object was stored without its row, and refuse other bytes for it', async () => {
    const bytes = randomBytes(2 * PART);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    const [first, second] = partsOf(bytes) as [Uint8Array, Uint8Array];
    // As if the server stopped between storing the objects and recording them.
    await t.objects.put(partKey(vault.id, body.id, 0), Readable.from([first]));
    await t.objects.put(partKey(vault.id, body.id, 1), Readable.from([second]));
    expectStatus(await putPart(t.app, owner, vault, body.id, 0, first), 200);
    const other = await putPart(t.app, owner, vault, body.id, 1, randomBytes(PART));
    expect(other.statusCode).toBe(409);
    const status = await call(t.app, 'GET', `${base()}/${body.id}/upload`, { session: owner });
    expect(status.json()).toMatchObject({ received: [0] });
  });

  it('refuse a part with a wrong hash, a wrong length or past the end, and keep nothing of it', async () => {
    const bytes = randomBytes(PART + 10);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    const [first, last] = partsOf(bytes) as [Uint8Array, Uint8Array];
    const wrongHash = await putPart(t.app, owner, vault, body.id, 0, first, await sha256Hex(last));
    expect(wrongHash.statusCode).toBe(400);
    expect(errorOf(wrongHash.body).fields[0]?.path).toBe('headers.x-vigil-sha256');
    const tooLong = randomBytes(11);
    expect((await putPart(t.app, owner, vault, body.id, 1, tooLong)).statusCode).toBe(400);
    const tooShort = randomBytes(9);
    expect((await putPart(t.app, owner, vault, body.id, 1, tooShort)).statusCode).toBe(400);
    const past = await putPart(t.app, owner, vault, body.id, 2, last);
    expect(past.statusCode).toBe(400);
    expect(errorOf(past.body).fields[0]?.path).toBe('params.index');
    const noHash = await call(t.app, 'PUT', `${base()}/${body.id}/parts/0`, {
      session: owner,
      body: Buffer.from(first),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(noHash.statusCode).toBe(400);
    const json = await call(t.app, 'PUT', `${base()}/${body.id}/parts/0`, {
      session: owner,
      body: { bytes: 'no' },
    });
    expect(json.statusCode).toBe(415);
    expect(await objectsOf(body.id, 2)).toEqual([]);
    const status = await call(t.app, 'GET', `${base()}/${body.id}/upload`, { session: owner });
    expect(status.json()).toMatchObject({ received: [] });
  });

  it('refuse to complete before every part arrived, and a file over the configured limit', async () => {
    const bytes = randomBytes(2 * PART);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    await putPart(t.app, owner, vault, body.id, 0, partsOf(bytes)[0] as Uint8Array);
    const early = await complete(body.id, await custodyEntry(vault, body.id));
    expect(early.statusCode).toBe(400);
    expect(errorOf(early.body).fields).toEqual([
      { path: 'parts', message: '1 of 2 parts were uploaded' },
    ]);
    const big = await start(await startBody(vault, { size: MAX_BYTES + 1 }));
    expect(big.statusCode).toBe(413);
    expect(errorOf(big.body).fields[0]?.path).toBe('body.size');
  });

  it('refuse an unknown kind, a link to nothing and an id that exists', async () => {
    const unknown = await start({ ...(await startBody(vault)), kind: 'rumour' });
    expect(unknown.statusCode).toBe(400);
    const missing = uuidv7();
    const broken = await start(await startBody(vault, { links: [missing] }));
    expect(broken.statusCode).toBe(400);
    expect(errorOf(broken.body).fields[0]?.path).toBe('body.links.0');
    const { id } = await storeEvidence(t.app, owner, vault);
    expect((await start(await startBody(vault, { id }))).statusCode).toBe(409);
  });

  it('expire an upload left idle: a late part gets a clear error, then parts and rows are gone', async () => {
    const bytes = randomBytes(2 * PART);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    await putPart(t.app, owner, vault, body.id, 0, partsOf(bytes)[0] as Uint8Array);
    time.advance(UPLOAD_IDLE_MS + 1000);
    const late = await putPart(t.app, owner, vault, body.id, 1, partsOf(bytes)[1] as Uint8Array);
    expect(late.statusCode).toBe(409);
    expect(errorOf(late.body).message).toContain('expired');
    // The next upload sweeps it away.
    expectStatus(await start(await startBody(vault)), 201);
    expect(await objectsOf(body.id, 2)).toEqual([]);
    const status = await call(t.app, 'GET', `${base()}/${body.id}/upload`, { session: owner });
    expect(status.statusCode).toBe(404);
  });

  it('accept a retry that raced the first request for a part, and keep the stored object', async () => {
    const bytes = randomBytes(2 * PART);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    const part = partsOf(bytes)[0] as Uint8Array;
    // The retry passes its first check before the first request is done, then waits.
    let firstDone = (): void => undefined;
    const released = new Promise<void>((resolve) => (firstDone = resolve));
    const retry = call(t.app, 'PUT', `${base()}/${body.id}/parts/0`, {
      session: owner,
      body: Readable.from(
        (async function* () {
          yield Buffer.from(part.subarray(0, 1000));
          await released;
          yield Buffer.from(part.subarray(1000));
        })(),
      ),
      headers: {
        'content-type': 'application/octet-stream',
        'x-vigil-sha256': await sha256Hex(part),
      },
    });
    await new Promise((r) => setTimeout(r, 50));
    expectStatus(await putPart(t.app, owner, vault, body.id, 0, part), 200);
    firstDone();
    expectStatus(await retry, 200);
    expect(await objectsOf(body.id, 2)).toEqual([0]);
    const status = await call(t.app, 'GET', `${base()}/${body.id}/upload`, { session: owner });
    expect(status.json()).toMatchObject({ received: [0] });
  });

  it('refuse a part whose upload expired while its bytes came, and keep nothing of it', async () => {
    const bytes = randomBytes(2 * PART);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    const part = partsOf(bytes)[1] as Uint8Array;
    // The upload was open when the part began; it is a day idle by the time the part is stored.
    const slow = Readable.from(
      (async function* () {
        yield Buffer.from(part.subarray(0, 1000));
        time.advance(UPLOAD_IDLE_MS + 1000);
        yield Buffer.from(part.subarray(1000));
      })(),
    );
    const late = await call(t.app, 'PUT', `${base()}/${body.id}/parts/1`, {
      session: owner,
      body: slow,
      headers: {
        'content-type': 'application/octet-stream',
        'x-vigil-sha256': await sha256Hex(part),
      },
    });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late.body).message).toContain('expired');
    expect(await objectsOf(body.id, 2)).toEqual([]);
  });

  it('abort an upload: its parts and rows go, and another member cannot see it', async () => {
    const bytes = randomBytes(2 * PART);
    const body = await startBody(vault, { size: bytes.length });
    expectStatus(await start(body), 201);
    await putPart(t.app, owner, vault, body.id, 0, partsOf(bytes)[0] as Uint8Array);
    const documenter = await addMember(t.app, owner, vault, 'documenter');
    const foreign = await call(t.app, 'DELETE', `${base()}/${body.id}/upload`, {
      session: documenter,
    });
    expect(foreign.statusCode).toBe(404);
    expectStatus(
      await call(t.app, 'DELETE', `${base()}/${body.id}/upload`, { session: owner }),
      204,
    );
    expect(await objectsOf(body.id, 2)).toEqual([]);
  });
});

describe('custody', () => {
  it('appends events in chain order and refuses a fork, a gap or a second intake', async () => {
    const { id, intakeHash } = await storeEvidence(t.app, owner, vault);
    const url = `${base()}/${id}/custody`;
    const view = await custodyEntry(vault, id, { seq: 1, prev: intakeHash });
    expectStatus(await call(t.app, 'POST', url, { session: owner, body: view }), 201);
    const fork = await custodyEntry(vault, id, { seq: 1, prev: intakeHash });
    expect((await call(t.app, 'POST', url, { session: owner, body: fork })).statusCode).toBe(409);
    const gap = await custodyEntry(vault, id, { seq: 3, prev: view.hash });
    expect((await call(t.app, 'POST', url, { session: owner, body: gap })).statusCode).toBe(409);
    const again = await custodyEntry(vault, id, { seq: 2, prev: view.hash, action: 'intake' });
    expect((await call(t.app, 'POST', url, { session: owner, body: again })).statusCode).toBe(400);
    const viewer = await addMember(t.app, owner, vault, 'viewer');
    const download = await custodyEntry(vault, id, {
      seq: 2,
      prev: view.hash,
      action: 'download',
    });
    expectStatus(await call(t.app, 'POST', url, { session: viewer, body: download }), 201);
    const events = await call(t.app, 'GET', url, { session: viewer });
    expect(events.json<{ events: { seq: number; action: string }[] }>().events).toMatchObject([
      { seq: 0, action: 'intake' },
      { seq: 1, action: 'view' },
      { seq: 2, action: 'download', actor: viewer.account.id },
    ]);
  });

  it('keeps naming the signing key of a member who acted and was then removed', async () => {
    const { id, intakeHash } = await storeEvidence(t.app, owner, vault);
    const url = `${base()}/${id}/custody`;
    const viewer = await addMember(t.app, owner, vault, 'viewer');
    const view = await custodyEntry(vault, id, { seq: 1, prev: intakeHash });
    expectStatus(await call(t.app, 'POST', url, { session: viewer, body: view }), 201);
    const removed = await call(
      t.app,
      'DELETE',
      `/api/vaults/${vault.id}/members/${viewer.account.id}`,
      {
        session: owner,
      },
    );
    expect(removed.statusCode).toBeLessThan(300);
    const listed = (await call(t.app, 'GET', url, { session: owner })).json<{
      signers: Record<string, string>;
    }>();
    const keyOf = async (session: TestSession) =>
      (await call(t.app, 'GET', '/api/auth/session', { session })).json<{
        account: { signingPublicKey: string };
      }>().account.signingPublicKey;
    expect(listed.signers).toEqual({
      [owner.account.id]: await keyOf(owner),
      [viewer.account.id]: await keyOf(viewer),
    });
  });
});
