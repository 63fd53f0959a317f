import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECORD_KINDS } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';

const SERVER = 'http://127.0.0.1:8080';
const VAULT = '0190a5e4-1111-7abc-8def-0123456789ab';
const RECORD = '0190a5e4-4444-7abc-8def-0123456789ab';
const NEXT = '0190a5e4-5555-7abc-8def-0123456789ab';
const ALICE = '0190a5e4-2222-7abc-8def-0123456789ab';
const PASSWORD = 'correct horse battery staple';
const PERSON = { names: ['Ivan Petrov'], citizenship: ['RU'] };

const view = (over: Record<string, unknown> = {}) => ({
  id: RECORD,
  vaultId: VAULT,
  kind: 'person',
  version: 3,
  data: PERSON,
  deleted: false,
  keyVersion: 1,
  createdAt: '2026-11-01T00:00:00.000Z',
  createdBy: ALICE,
  updatedAt: '2026-11-02T00:00:00.000Z',
  updatedBy: ALICE,
  ...over,
});

const setup = (
  options: { stdin?: string; impl?: Parameters<typeof fakeClientFactory>[0] } = {},
) => {
  const term = fakeTerminal(options.stdin === undefined ? {} : { stdin: options.stdin });
  const client = fakeClientFactory({
    'records.create': (_vault, kind, data) => view({ kind, data, version: 1 }),
    'records.get': () => view(),
    'records.list': () => ({ records: [view()], next: null }),
    'records.update': (_vault, _id, data, version) => view({ data, version: Number(version) + 1 }),
    'records.delete': () => view({ deleted: true, version: 4 }),
    'records.restore': () => view({ deleted: false, version: 5 }),
    ...options.impl,
  });
  const sessions = memorySessions({ [SERVER]: 'tok' });
  const run = (...args: string[]) =>
    runCli(['node', 'vigil', ...args], {
      serve: noServe,
      env: { VIGIL_PASSWORD: PASSWORD },
      terminal: term.terminal,
      sessions: sessions.store,
      createClient: client.factory,
    });
  const recordCalls = () => client.calls.filter((c) => c.method.startsWith('records.'));
  return { run, term, client, recordCalls };
};

describe('vigil record add', () => {
  it('creates the record read from stdin, after unlocking, and prints its id', async () => {
    const t = setup({ stdin: JSON.stringify(PERSON) });
    expect(await t.run('record', 'add', 'person', '--vault', VAULT)).toBe(0);
    expect(t.client.names()).toEqual(['resume', 'unlock', 'records.create']);
    expect(t.recordCalls()).toEqual([
      { method: 'records.create', args: [VAULT, 'person', PERSON] },
    ]);
    expect(t.term.stdout()).toBe(`${RECORD}\n`);
  });

  it('reads the record from --file and prints id and version under --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-record-'));
    const file = join(dir, 'person.json');
    writeFileSync(file, JSON.stringify({ names: ['Olga Ivanova'] }));
    const t = setup();
    expect(await t.run('record', 'add', 'person', '--vault', VAULT, '--file', file, '--json')).toBe(
      0,
    );
    expect(t.recordCalls()[0]?.args[2]).toEqual({ names: ['Olga Ivanova'] });
    expect(JSON.parse(t.term.stdout())).toEqual({ id: RECORD, version: 1 });
  });

  it('refuses JSON that does not parse as a usage error naming the problem, before any call', async () => {
    const t = setup({ stdin: '{ "names": [' });
    expect(await t.run('record', 'add', 'person', '--vault', VAULT)).toBe(2);
    expect(t.term.stderr()).toMatch(
      /^error: the record on stdin is not valid JSON: .+ \(usage\)\n$/,
    );
    expect(t.client.calls).toEqual([]);
  });

  it('refuses a record that does not fit its kind, naming the field', async () => {
    const t = setup({ stdin: JSON.stringify({ names: 'Ivan', shoeSize: 44 }) });
    expect(await t.run('record', 'add', 'person', '--vault', VAULT)).toBe(2);
    expect(t.term.stderr()).toContain('is not a valid person');
    expect(t.term.stderr()).toMatch(/names: /);
    expect(t.client.calls).toEqual([]);
  });

  it('refuses a JSON value that is not an object', async () => {
    const t = setup({ stdin: '[1, 2]' });
    expect(await t.run('record', 'add', 'person', '--vault', VAULT)).toBe(2);
    expect(t.term.stderr()).toContain('must be a JSON object (usage)');
  });

  it('refuses an unknown kind as a usage error listing the kinds', async () => {
    const t = setup({ stdin: '{}' });
    expect(await t.run('record', 'add', 'prisoner', '--vault', VAULT)).toBe(2);
    expect(t.term.stderr()).toContain(
      `unknown record kind "prisoner": one of ${RECORD_KINDS.join(', ')} (usage)`,
    );
    expect(t.client.calls).toEqual([]);
  });

  it('refuses a file it cannot read as a usage error', async () => {
    const t = setup();
    const missing = join(tmpdir(), 'vigil-no-such-dir', 'x.json');
    expect(await t.run('record', 'add', 'person', '--vault', VAULT, '--file', missing)).toBe(2);
    expect(t.term.stderr()).toContain(`cannot read the record from ${missing}`);
  });
});

