// THE AUTHORISATION MATRIX: every route of the shared table × every kind of caller. What each
// caller may do is derived from the route's `auth` entry and the declarative policy (`can`), never
// from a copied table; each request is otherwise valid, so the status says only what access it got.
import {
  assignableRoles,
  can,
  newClusterId,
  errorBodySchema,
  PART_SHA256_HEADER,
  roles,
  routes,
  type Role,
  type RouteName,
  type VaultAction,
} from '@vigil/core';
import { randomBytes, sha256Hex, totpCode, uuidv7 } from '@vigil/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock';
import {
  addMember,
  call,
  createVault,
  expectStatus,
  invitationFor,
  invite,
  newSession,
  registerAccount,
  registrationFor,
  signIn,
  startApp,
  uniqueEmail,
  vaultCreationFor,
  type TestApp,
  type TestSession,
  type TestVault,
} from '../../testing/fixture';
import { keyState, rotate, rotationFor } from '../../testing/rotation';
import {
  custodyEntry,
  putPart as putEvidencePart,
  startBody,
  storeEvidence,
} from '../evidence/evidence.fixture';
import {
  createIncident,
  createRecordOf,
  victimOf,
  incidentWire,
  recordCreationFor,
  startImport,
  uploadRows,
} from '../records/records.fixture';

/** Who is calling, in the matrix's columns. */
type Principal =
  | { kind: 'member'; role: Role }
  | { kind: 'invited' }
  | { kind: 'nonMember' }
  | { kind: 'anonymous' };

const principals: readonly Principal[] = [
  ...roles.map((role) => ({ kind: 'member', role }) as const),
  { kind: 'invited' },
  { kind: 'nonMember' },
  { kind: 'anonymous' },
];

const label = (p: Principal): string => (p.kind === 'member' ? p.role : p.kind);

/** A request ready to send, built (with whatever fresh targets it needs) for one principal. */
interface Built {
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  readonly session: TestSession | null;
}

/** The expected outcome, derived from the route's auth entry and `can`. */
type Expected = { allowed: true } | { allowed: false; status: number; code: string };

const expectedFor = (name: RouteName, p: Principal): Expected => {
  const auth: string = routes[name].auth;
  if (auth === 'none') return { allowed: true };
  if (p.kind === 'anonymous') return { allowed: false, status: 401, code: 'unauthenticated' };
  if (auth === 'account') return { allowed: true };
  if (auth === 'register') {
    // Writers of some vault: the members who may write records here, the non-member, who owns a
    // vault of their own, and whoever created a vault earlier in the run (vaultCreate comes first).
    const writes =
      p.kind === 'nonMember' ||
      vaultCreators.has(label(p)) ||
      (p.kind === 'member' && can(p.role, 'records.write'));
    return writes ? { allowed: true } : { allowed: false, status: 403, code: 'forbidden' };
  }
  if (p.kind === 'nonMember') return { allowed: false, status: 404, code: 'not_found' };
  if (auth === 'invitee') {
    return p.kind === 'invited'
      ? { allowed: true }
      : { allowed: false, status: 409, code: 'already_member' };
  }
  const action = auth.slice('vault:'.length) as VaultAction;
  if (p.kind === 'invited') return { allowed: false, status: 403, code: 'forbidden' };
  return can(p.role, action)
    ? { allowed: true }
    : { allowed: false, status: 403, code: 'forbidden' };
};

/** Principals who created a vault of their own during the run (by the vaultCreate row). */
const vaultCreators = new Set<string>();

let t: TestApp;
const clock = manualClock(new Date());
let owner: TestSession;
let vault: TestVault;
const sessions = new Map<string, TestSession>();
let foreignOwner: TestSession;
/** A record of the vault that every read route can find. */
let recordId: string;
/** An evidence item of the vault, stored by its owner. */
let evidenceId: string;
/** A facility of the register. */
let facilityId: string;

