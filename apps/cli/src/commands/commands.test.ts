import { describe, expect, it } from 'vitest';
import { runCli, type CliDeps } from '../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../testing/fakes';

const SERVER = 'http://127.0.0.1:8080';
const VAULT = '0190a5e4-1111-7abc-8def-0123456789ab';
const ALICE = '0190a5e4-2222-7abc-8def-0123456789ab';
const BOB = '0190a5e4-3333-7abc-8def-0123456789ab';
const PASSWORD = 'correct horse battery staple';

/** An error shaped like the client's ApiError (code, message, status). */
const apiError = (code: string, message: string) =>
  Object.assign(new Error(message), { code, status: 401, fields: [] });

const vaultView = {
  id: VAULT,
  name: 'Kazan cases',
  role: 'owner',
  status: 'active',
  keyVersion: 1,
  createdAt: '2025-11-25T00:00:00.000Z',
};

const setup = (
  impl: Parameters<typeof fakeClientFactory>[0] = {},
  options: {
    env?: Record<string, string>;
    sessions?: Record<string, string>;
    interactive?: boolean;
    answers?: string[];
    deps?: Partial<CliDeps>;
  } = {},
) => {
  const term = fakeTerminal({
    interactive: options.interactive ?? false,
    answers: options.answers ?? [],
  });
  const client = fakeClientFactory(impl);
  const sessions = memorySessions(options.sessions ?? {});
  const run = (...args: string[]) =>
    runCli(['node', 'vigil', ...args], {
      serve: noServe,
      env: options.env ?? {},
      terminal: term.terminal,
      sessions: sessions.store,
      createClient: client.factory,
      ...options.deps,
    });
  return { run, term, client, sessions };
};

describe('sessions and secrets', () => {
  it('fails with unauthenticated when no session is stored, without asking for a password', async () => {
    const t = setup({}, { env: { VIGIL_PASSWORD: PASSWORD } });
    expect(await t.run('vault', 'list')).toBe(1);
    expect(t.term.stderr()).toMatch(
      /^error: not logged in to this server.* \(unauthenticated\)\n$/,
    );
    expect(t.client.calls).toEqual([]);
  });

  it('fails clearly when no password is available and there is no terminal', async () => {
    const t = setup({}, { sessions: { [SERVER]: 'tok' } });
    expect(await t.run('vault', 'list')).toBe(1);
    expect(t.term.stderr()).toContain(
      'set VIGIL_PASSWORD or run in an interactive terminal (password_unavailable)',
    );
    expect(t.client.names()).not.toContain('unlock');
  });

  it('asks for the password with a hidden prompt on a terminal', async () => {
    const t = setup(
      { 'vaults.list': () => [] },
      { sessions: { [SERVER]: 'tok' }, interactive: true, answers: [PASSWORD] },
    );
    expect(await t.run('vault', 'list')).toBe(0);
    expect(t.term.prompts).toEqual(['Password: ']);
    expect(t.client.calls.find((c) => c.method === 'unlock')?.args).toEqual([PASSWORD]);
  });

  it('resumes the stored session and unlocks with VIGIL_PASSWORD for commands that need keys', async () => {
    const t = setup(
      { 'vaults.list': () => [vaultView] },
      {
        env: { VIGIL_PASSWORD: PASSWORD },
        sessions: { [SERVER]: 'tok' },
      },
    );
    expect(await t.run('vault', 'list', '--json')).toBe(0);
    expect(t.client.created).toEqual([{ baseUrl: SERVER, token: 'tok' }]);
    expect(t.client.names()).toEqual(['resume', 'unlock', 'vaults.list']);
    expect(JSON.parse(t.term.stdout())).toEqual({ vaults: [vaultView] });
    expect(t.term.stderr()).toContain('Deriving keys…');
  });

  it('forgets a session the server no longer accepts', async () => {
    const t = setup(
      { resume: () => Promise.reject(apiError('unauthenticated', 'Not signed in.')) },
      { env: { VIGIL_PASSWORD: PASSWORD }, sessions: { [SERVER]: 'old' } },
    );
    expect(await t.run('vault', 'list')).toBe(1);
    expect(t.sessions.map.has(SERVER)).toBe(false);
    expect(t.term.stderr()).toContain('(unauthenticated)');
  });

  it('never prints the password, even when the operation fails', async () => {
    const t = setup(
      { unlock: () => Promise.reject(apiError('decrypt_failed', 'Could not open the keys.')) },
      { env: { VIGIL_PASSWORD: PASSWORD }, sessions: { [SERVER]: 'tok' } },
    );
    expect(await t.run('vault', 'list')).toBe(1);
    expect(t.term.stderr()).toContain('wrong password? (decrypt_failed)');
    expect(t.term.stdout() + t.term.stderr()).not.toContain(PASSWORD);
  });
});