describe('vigil record get', () => {
  it('prints the opened record as JSON even without --json', async () => {
    const t = setup();
    expect(await t.run('record', 'get', 'person', RECORD, '--vault', VAULT)).toBe(0);
    expect(t.recordCalls()).toEqual([{ method: 'records.get', args: [VAULT, RECORD] }]);
    expect(JSON.parse(t.term.stdout())).toEqual(view());
  });

  it('says not_found when the record is of another kind', async () => {
    const t = setup();
    expect(await t.run('record', 'get', 'detention', RECORD, '--vault', VAULT)).toBe(1);
    expect(t.term.stderr()).toContain(`record ${RECORD} is a person, not a detention (not_found)`);
  });

  it('refuses an id that is not a UUID before calling the server', async () => {
    const t = setup();
    expect(await t.run('record', 'get', 'person', 'ivan', '--vault', VAULT)).toBe(2);
    expect(t.client.calls).toEqual([]);
  });
});

describe('vigil record list', () => {
  it('passes the kind, --deleted, --limit and --after to the client', async () => {
    const t = setup();
    const args = ['record', 'list', 'person', '--vault', VAULT, '--deleted', 'only'];
    expect(await t.run(...args, '--limit', '20', '--after', NEXT)).toBe(0);
    expect(t.recordCalls()).toEqual([
      {
        method: 'records.list',
        args: [VAULT, 'person', { deleted: 'only', limit: 20, after: NEXT }],
      },
    ]);
  });

  it('lists non-deleted records by default, as a table', async () => {
    const t = setup();
    expect(await t.run('record', 'list', 'person', '--vault', VAULT)).toBe(0);
    expect(t.recordCalls()[0]?.args).toEqual([VAULT, 'person', { deleted: 'exclude' }]);
    expect(t.term.stdout()).toMatch(/^ID\s+VERSION\s+DELETED\s+UPDATED\n/);
    expect(t.term.stdout()).toContain(RECORD);
  });

  it('prints records and the next page under --json', async () => {
    const t = setup({ impl: { 'records.list': () => ({ records: [view()], next: NEXT }) } });
    expect(await t.run('record', 'list', 'person', '--vault', VAULT, '--json')).toBe(0);
    expect(JSON.parse(t.term.stdout())).toEqual({ records: [view()], next: NEXT });
  });

  it('refuses a bad --limit or --deleted as usage errors', async () => {
    const t = setup();
    expect(await t.run('record', 'list', 'person', '--vault', VAULT, '--limit', '0')).toBe(2);
    expect(await t.run('record', 'list', 'person', '--vault', VAULT, '--limit', '1001')).toBe(2);
    expect(await t.run('record', 'list', 'person', '--vault', VAULT, '--deleted', 'all')).toBe(2);
    expect(t.client.calls).toEqual([]);
  });
});

