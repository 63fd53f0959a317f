import { describe, expect, it } from 'vitest';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';
import { applySettingsChange, parseSensitiveFields } from './settings';

const SERVER = 'http://127.0.0.1:8080';
const VAULT = '0190a5e4-1111-7abc-8def-0123456789ab';

const view = (coded: string[]) => ({
  id: VAULT,
  name: 'Kazan cases',
  role: 'owner',
  status: 'active',
  keyVersion: 1,
  createdAt: '2025-11-25T00:00:00.000Z',
  recordSettings: { codedSensitiveFields: coded },
});

const setup = (impl: Parameters<typeof fakeClientFactory>[0]) => {
  const term = fakeTerminal({ interactive: false, answers: [] });
  const client = fakeClientFactory(impl);
  const run = (...args: string[]) =>
    runCli(['node', 'vigil', ...args], {
      serve: noServe,
      env: { VIGIL_PASSWORD: 'correct horse battery staple' },
      terminal: term.terminal,
      sessions: memorySessions({ [SERVER]: 'tok' }).store,
      createClient: client.factory,
    });
  return { run, term, client };
};

describe('vigil vault settings', () => {
  it('shows every sensitive field and where the vault keeps it, changing nothing', async () => {
    const t = setup({ 'vaults.get': () => view(['person.groupsLgbtq']) });
    expect(await t.run('vault', 'settings', VAULT, '--json')).toBe(0);
    expect(t.client.names()).not.toContain('vaults.setRecordSettings');
    const out = JSON.parse(t.term.stdout()) as Record<string, string[]>;
    expect(out.codedSensitiveFields).toEqual(['person.groupsLgbtq']);
    expect(out.sealedSensitiveFields).toContain('person.groupsReligion');
    expect(out.sealedSensitiveFields).not.toContain('person.groupsLgbtq');
  });

  it('exposes and seals the fields named, keeping the others as they were', async () => {
    const t = setup({
      'vaults.get': () => view(['person.groupsLgbtq']),
      'vaults.setRecordSettings': () => view(['person.groupsReligion']),
    });
    expect(
      await t.run(
        'vault',
        'settings',
        VAULT,
        '--expose',
        'person.groupsReligion',
        '--seal',
        'person.groupsLgbtq',
      ),
    ).toBe(0);
    expect(t.client.calls.at(-1)).toEqual({
      method: 'vaults.setRecordSettings',
      args: [VAULT, { codedSensitiveFields: ['person.groupsReligion'] }],
    });
    expect(t.term.stdout()).toMatch(/person\.groupsReligion\s+coded/);
  });

  it('refuses a field that is not sensitive as a usage error, before any request', async () => {
    const t = setup({});
    expect(await t.run('vault', 'settings', VAULT, '--expose', 'person.names')).toBe(2);
    expect(t.term.stderr()).toContain('not a sensitive field: person.names');
    expect(t.client.names()).toEqual([]);
  });
});

describe('settings changes', () => {
  it('refuses a field named both to expose and to seal', () => {
    expect(() =>
      applySettingsChange(
        { codedSensitiveFields: [] },
        ['person.groupsLgbtq'],
        ['person.groupsLgbtq'],
      ),
    ).toThrow(/both --expose and --seal/);
  });

  it('ignores blanks and spaces in a list of names', () => {
    expect(parseSensitiveFields(' person.groupsLgbtq, ,', '--expose')).toEqual([
      'person.groupsLgbtq',
    ]);
  });
});