beforeAll(async () => {
  t = await startApp({ clock: clock.clock });
  owner = await newSession(t.app);
  vault = await createVault(t.app, owner);
  sessions.set('owner', owner);
  for (const role of roles.filter((r) => r !== 'owner')) {
    sessions.set(role, await addMember(t.app, owner, vault, role));
  }
  const invited = await newSession(t.app);
  // Invited as owner: until they accept, even the strongest role opens nothing.
  await invite(t.app, owner, vault, invited.account, 'owner');
  sessions.set('invited', invited);
  // The non-member has a vault of their own: membership elsewhere opens nothing here.
  foreignOwner = await newSession(t.app);
  await createVault(t.app, foreignOwner);
  sessions.set('nonMember', foreignOwner);
  recordId = await createIncident(t.app, owner, vault);
  evidenceId = (await storeEvidence(t.app, owner, vault)).id;
  facilityId = await newFacility();
});
afterAll(async () => {
  await t.close();
});

const sessionOf = (p: Principal): TestSession | null => {
  if (p.kind === 'anonymous') return null;
  const s = sessions.get(label(p));
  if (!s) throw new Error(`no session for ${label(p)}`);
  return s;
};

/** Rotations built for the matrix, by key version, until the server takes one. */
const pendingKeys = new Map<number, TestVault>();

/**
 * Keeps `vault` holding the server's current key: adopts a rotation a caller just made, and
 * rotates (as the owner) after a removal left the vault waiting for one.
 */
const syncVault = async (): Promise<void> => {
  const state = await keyState(t.app, owner, vault.id);
  const made = pendingKeys.get(state.keyVersion);
  if (state.keyVersion !== vault.key.version && made !== undefined) vault = made;
  if (state.rotationRequired) vault = await rotate(t.app, owner, vault);
};

/** A fresh account invited to the vault by its owner (a target for role changes and removals). */
const freshTarget = async (role: Role = 'viewer') => {
  await syncVault();
  const account = await registerAccount(t.app);
  await invite(t.app, owner, vault, account, role);
  return account;
};

/** Who opens an import for the caller: the caller when they may write, else the owner. */
const importerFor = (p: Principal): TestSession =>
  p.kind === 'member' && can(p.role, 'records.write') ? (sessionOf(p) ?? owner) : owner;

/** An import of one incident, opened (and filled when `filled`) by the caller's importer. */
const importFor = async (p: Principal, filled: boolean): Promise<string> => {
  const importer = importerFor(p);
  const id = await startImport(t.app, importer, vault, 1);
  if (filled) await uploadRows(t.app, importer, vault, id, [(await recordCreationFor(vault)).body]);
  return id;
};

/** Who opens an upload for the caller: the caller when they may write evidence, else the owner. */
const uploaderFor = (p: Principal): TestSession =>
  p.kind === 'member' && can(p.role, 'evidence.write') ? (sessionOf(p) ?? owner) : owner;

/** A one-part upload opened by the caller's uploader; `filled`: its part is stored. */
const uploadFor = async (p: Principal, filled: boolean) => {
  const uploader = uploaderFor(p);
  const bytes = randomBytes(1000);
  const body = await startBody(vault, { size: bytes.length });
  expectStatus(
    await call(t.app, 'POST', `/api/vaults/${vault.id}/evidence`, { session: uploader, body }),
    201,
  );
  if (filled) expectStatus(await putEvidencePart(t.app, uploader, vault, body.id, 0, bytes), 200);
  return { id: body.id, bytes };
};

let facilityCount = 0;
/** A facility no other in the register looks like: a number of its own in its name. */
const facilityInput = () => {
  facilityCount += 1;
  return {
    names: { en: `IK-${1000 + facilityCount} Matrix` },
    type: 'penal-colony-general',
    authority: 'fsin',
    region: 'RU-ROS',
  };
};
/** A fresh facility, made by the vault's owner (a writer), for routes that need one. */
const newFacility = async (): Promise<string> =>
  expectStatus(
    await call(t.app, 'POST', '/api/facilities', {
      session: owner,
      body: { facility: facilityInput() },
    }),
    201,
  ).json<{ id: string }>().id;