describe('vigil account', () => {
  it('registers, logs in and stores only the session token', async () => {
    const t = setup(
      {
        register: () => ({ accountId: ALICE }),
        login: () => ({ token: 'new-token' }),
      },
      { env: { VIGIL_PASSWORD: PASSWORD, VIGIL_EMAIL: 'a@example.org' } },
    );
    expect(await t.run('account', 'register', '--json')).toBe(0);
    expect(t.client.calls.map((c) => c.method)).toEqual(['register', 'login']);
    expect(t.client.calls[0]?.args).toEqual([{ email: 'a@example.org', password: PASSWORD }]);
    expect(JSON.parse(t.term.stdout())).toEqual({ accountId: ALICE, server: SERVER });
    expect([...t.sessions.map.entries()]).toEqual([
      [SERVER, { token: 'new-token', email: 'a@example.org' }],
    ]);
  });

  it('asks twice for a new password on a terminal and refuses a mismatch', async () => {
    const t = setup({}, { interactive: true, answers: [PASSWORD, 'something else'] });
    expect(await t.run('account', 'register', '--email', 'a@example.org')).toBe(1);
    expect(t.term.stderr()).toContain('(password_mismatch)');
    expect(t.client.calls).toEqual([]);
  });

  it('passes a TOTP code from VIGIL_TOTP to login', async () => {
    const t = setup(
      { login: () => ({ token: 't' }), account: () => ({ id: ALICE }) },
      { env: { VIGIL_PASSWORD: PASSWORD, VIGIL_TOTP: '123456' } },
    );
    expect(await t.run('account', 'login', '--email', 'a@example.org')).toBe(0);
    expect(t.client.calls[0]?.args).toEqual([
      { email: 'a@example.org', password: PASSWORD, totpCode: '123456' },
    ]);
    expect(t.term.stdout()).toBe(`Logged in as account ${ALICE}.\n`);
  });

  it('asks for a TOTP code on a terminal when the server requires one, then retries', async () => {
    let attempts = 0;
    const t = setup(
      {
        login: () => {
          attempts += 1;
          return attempts === 1
            ? Promise.reject(apiError('totp_required', 'A TOTP code is required.'))
            : { token: 't' };
        },
      },
      { env: { VIGIL_PASSWORD: PASSWORD }, interactive: true, answers: ['654321'] },
    );
    expect(await t.run('account', 'login', '--email', 'a@example.org')).toBe(0);
    expect(t.term.prompts).toEqual(['TOTP code: ']);
    expect(t.client.calls[1]?.args).toEqual([
      { email: 'a@example.org', password: PASSWORD, totpCode: '654321' },
    ]);
  });

  it('fails with a clear message when TOTP is required and no code can be had', async () => {
    const t = setup(
      { login: () => Promise.reject(apiError('totp_required', 'A TOTP code is required.')) },
      { env: { VIGIL_PASSWORD: PASSWORD } },
    );
    expect(await t.run('account', 'login', '--email', 'a@example.org')).toBe(1);
    expect(t.term.stderr()).toContain('pass --totp <code> or set VIGIL_TOTP (totp_unavailable)');
  });

  it('forgets the local token on logout even when the server session is already gone', async () => {
    const t = setup(
      { logout: () => Promise.reject(apiError('unauthenticated', 'Not signed in.')) },
      { sessions: { [SERVER]: 'tok' } },
    );
    expect(await t.run('account', 'logout', '--json')).toBe(0);
    expect(t.sessions.map.size).toBe(0);
    expect(JSON.parse(t.term.stdout())).toEqual({ loggedOut: true, server: SERVER });
  });

  it('enables TOTP with a code from a previous setup and prints the recovery codes', async () => {
    const t = setup(
      { 'totp.enable': () => ({ recoveryCodes: ['abcde-fghij', 'klmno-pqrst'] }) },
      { sessions: { [SERVER]: 'tok' } },
    );
    expect(await t.run('account', 'totp', 'enable', '--totp', '111222')).toBe(0);
    expect(t.client.names()).toEqual(['resume', 'totp.enable']);
    expect(t.term.stdout()).toContain('abcde-fghij');
  });

  it('reports TOTP status from the account view', async () => {
    const t = setup(
      { account: () => ({ id: ALICE, totpEnabled: true }) },
      { sessions: { [SERVER]: 'tok' } },
    );
    expect(await t.run('account', 'totp', 'status', '--json')).toBe(0);
    expect(JSON.parse(t.term.stdout())).toEqual({ enabled: true });
  });
});