describe('vigil record update, delete and restore', () => {
  it('updates with the record from stdin and the version given', async () => {
    const changed = { names: ['Ivan Petrov', 'Ivan P.'] };
    const t = setup({ stdin: JSON.stringify(changed) });
    const args = ['record', 'update', 'person', RECORD, '--vault', VAULT, '--version', '3'];
    expect(await t.run(...args, '--json')).toBe(0);
    expect(t.recordCalls()).toEqual([
      { method: 'records.update', args: [VAULT, RECORD, changed, 3] },
    ]);
    expect(JSON.parse(t.term.stdout())).toEqual({ id: RECORD, version: 4, deleted: false });
  });

  it('refuses update without a valid --version', async () => {
    const t = setup({ stdin: '{}' });
    expect(await t.run('record', 'update', 'person', RECORD, '--vault', VAULT)).toBe(2);
    const args = ['record', 'update', 'person', RECORD, '--vault', VAULT, '--version', 'x'];
    expect(await t.run(...args)).toBe(2);
    expect(t.client.calls).toEqual([]);
  });

  it('deletes and restores the record named', async () => {
    const t = setup();
    expect(await t.run('record', 'delete', 'person', RECORD, '--vault', VAULT, '--json')).toBe(0);
    expect(JSON.parse(t.term.stdout())).toEqual({ id: RECORD, version: 4, deleted: true });
    expect(await t.run('record', 'restore', 'person', RECORD, '--vault', VAULT)).toBe(0);
    expect(t.term.stdout()).toContain(`Restored person ${RECORD} (version 5).`);
    expect(t.recordCalls().map((c) => [c.method, c.args])).toEqual([
      ['records.get', [VAULT, RECORD]],
      ['records.delete', [VAULT, RECORD]],
      ['records.get', [VAULT, RECORD]],
      ['records.restore', [VAULT, RECORD]],
    ]);
  });

  it('does not delete a record of another kind than the one named', async () => {
    const t = setup();
    expect(await t.run('record', 'delete', 'incident', RECORD, '--vault', VAULT)).toBe(1);
    expect(t.client.names()).not.toContain('records.delete');
  });
});

describe('vigil record --help', () => {
  it('documents the input and the JSON shapes', async () => {
    const t = setup();
    expect(await t.run('record', 'add', '--help')).toBe(0);
    expect(t.term.stdout()).toContain('JSON output (--json): { "id": string, "version": number }');
    expect(t.term.stdout()).toContain('from stdin, or from --file');
    expect(await t.run('record', 'get', '--help')).toBe(0);
    expect(t.term.stdout()).toContain('Output is always JSON: { "id": string');
    expect(await t.run('record', 'list', '--help')).toBe(0);
    expect(t.term.stdout()).toContain('"next": string|null');
  });
});

describe('vigil record history', () => {
  const history = {
    id: RECORD,
    kind: 'person',
    versions: [
      {
        version: 1,
        change: 'create',
        data: PERSON,
        deleted: false,
        keyVersion: 1,
        changedAt: '2026-11-01T00:00:00.000Z',
        changedBy: ALICE,
      },
      {
        version: 2,
        change: 'delete',
        data: PERSON,
        deleted: true,
        keyVersion: 1,
        changedAt: '2026-11-02T00:00:00.000Z',
        changedBy: ALICE,
      },
    ],
  };

  it('prints every version, oldest first, as a table or as JSON', async () => {
    const t = setup({ impl: { 'records.history': () => history } });
    expect(await t.run('record', 'history', 'person', RECORD, '--vault', VAULT)).toBe(0);
    expect(t.recordCalls()).toEqual([{ method: 'records.history', args: [VAULT, RECORD] }]);
    const lines = t.term.stdout().trim().split('\n');
    expect(lines[0]).toMatch(/^VERSION\s+CHANGE\s+DELETED\s+CHANGED\s+BY$/);
    expect(lines[2]).toMatch(/^2\s+delete\s+yes\s+2026-11-02T00:00:00.000Z\s+/);

    const j = setup({ impl: { 'records.history': () => history } });
    expect(await j.run('record', 'history', 'person', RECORD, '--vault', VAULT, '--json')).toBe(0);
    expect(JSON.parse(j.term.stdout())).toEqual(history);
  });

  it('refuses a record of another kind than the one named', async () => {
    const t = setup({ impl: { 'records.history': () => ({ ...history, kind: 'incident' }) } });
    expect(await t.run('record', 'history', 'person', RECORD, '--vault', VAULT)).toBe(1);
    expect(t.term.stderr()).toContain('is a incident, not a person');
  });
});