/** A valid expert value of the risk index; `year` gives it a key of its own. */
const expertValue = (year = 2024) => ({
  indicator: 'monitoring-access',
  level: 'region',
  unit: 'RU-ROS',
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  value: 2,
  evidence: 'Public monitoring commission reports of the year.',
  confidence: 'medium',
});
let expertYears = 1900;
/** A fresh expert value, entered by the vault's owner, for the routes that remove one. */
const newExpertValue = async (): Promise<string> => {
  expertYears += 1;
  return expectStatus(
    await call(t.app, 'PUT', `/api/vaults/${vault.id}/risk-index/expert-values`, {
      session: owner,
      body: expertValue(expertYears),
    }),
    200,
  ).json<{ id: string }>().id;
};

/** A second person record of the vault, for the linkage routes (a pair with the victim). */
let otherPerson: string | undefined;
const secondPerson = async (): Promise<string> => {
  otherPerson ??= await createRecordOf(t.app, owner, vault, 'person', { sex: 'male' });
  return otherPerson;
};
/** The vault's latest linkage run number (null before the first), as its owner reads it. */
const latestRunNumber = async (): Promise<number | null> =>
  expectStatus(
    await call(t.app, 'GET', `/api/vaults/${vault.id}/linkage/runs`, { session: owner }),
    200,
  ).json<{ runs: { number: number }[] }>().runs[0]?.number ?? null;
/** A valid run body starting from the latest run. */
const runBody = async () => ({
  basedOn: await latestRunNumber(),
  settings: { threshold: 0.9 },
  assignments: [
    { recordId: victimOf(vault), clusterId: newClusterId(), probability: 0.97 },
    { recordId: await secondPerson(), clusterId: newClusterId(), probability: null },
  ],
});
/** The latest run, saved by the owner first when there is none. */
const ensureRun = async (): Promise<number> => {
  const known = await latestRunNumber();
  if (known !== null) return known;
  return expectStatus(
    await call(t.app, 'POST', `/api/vaults/${vault.id}/linkage/runs`, {
      session: owner,
      body: await runBody(),
    }),
    201,
  ).json<{ run: { number: number } }>().run.number;
};