describe('vigil vault', () => {
  const env = { VIGIL_PASSWORD: PASSWORD, VIGIL_EMAIL: 'a@example.org' };
  const sessions = { [SERVER]: 'tok' };

  it('creates a vault and prints its id as JSON', async () => {
    const t = setup({ 'vaults.create': () => vaultView }, { env, sessions });
    expect(await t.run('vault', 'create', '--name', 'Kazan cases', '--json')).toBe(0);
    expect(t.client.calls.at(-1)).toEqual({
      method: 'vaults.create',
      args: [{ name: 'Kazan cases', email: 'a@example.org' }],
    });
    expect(JSON.parse(t.term.stdout())).toEqual(vaultView);
  });

  it('fills the owner profile with the e-mail remembered from login when none is given', async () => {
    const t = setup({ 'vaults.create': () => vaultView }, { env: { VIGIL_PASSWORD: PASSWORD } });
    await t.sessions.store.set(SERVER, { token: 'tok', email: 'remembered@example.org' });
    expect(await t.run('vault', 'create', '--name', 'Kazan cases')).toBe(0);
    expect(t.client.calls.at(-1)?.args).toEqual([
      { name: 'Kazan cases', email: 'remembered@example.org' },
    ]);
    expect(t.term.stdout()).toBe(`Created vault ${VAULT}.\n`);
  });

  it('invites by e-mail with the chosen role', async () => {
    const member = {
      accountId: BOB,
      email: 'b@example.org',
      role: 'documenter',
      status: 'invited',
      createdAt: 'x',
    };
    const t = setup({ 'vaults.invite': () => member }, { env, sessions });
    expect(
      await t.run('vault', 'invite', VAULT, '--email', 'b@example.org', '--role', 'documenter'),
    ).toBe(0);
    expect(t.client.calls.at(-1)?.args).toEqual([
      VAULT,
      { email: 'b@example.org', role: 'documenter' },
    ]);
    expect(t.term.stdout()).toBe(`Invited account ${BOB} as documenter.\n`);
  });

  it('prints members as a table by default', async () => {
    const members = [
      { accountId: ALICE, email: 'a@example.org', role: 'owner', status: 'active', createdAt: 'x' },
      {
        accountId: BOB,
        email: 'b@example.org',
        role: 'documenter',
        status: 'invited',
        createdAt: 'y',
      },
    ];
    const t = setup({ 'vaults.members': () => members }, { env, sessions });
    expect(await t.run('vault', 'members', VAULT)).toBe(0);
    const lines = t.term.stdout().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ACCOUNT\s+EMAIL\s+ROLE\s+STATUS$/);
    expect(lines[2]).toMatch(new RegExp(`^${BOB}\\s+b@example.org\\s+documenter\\s+invited$`));
  });

  it('changes a role by account id without unlocking keys', async () => {
    const t = setup({}, { sessions });
    expect(await t.run('vault', 'role', VAULT, BOB, 'analyst', '--json')).toBe(0);
    expect(t.client.names()).toEqual(['resume', 'vaults.changeRole']);
    expect(JSON.parse(t.term.stdout())).toEqual({
      vaultId: VAULT,
      accountId: BOB,
      role: 'analyst',
    });
  });

  it('resolves a member given by e-mail through the (unlocked) member list', async () => {
    const members = [
      { accountId: BOB, email: 'b@example.org', role: 'viewer', status: 'active', createdAt: 'x' },
    ];
    const t = setup({ 'vaults.members': () => members }, { env, sessions });
    expect(await t.run('vault', 'remove', VAULT, 'B@example.org')).toBe(0);
    expect(t.client.calls.at(-1)).toEqual({ method: 'vaults.remove', args: [VAULT, BOB] });
  });

  it('reports an API error with its code and exit code 1', async () => {
    const t = setup(
      { 'vaults.invite': () => Promise.reject(apiError('forbidden', 'You may not do that.')) },
      { env, sessions },
    );
    expect(
      await t.run('vault', 'invite', VAULT, '--email', 'b@example.org', '--role', 'admin'),
    ).toBe(1);
    expect(t.term.stderr()).toMatch(/error: You may not do that\. \(forbidden\)\n$/);
    expect(t.term.stdout()).toBe('');
  });
});

