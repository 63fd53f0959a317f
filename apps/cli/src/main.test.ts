import { describe, expect, it } from 'vitest';
import { runCli } from './main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from './testing/fakes';

const VAULT = '0190a5e4-1111-7abc-8def-0123456789ab';
const SERVER = 'http://127.0.0.1:8080';

/** Runs the CLI in-process with fakes; argv is what follows `vigil`. */
const run = async (
  args: string[],
  options: { env?: Record<string, string>; sessions?: Record<string, string> } = {},
) => {
  const term = fakeTerminal();
  const client = fakeClientFactory({ 'vaults.list': () => [] });
  const sessions = memorySessions(options.sessions ?? {});
  const code = await runCli(['node', 'vigil', ...args], {
    serve: noServe,
    env: options.env ?? {},
    terminal: term.terminal,
    sessions: sessions.store,
    createClient: client.factory,
  });
  return { code, out: term.stdout(), err: term.stderr(), client };
};

describe('vigil --help', () => {
  it('lists every command group, the global options and the environment variables', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    for (const text of ['serve', 'account', 'vault', 'audit', 'vocab', '--server', '--json']) {
      expect(out).toContain(text);
    }
    for (const variable of ['VIGIL_HOME', 'VIGIL_PASSWORD', 'VIGIL_SERVER', 'VIGIL_TOTP']) {
      expect(out).toContain(variable);
    }
  });

  const leaves: [string[], string[]][] = [
    [['serve'], ['--port', '--host', '--data-dir', '--database-url', 'data_dir_locked']],
    [
      ['account', 'register'],
      ['--email', 'VIGIL_PASSWORD', '"accountId"'],
    ],
    [
      ['account', 'login'],
      ['--email', '--totp', '--recovery-code', '"accountId"'],
    ],
    [['account', 'logout'], ['"loggedOut"']],
    [
      ['account', 'totp', 'setup'],
      ['"secret"', '"uri"'],
    ],
    [
      ['account', 'totp', 'enable'],
      ['--totp', '"recoveryCodes"'],
    ],
    [
      ['account', 'totp', 'disable'],
      ['--totp', '"enabled"'],
    ],
    [['account', 'totp', 'status'], ['"enabled"']],
    [
      ['vault', 'create'],
      ['--name <name>', '--my-email', '"keyVersion"'],
    ],
    [
      ['vault', 'list'],
      ['"vaults"', 'invited'],
    ],
    [
      ['vault', 'invite'],
      ['<vault-id>', '--email <address>', '--role', 'documenter', '"accountId"'],
    ],
    [
      ['vault', 'accept'],
      ['<vault-id>', '"status"'],
    ],
    [
      ['vault', 'members'],
      ['<vault-id>', '"members"'],
    ],
    [
      ['vault', 'role'],
      ['<member>', '<role>', 'analyst', '"role"'],
    ],
    [
      ['vault', 'remove'],
      ['<member>', '"removed"'],
    ],
    [
      ['audit', 'verify'],
      ['--vault', '--instance', '"ok"', '"seq"', '"reason"'],
    ],
  ];

  it.each(leaves)('documents `vigil %s` with its options and JSON shape', async (path, texts) => {
    const { code, out } = await run([...path, '--help']);
    expect(code).toBe(0);
    expect(out).toContain(`Usage: vigil ${path.join(' ')}`);
    // Global options are shown on every command so --json is discoverable everywhere.
    expect(out).toContain('--json');
    expect(out).toContain('--server');
    if (path[0] !== 'serve') expect(out).toContain('JSON output (--json)');
    for (const text of texts) expect(out).toContain(text);
  });

  it.each([['account'], ['vault'], ['audit'], ['account', 'totp']])(
    'lists the subcommands of `vigil %s`',
    async (...path) => {
      const { code, out } = await run([...path, '--help']);
      expect(code).toBe(0);
      expect(out).toMatch(/Commands:/);
    },
  );
});

describe('usage errors exit with code 2 and name the problem', () => {
  it('rejects an unknown command', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err).toMatch(/^error: unknown command 'frobnicate' \(usage\)/m);
  });

  it('rejects an unknown option', async () => {
    const { code, err } = await run(['vault', 'list', '--colour']);
    expect(code).toBe(2);
    expect(err).toContain("unknown option '--colour'");
  });

  it('shows the group help on stderr when a group is called without a subcommand', async () => {
    const { code, err } = await run(['vault']);
    expect(code).toBe(2);
    expect(err).toContain('Usage: vigil vault');
  });

  it('requires --role for an invitation', async () => {
    const { code, err, client } = await run(['vault', 'invite', VAULT, '--email', 'b@example.org']);
    expect(code).toBe(2);
    expect(err).toContain("'--role <role>' not specified");
    expect(client.calls).toEqual([]);
  });

  it('refuses a role that does not exist', async () => {
    const { code, err } = await run([
      'vault',
      'invite',
      VAULT,
      '--email',
      'b@example.org',
      '--role',
      'god',
    ]);
    expect(code).toBe(2);
    expect(err).toContain('Allowed choices are owner, admin, documenter, analyst, viewer');
  });

  it('refuses a vault id that is not a UUID before calling the server', async () => {
    const { code, err, client } = await run(['vault', 'members', 'my-vault'], {
      sessions: { [SERVER]: 'tok' },
    });
    expect(code).toBe(2);
    expect(err).toBe('error: a vault id is a UUID (see `vigil vault list`) (usage)\n');
    expect(client.calls).toEqual([]);
  });

  it.each([[[]], [['--instance', '--vault', VAULT]]])(
    'needs exactly one of --vault and --instance for audit verify (%j)',
    async (flags) => {
      const { code, err } = await run(['audit', 'verify', ...flags]);
      expect(code).toBe(2);
      expect(err).toContain('exactly one of --vault <id> or --instance');
    },
  );

  it('refuses a --server that is not an http(s) URL', async () => {
    const { code, err } = await run(['--server', 'ftp://example.org', 'vault', 'list']);
    expect(code).toBe(2);
    expect(err).toContain('http:// or https://');
  });

  it('refuses a malformed TOTP code', async () => {
    const { code, err } = await run([
      'account',
      'login',
      '--email',
      'a@example.org',
      '--totp',
      '12ab56',
    ]);
    expect(code).toBe(2);
    expect(err).toContain('six digits');
  });

  it('refuses a port out of range for serve', async () => {
    const { code, err } = await run(['serve', '--port', '70000']);
    expect(code).toBe(2);
    expect(err).toContain('--port');
  });
});

describe('global options', () => {
  it('accepts --json and --server after the subcommand and normalises the server URL', async () => {
    const { code, client } = await run(
      ['vault', 'list', '--json', '--server', 'http://localhost:9999/'],
      { env: { VIGIL_PASSWORD: 'pw' }, sessions: { 'http://localhost:9999': 'tok' } },
    );
    expect(code).toBe(0);
    expect(client.created).toEqual([{ baseUrl: 'http://localhost:9999', token: 'tok' }]);
  });

  it('takes the server from VIGIL_SERVER when --server is absent', async () => {
    const { client } = await run(['account', 'totp', 'status'], {
      env: { VIGIL_SERVER: 'https://vigil.example.org' },
      sessions: { 'https://vigil.example.org': 'tok' },
    });
    expect(client.created[0]?.baseUrl).toBe('https://vigil.example.org');
  });
});
