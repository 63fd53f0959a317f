import type { VigilClient } from '@vigil/client';
import { parseVaultExport } from '@vigil/client';
import { starterFacilities } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';
import { IMPORT_CHUNK } from './upload';

const SERVER = 'http://127.0.0.1:8080';
const VAULT = '0190a5e4-1111-7abc-8def-0123456789ab';
const PASSWORD = 'correct horse battery staple';
const EMAIL = 'ana@example.org';

/** An error shaped like the client's ApiError. */
const apiError = (code: string, status: number) =>
  Object.assign(new Error(code), { code, status, fields: [] });

let counter = 0;
const newId = () => `0190a5e4-0000-7000-8000-${String((counter += 1)).padStart(12, '0')}`;

const REGISTER = starterFacilities().map(({ id, facility }) => ({ id, ...facility }));

const setup = (
  impl: Parameters<typeof fakeClientFactory>[0] = {},
  options: { stored?: { token: string; email?: string }; facilities?: unknown[] } = {},
) => {
  const term = fakeTerminal();
  const fake = fakeClientFactory({
    login: () => ({ token: 'new-token' }),
    'vaults.create': (input) => ({
      id: VAULT,
      name: (input as { name: string }).name,
      role: 'owner',
      status: 'active',
      keyVersion: 1,
      createdAt: '2026-12-01T00:00:00.000Z',
    }),
    // Like the real client: every record of the file gets a new id, old → new.
    'exports.importJson': (_vault, content) => ({
      ids: new Map(parseVaultExport(content as string).records.map((r) => [r.id, newId()])),
    }),
    ...impl,
  });
  // The shared fake has no facility register; the demo reads it.
  const factory = (o: { baseUrl: string; token?: string }): VigilClient =>
    Object.assign(fake.factory(o), {
      facilities: { list: async () => options.facilities ?? REGISTER },
    });
  const sessions = memorySessions();
  if (options.stored !== undefined) sessions.map.set(SERVER, options.stored);
  const run = (...args: string[]) =>
    runCli(['node', 'vigil', 'demo', '--until', '2026-06-30', ...args], {
      serve: noServe,
      env: { VIGIL_PASSWORD: PASSWORD },
      terminal: term.terminal,
      sessions: sessions.store,
      createClient: factory,
    });
  return { run, term, fake, sessions };
};

describe('vigil demo', () => {
  it('refuses a last day in the future or a count of people below one, before any call', async () => {
    const t = setup();
    expect(await t.run('--email', EMAIL, '--until', '2999-01-01')).toBe(2);
    expect(await t.run('--email', EMAIL, '--people', '0')).toBe(2);
    expect(t.term.stderr()).toMatch(/--until must lie between 2023-01-01 and today \(usage\)/);
    expect(t.fake.calls).toEqual([]);
  });

  it('registers a new account, logs in, stores the session, then imports into a new vault', async () => {
    const t = setup({ register: () => ({ accountId: 'acc' }) });
    expect(await t.run('--email', EMAIL, '--people', '5', '--json')).toBe(0);
    expect(t.fake.names()).toEqual(['register', 'login', 'vaults.create', 'exports.importJson']);
    expect(t.sessions.map.get(SERVER)).toEqual({ token: 'new-token', email: EMAIL });
    const out = JSON.parse(t.term.stdout()) as { vaultId: string; counts: Record<string, number> };
    expect(out.vaultId).toBe(VAULT);
    const [vaultId, content] = t.fake.calls.at(-1)?.args ?? [];
    expect(vaultId).toBe(VAULT);
    const file = parseVaultExport(content as string);
    expect(file.records).toHaveLength(Object.values(out.counts).reduce((a, b) => a + b, 0));
    const created = t.fake.calls.find((c) => c.method === 'vaults.create')?.args[0];
    expect(created).toEqual({
      name: 'Demo vault — synthetic data (seed 1, 5 people)',
      email: EMAIL,
    });
  });

  it('logs in to the account when its address is taken already', async () => {
    const t = setup({
      register: () => {
        throw apiError('email_taken', 409);
      },
    });
    expect(await t.run('--email', EMAIL, '--people', '3')).toBe(0);
    expect(t.fake.names().slice(0, 2)).toEqual(['register', 'login']);
    expect(t.term.stdout()).toMatch(/^Created vault .* and imported \d+ synthetic records:/);
    expect(t.term.stdout()).toContain(`${SERVER}/vaults/${VAULT}/records`);
  });

  it('uses the stored session of the same account without registering or logging in', async () => {
    const t = setup({}, { stored: { token: 'tok', email: EMAIL } });
    expect(await t.run('--people', '3')).toBe(0);
    expect(t.fake.names().slice(0, 3)).toEqual(['resume', 'unlock', 'vaults.create']);
  });

  it('imports in parts, pointing later parts at the ids the earlier parts were given', async () => {
    const given: Map<string, string>[] = [];
    const t = setup(
      {
        'exports.importJson': (_vault, content) => {
          const file = parseVaultExport(content as string);
          const ids = new Map(file.records.map((r) => [r.id, newId()]));
          given.push(ids);
          return { ids };
        },
      },
      { stored: { token: 'tok', email: EMAIL } },
    );
    expect(await t.run('--people', '300', '--json')).toBe(0);
    const parts = t.fake.calls
      .filter((c) => c.method === 'exports.importJson')
      .map((c) => parseVaultExport(c.args[1] as string).records);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= IMPORT_CHUNK)).toBe(true);
    const earlier = new Set(given.slice(0, -1).flatMap((m) => [...m.values()]));
    const last = parts.at(-1) ?? [];
    const own = new Set(last.map((r) => r.id));
    const victims = last.flatMap((r) => (r.kind === 'incident' ? [String(r.data['victim'])] : []));
    const elsewhere = victims.filter((v) => !own.has(v));
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const v of elsewhere) expect(earlier.has(v)).toBe(true);
  });

  it('says how many records the vault holds when a later part fails', async () => {
    let calls = 0;
    const t = setup(
      {
        'exports.importJson': (_vault, content) => {
          calls += 1;
          if (calls === 2) throw apiError('validation_failed', 400);
          const file = parseVaultExport(content as string);
          return { ids: new Map(file.records.map((r) => [r.id, newId()])) };
        },
      },
      { stored: { token: 'tok', email: EMAIL } },
    );
    expect(await t.run('--people', '300')).toBe(1);
    expect(t.term.stderr()).toMatch(
      new RegExp(`The vault ${VAULT} was created and holds ${IMPORT_CHUNK} of the \\d+ synthetic`),
    );
  });

  it('says which vault stayed empty when the import fails', async () => {
    const t = setup(
      {
        'exports.importJson': () => {
          throw apiError('validation_failed', 400);
        },
      },
      { stored: { token: 'tok', email: EMAIL } },
    );
    expect(await t.run('--people', '3')).toBe(1);
    expect(t.term.stderr()).toContain(`The vault ${VAULT} was created and holds 0 of the`);
  });

  it('fails clearly when the facility register is empty', async () => {
    const t = setup({}, { stored: { token: 'tok', email: EMAIL }, facilities: [] });
    expect(await t.run('--people', '3')).toBe(1);
    expect(t.term.stderr()).toMatch(/facility register is empty.*\(no_facilities\)/);
    expect(t.fake.names()).not.toContain('vaults.create');
  });
});