describe('vigil audit verify', () => {
  const sessions = { [SERVER]: 'tok' };

  it('prints OK for a chain that verifies', async () => {
    const t = setup(
      { 'audit.verify': () => ({ ok: true, events: 4, head: 'ab'.repeat(32) }) },
      { sessions },
    );
    expect(await t.run('audit', 'verify', '--vault', VAULT)).toBe(0);
    expect(t.client.calls.at(-1)?.args).toEqual([VAULT]);
    expect(t.term.stdout()).toBe(`OK: 4 events, head ${'ab'.repeat(32)}\n`);
  });

  it('names the first bad event and exits non-zero', async () => {
    const t = setup(
      { 'audit.verify': () => ({ ok: false, seq: 3, reason: 'hash mismatch' }) },
      { sessions },
    );
    expect(await t.run('audit', 'verify', '--instance', '--json')).toBe(1);
    expect(t.client.calls.at(-1)?.args).toEqual(['instance']);
    expect(JSON.parse(t.term.stdout())).toEqual({
      chain: 'instance',
      ok: false,
      seq: 3,
      reason: 'hash mismatch',
    });
    expect(t.term.stderr()).toContain('(audit_chain_invalid)');
  });
});

describe('vigil serve', () => {
  it('starts the injected server with the parsed options and closes it on shutdown', async () => {
    const started: unknown[] = [];
    let closed = false;
    const t = setup(
      {},
      {
        deps: {
          serve: async (options) => {
            started.push(options);
            return { close: async () => void (closed = true), port: 43210 };
          },
          shutdownSignal: async () => undefined,
        },
      },
    );
    expect(
      await t.run('serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', '/tmp/d', '--json'),
    ).toBe(0);
    expect(started).toEqual([{ port: 0, host: '127.0.0.1', dataDir: '/tmp/d' }]);
    expect(JSON.parse(t.term.stdout())).toEqual({
      listening: true,
      host: '127.0.0.1',
      port: 43210,
      dataDir: '/tmp/d',
    });
    expect(closed).toBe(true);
  });

  it('surfaces a locked data directory as a coded error', async () => {
    const t = setup(
      {},
      {
        deps: {
          serve: async () => {
            throw Object.assign(
              new Error('The data directory is in use by another Vigil process.'),
              {
                code: 'data_dir_locked',
              },
            );
          },
        },
      },
    );
    expect(await t.run('serve', '--data-dir', '/tmp/d')).toBe(1);
    expect(t.term.stderr()).toBe(
      'error: The data directory is in use by another Vigil process. (data_dir_locked)\n',
    );
  });
});