/** One valid request per route; targets that a success would use up are made fresh per call. */
const builders: Record<RouteName, (p: Principal) => Promise<Built>> = {
  health: async (p) => ({ url: '/api/health', session: sessionOf(p) }),
  instance: async (p) => ({ url: '/api/instance', session: sessionOf(p) }),
  prelogin: async (p) => ({
    url: '/api/auth/prelogin',
    body: { email: owner.account.email },
    session: sessionOf(p),
  }),
  register: async (p) => ({
    url: '/api/auth/register',
    body: (await registrationFor(uniqueEmail())).body,
    session: sessionOf(p),
  }),
  login: async (p) => ({
    url: '/api/auth/login',
    body: { email: owner.account.email, authKey: owner.account.authKey, client: 'cli' },
    session: sessionOf(p),
  }),
  // A second session of the same account, so logging out does not end the one the matrix uses.
  logout: async (p) => {
    const s = sessionOf(p);
    return { url: '/api/auth/logout', session: s ? await signIn(t.app, s.account) : null };
  },
  session: async (p) => ({ url: '/api/auth/session', session: sessionOf(p) }),
  totpSetup: async (p) => ({ url: '/api/auth/totp/setup', session: sessionOf(p) }),
  totpEnable: async (p) => {
    const s = sessionOf(p);
    if (!s) return { url: '/api/auth/totp/enable', body: { code: '123456' }, session: null };
    const setup = await call(t.app, 'POST', '/api/auth/totp/setup', { session: s });
    const { secret } = setup.json<{ secret: string }>();
    const code = await totpCode(secret, Math.floor(clock.clock().getTime() / 1000));
    secrets.set(label(p), secret);
    return { url: '/api/auth/totp/enable', body: { code }, session: s };
  },
  totpDisable: async (p) => {
    const s = sessionOf(p);
    const secret = secrets.get(label(p));
    if (!s || !secret)
      return { url: '/api/auth/totp/disable', body: { code: '123456' }, session: s };
    clock.advance(30_000); // the code that enabled it must not turn it off (replay)
    const code = await totpCode(secret, Math.floor(clock.clock().getTime() / 1000));
    return { url: '/api/auth/totp/disable', body: { code }, session: s };
  },
  accountLookup: async (p) => ({
    url: '/api/accounts/lookup',
    body: { email: owner.account.email },
    session: sessionOf(p),
  }),
  vaultCreate: async (p) => {
    const s = sessionOf(p);
    const creator = s?.account ?? owner.account;
    return { url: '/api/vaults', body: (await vaultCreationFor(creator)).body, session: s };
  },
  vaultList: async (p) => ({ url: '/api/vaults', session: sessionOf(p) }),
  vaultGet: async (p) => ({ url: `/api/vaults/${vault.id}`, session: sessionOf(p) }),
  vaultRotate: async (p) => {
    const { body, vault: rotated } = await rotationFor(t.app, owner, vault);
    pendingKeys.set(rotated.key.version, rotated);
    return { url: `/api/vaults/${vault.id}/rotate`, body, session: sessionOf(p) };
  },
  vaultSettings: async (p) => ({
    url: `/api/vaults/${vault.id}/settings`,
    body: { recordSettings: { codedSensitiveFields: [] } },
    session: sessionOf(p),
  }),
  memberList: async (p) => ({ url: `/api/vaults/${vault.id}/members`, session: sessionOf(p) }),
  memberInvite: async (p) => ({
    url: `/api/vaults/${vault.id}/members`,
    body: await invitationFor(vault, await registerAccount(t.app), 'viewer'),
    session: sessionOf(p),
  }),
  // A pending invitation is used up by accepting it: the invited column gets a fresh invitee.
  invitationAccept: async (p) => {
    let s = sessionOf(p);
    if (p.kind === 'invited') {
      s = await newSession(t.app);
      await invite(t.app, owner, vault, s.account, 'viewer');
    }
    return { url: `/api/vaults/${vault.id}/accept`, session: s };
  },
  memberChangeRole: async (p) => ({
    url: `/api/vaults/${vault.id}/members/${(await freshTarget('viewer')).id}`,
    body: { role: 'analyst' },
    session: sessionOf(p),
  }),
  memberRemove: async (p) => ({
    url: `/api/vaults/${vault.id}/members/${(await freshTarget('viewer')).id}`,
    session: sessionOf(p),
  }),
  auditChain: async (p) => ({ url: `/api/audit/${vault.id}`, session: sessionOf(p) }),
  vocabList: async (p) => ({ url: '/api/vocab', session: sessionOf(p) }),
  vocabGet: async (p) => ({ url: '/api/vocab/groups-at-risk', session: sessionOf(p) }),
  facilityList: async (p) => ({ url: '/api/facilities?region=RU-ROS', session: sessionOf(p) }),
  facilityGet: async (p) => ({
    url: `/api/facilities/${await newFacility()}`,
    session: sessionOf(p),
  }),
  facilityCreate: async (p) => ({
    url: '/api/facilities',
    body: { facility: facilityInput() },
    session: sessionOf(p),
  }),
  facilityImport: async (p) => ({
    url: '/api/facilities/import',
    body: { facilities: [{ facility: facilityInput() }] },
    session: sessionOf(p),
  }),
  facilityUpdate: async (p) => ({
    url: `/api/facilities/${await newFacility()}`,
    body: { version: 1, facility: facilityInput() },
    session: sessionOf(p),
  }),
  facilityOverview: async (p) => ({
    url: `/api/vaults/${vault.id}/facilities/${facilityId}/overview`,
    session: sessionOf(p),
  }),
  facilityStats: async (p) => ({
    url: `/api/vaults/${vault.id}/facility-stats`,
    session: sessionOf(p),
  }),
  alertList: async (p) => ({ url: `/api/vaults/${vault.id}/alerts`, session: sessionOf(p) }),
  statsQuery: async (p) => ({
    url: `/api/vaults/${vault.id}/stats`,
    body: { rows: 'year' },
    session: sessionOf(p),
  }),
  statsRecords: async (p) => ({
    url: `/api/vaults/${vault.id}/stats/records`,
    body: { query: { rows: 'year' } },
    session: sessionOf(p),
  }),
  statsPublication: async (p) => ({
    url: `/api/vaults/${vault.id}/stats/publication`,
    session: sessionOf(p),
  }),
  facilityMerge: async (p) => ({
    url: `/api/facilities/${await newFacility()}/merge`,
    body: { into: await newFacility() },
    session: sessionOf(p),
  }),
  recordCreate: async (p) => ({
    url: `/api/vaults/${vault.id}/records`,
    body: (await recordCreationFor(vault)).body,
    session: sessionOf(p),
  }),
  recordList: async (p) => ({ url: `/api/vaults/${vault.id}/records`, session: sessionOf(p) }),
  recordNameLookup: async (p) => ({
    url: `/api/vaults/${vault.id}/records/name-lookup`,
    body: { indexes: ['0123456789abcdef'] },
    session: sessionOf(p),
  }),
  recordGet: async (p) => ({
    url: `/api/vaults/${vault.id}/records/${recordId}`,
    session: sessionOf(p),
  }),
  // Changes use up a record's version (or its deleted state): each caller gets a fresh one.
  recordUpdate: async (p) => {
    const id = await createIncident(t.app, owner, vault);
    return {
      url: `/api/vaults/${vault.id}/records/${id}`,
      body: { kind: 'incident', expectedVersion: 1, record: await incidentWire(vault, id) },
      session: sessionOf(p),
    };
  },
  recordDelete: async (p) => ({
    url: `/api/vaults/${vault.id}/records/${await createIncident(t.app, owner, vault)}`,
    session: sessionOf(p),
  }),
  recordRestore: async (p) => {
    const id = await createIncident(t.app, owner, vault);
    await call(t.app, 'DELETE', `/api/vaults/${vault.id}/records/${id}`, { session: owner });
    return { url: `/api/vaults/${vault.id}/records/${id}/restore`, session: sessionOf(p) };
  },
  recordHistory: async (p) => ({
    url: `/api/vaults/${vault.id}/records/${recordId}/versions`,
    session: sessionOf(p),
  }),
  importStart: async (p) => ({
    url: `/api/vaults/${vault.id}/imports`,
    body: { total: 1 },
    session: sessionOf(p),
  }),
  importUpload: async (p) => ({
    url: `/api/vaults/${vault.id}/imports/${await importFor(p, false)}/records`,
    body: { offset: 0, records: [(await recordCreationFor(vault)).body] },
    session: sessionOf(p),
  }),
  importCommit: async (p) => ({
    url: `/api/vaults/${vault.id}/imports/${await importFor(p, true)}/commit`,
    session: sessionOf(p),
  }),
  importAbort: async (p) => ({
    url: `/api/vaults/${vault.id}/imports/${await importFor(p, false)}`,
    session: sessionOf(p),
  }),
  evidenceUploadStart: async (p) => ({
    url: `/api/vaults/${vault.id}/evidence`,
    body: await startBody(vault),
    session: sessionOf(p),
  }),
  evidenceUploadStatus: async (p) => ({
    url: `/api/vaults/${vault.id}/evidence/${(await uploadFor(p, false)).id}/upload`,
    session: sessionOf(p),
  }),
  evidencePartPut: async (p) => {
    const { id, bytes } = await uploadFor(p, false);
    return {
      url: `/api/vaults/${vault.id}/evidence/${id}/parts/0`,
      body: Buffer.from(bytes),
      headers: {
        'content-type': 'application/octet-stream',
        [PART_SHA256_HEADER]: await sha256Hex(bytes),
      },
      session: sessionOf(p),
    };
  },
  evidenceUploadComplete: async (p) => {
    const { id } = await uploadFor(p, true);
    return {
      url: `/api/vaults/${vault.id}/evidence/${id}/complete`,
      body: { intake: await custodyEntry(vault, id) },
      session: sessionOf(p),
    };
  },
  evidenceUploadAbort: async (p) => ({
    url: `/api/vaults/${vault.id}/evidence/${(await uploadFor(p, false)).id}/upload`,
    session: sessionOf(p),
  }),
  evidenceList: async (p) => ({ url: `/api/vaults/${vault.id}/evidence`, session: sessionOf(p) }),
  evidenceGet: async (p) => ({
    url: `/api/vaults/${vault.id}/evidence/${(await storeEvidence(t.app, owner, vault)).id}`,
    session: sessionOf(p),
  }),
  evidenceContent: async (p) => ({
    url: `/api/vaults/${vault.id}/evidence/${(await storeEvidence(t.app, owner, vault)).id}/content`,
    session: sessionOf(p),
  }),
  custodyList: async (p) => ({
    url: `/api/vaults/${vault.id}/evidence/${(await storeEvidence(t.app, owner, vault)).id}/custody`,
    session: sessionOf(p),
  }),
  custodyAppend: async (p) => {
    const { id, intakeHash } = await storeEvidence(t.app, owner, vault);
    return {
      url: `/api/vaults/${vault.id}/evidence/${id}/custody`,
      body: await custodyEntry(vault, id, { seq: 1, prev: intakeHash }),
      session: sessionOf(p),
    };
  },
  riskIndex: async (p) => ({
    url: `/api/vaults/${vault.id}/risk-index?level=region&draws=20`,
    session: sessionOf(p),
  }),
  riskIndexExpertList: async (p) => ({
    url: `/api/vaults/${vault.id}/risk-index/expert-values`,
    session: sessionOf(p),
  }),
  // The same key each time: a second allowed caller changes the value as its next version.
  riskIndexExpertPut: async (p) => ({
    url: `/api/vaults/${vault.id}/risk-index/expert-values`,
    body: expertValue(),
    session: sessionOf(p),
  }),
  riskIndexExpertDelete: async (p) => ({
    url: `/api/vaults/${vault.id}/risk-index/expert-values/${await newExpertValue()}`,
    session: sessionOf(p),
  }),
  linkDecisionCreate: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/decisions`,
    body: { recordA: victimOf(vault), recordB: await secondPerson(), decision: 'unsure' },
    session: sessionOf(p),
  }),
  linkDecisionList: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/decisions?history=1`,
    session: sessionOf(p),
  }),
  // Built from the latest run each time: a second allowed caller saves the next one.
  linkRunCreate: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/runs`,
    body: await runBody(),
    session: sessionOf(p),
  }),
  linkRunList: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/runs`,
    session: sessionOf(p),
  }),
  linkRunLatest: async (p) => {
    await ensureRun();
    return { url: `/api/vaults/${vault.id}/linkage/runs/latest`, session: sessionOf(p) };
  },
  linkRunGet: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/runs/${await ensureRun()}`,
    session: sessionOf(p),
  }),
  linkRunRestore: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/runs/${await ensureRun()}/restore`,
    session: sessionOf(p),
  }),
  linkageSummary: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/summary`,
    session: sessionOf(p),
  }),
  linkPatterns: async (p) => ({
    url: `/api/vaults/${vault.id}/linkage/patterns`,
    body: { listBy: 'materialType', stratumBy: 'year' },
    session: sessionOf(p),
  }),
};
const secrets = new Map<string, string>();

describe('the authorisation matrix (every route × every caller, from the policy)', () => {
  // Sequential and in table order: TOTP enable/disable build on setup, like a real user.
  for (const name of Object.keys(routes) as RouteName[]) {
    it(`${name}: answers each caller as the policy says`, async () => {
      const outcomes: string[] = [];
      const wrong: string[] = [];
      for (const p of principals) {
        await syncVault();
        const built = await builders[name](p);
        const res = await call(t.app, routes[name].method, built.url, {
          session: built.session,
          ...(built.body === undefined ? {} : { body: built.body }),
          ...(built.headers === undefined ? {} : { headers: built.headers }),
        });
        if (name === 'vaultCreate' && res.statusCode === 201) vaultCreators.add(label(p));
        const expected = expectedFor(name, p);
        const seen = `${label(p)}→${res.statusCode}`;
        outcomes.push(seen);
        if (expected.allowed) {
          if (res.statusCode < 200 || res.statusCode >= 300) wrong.push(`${seen} ${res.body}`);
        } else {
          const body = errorBodySchema.safeParse(res.json());
          if (
            res.statusCode !== expected.status ||
            !body.success ||
            body.data.error.code !== expected.code
          ) {
            wrong.push(`${seen} (expected ${expected.status} ${expected.code}) ${res.body}`);
          }
        }
      }
      expect(wrong, outcomes.join(' ')).toEqual([]);
    });
  }

  it('treats a vault that does not exist like a foreign one (404, existence not revealed)', async () => {
    const missing = uuidv7();
    for (const s of [owner, foreignOwner]) {
      const res = await call(t.app, 'GET', `/api/vaults/${missing}`, { session: s });
      expect(res.statusCode).toBe(404);
      const foreign = await call(t.app, 'GET', `/api/vaults/${vault.id}/members`, {
        session: foreignOwner,
      });
      expect(foreign.json()).toEqual(res.json());
    }
  });

  it('opens the instance audit chain to every signed-in account and to no anonymous caller', async () => {
    for (const p of principals) {
      const res = await call(t.app, 'GET', '/api/audit/instance', { session: sessionOf(p) });
      expect(res.statusCode, label(p)).toBe(p.kind === 'anonymous' ? 401 : 200);
    }
  });

  it('refuses a removed member everything in the vault afterwards', async () => {
    const member = await addMember(t.app, owner, vault, 'admin');
    expect(
      (await call(t.app, 'GET', `/api/vaults/${vault.id}`, { session: member })).statusCode,
    ).toBe(200);
    const removed = await call(
      t.app,
      'DELETE',
      `/api/vaults/${vault.id}/members/${member.account.id}`,
      {
        session: owner,
      },
    );
    expect(removed.statusCode).toBe(204);
    for (const url of [
      `/api/vaults/${vault.id}`,
      `/api/vaults/${vault.id}/members`,
      `/api/audit/${vault.id}`,
    ]) {
      expect((await call(t.app, 'GET', url, { session: member })).statusCode, url).toBe(404);
    }
  });
});

describe('cookie sessions and CSRF, for every route of the table', () => {
  const signedInRoutes = (Object.keys(routes) as RouteName[]).filter(
    (n) => routes[n].auth !== 'none',
  );

  it.each(signedInRoutes)(
    '%s: a cookie without the CSRF token may read but not write',
    async (name) => {
      const web = await signIn(t.app, owner.account, 'web');
      const { method, path } = routes[name];
      const url = path.replace(/:([A-Za-z]+)/g, (_m, p: string) =>
        p === 'chain' || p === 'vaultId'
          ? vault.id
          : p === 'list'
            ? 'groups-at-risk'
            : p === 'recordId'
              ? recordId
              : p === 'evidenceId'
                ? evidenceId
                : p === 'facilityId'
                  ? facilityId
                  : p === 'number'
                    ? '1'
                    : owner.account.id,
      );
      const res = await call(t.app, method, url, {
        headers: { cookie: `vigil_session=${web.token}` },
        ...(method === 'GET' ? {} : { body: {} }),
      });
      if (method === 'GET') {
        expect(res.statusCode, res.body).toBeLessThan(300);
      } else {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json()).toMatchObject({ error: { code: 'csrf_failed' } });
      }
    },
  );
});

describe('role changes and removals', () => {
  const changeRoleAs = (actor: TestSession, targetId: string, role: Role) =>
    call(t.app, 'PATCH', `/api/vaults/${vault.id}/members/${targetId}`, {
      session: actor,
      body: { role },
    });
  const removeAs = (actor: TestSession, targetId: string) =>
    call(t.app, 'DELETE', `/api/vaults/${vault.id}/members/${targetId}`, { session: actor });
  const roleOf = async (accountId: string): Promise<Role | undefined> => {
    const res = await call(t.app, 'GET', `/api/vaults/${vault.id}/members`, { session: owner });
    return res
      .json<{ members: { accountId: string; role: Role }[] }>()
      .members.find((m) => m.accountId === accountId)?.role;
  };

  for (const actorRole of roles.filter((r) => can(r, 'members.changeRole'))) {
    it(`lets an ${actorRole} change exactly the roles assignableRoles allows`, async () => {
      const actor = sessions.get(actorRole);
      if (!actor) throw new Error('no actor');
      const wrong: string[] = [];
      for (const from of roles) {
        // One target per starting role; the vault's creator puts it back after each allowed change.
        const target = await freshTarget(from);
        for (const to of roles.filter((r) => r !== from)) {
          const res = await changeRoleAs(actor, target.id, to);
          const allowed =
            assignableRoles(actorRole).includes(from) && assignableRoles(actorRole).includes(to);
          const now = await roleOf(target.id);
          if (
            allowed ? res.statusCode !== 204 || now !== to : res.statusCode !== 403 || now !== from
          ) {
            wrong.push(`${from}→${to}: ${res.statusCode}, now ${now}`);
          }
          if (now !== from) await changeRoleAs(owner, target.id, from);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  for (const actorRole of roles.filter((r) => can(r, 'members.remove'))) {
    it(`lets an ${actorRole} remove exactly the members whose role assignableRoles allows`, async () => {
      const actor = sessions.get(actorRole);
      if (!actor) throw new Error('no actor');
      for (const role of roles) {
        const target = await freshTarget(role);
        const res = await removeAs(actor, target.id);
        const allowed = assignableRoles(actorRole).includes(role);
        expect(res.statusCode, `${actorRole} removes ${role}`).toBe(allowed ? 204 : 403);
        expect(await roleOf(target.id)).toBe(allowed ? undefined : role);
      }
    });
  }

  it('keeps the last active owner: no demotion, no removal, and an invited owner does not count', async () => {
    const soleOwner = await newSession(t.app);
    const own = await createVault(t.app, soleOwner);
    const pendingOwner = await registerAccount(t.app);
    await invite(t.app, soleOwner, own, pendingOwner, 'owner');
    const url = `/api/vaults/${own.id}/members/${soleOwner.account.id}`;
    const demote = await call(t.app, 'PATCH', url, { session: soleOwner, body: { role: 'admin' } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({ error: { code: 'last_owner' } });
    const remove = await call(t.app, 'DELETE', url, { session: soleOwner });
    expect(remove.statusCode).toBe(409);
    expect(remove.json()).toMatchObject({ error: { code: 'last_owner' } });
  });

  it('lets one of two active owners step down, and then the other is the last', async () => {
    const first = await newSession(t.app);
    const own = await createVault(t.app, first);
    const second = await addMember(t.app, first, own, 'owner');
    const demoteFirst = await call(
      t.app,
      'PATCH',
      `/api/vaults/${own.id}/members/${first.account.id}`,
      {
        session: second,
        body: { role: 'admin' },
      },
    );
    expect(demoteFirst.statusCode).toBe(204);
    const selfRemove = await call(
      t.app,
      'DELETE',
      `/api/vaults/${own.id}/members/${second.account.id}`,
      {
        session: second,
      },
    );
    expect(selfRemove.json()).toMatchObject({ error: { code: 'last_owner' } });
    // The demoted owner is an admin now: owners are out of their reach.
    const strike = await call(
      t.app,
      'DELETE',
      `/api/vaults/${own.id}/members/${second.account.id}`,
      {
        session: first,
      },
    );
    expect(strike.statusCode).toBe(403);
  });

  it('lets an admin invite only roles below admin', async () => {
    const admin = sessions.get('admin');
    if (!admin) throw new Error('no admin');
    await syncVault();
    for (const role of roles) {
      const body = await invitationFor(vault, await registerAccount(t.app), role);
      const res = await call(t.app, 'POST', `/api/vaults/${vault.id}/members`, {
        session: admin,
        body,
      });
      expect(res.statusCode, role).toBe(assignableRoles('admin').includes(role) ? 201 : 403);
    }
  });
});
