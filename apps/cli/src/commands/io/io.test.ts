import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '@vigil/client';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../main';
import { fakeClientFactory, fakeTerminal, memorySessions, noServe } from '../../testing/fakes';

const SERVER = 'http://127.0.0.1:8080';
const VAULT = '0190a5e4-1111-7abc-8def-0123456789ab';
const VICTIM = '0190a5e4-3333-7abc-8def-0123456789ab';
const PASSWORD = 'correct horse battery staple';

const dir = () => mkdtempSync(join(tmpdir(), 'vigil-io-'));
const file = (name: string, content: string): string => {
  const path = join(dir(), name);
  writeFileSync(path, content);
  return path;
};

const setup = (impl: Parameters<typeof fakeClientFactory>[0] = {}, interactive = false) => {
  const term = fakeTerminal({ interactive });
  const client = fakeClientFactory({
    'records.importRecords': (_v, _k, records) => ({
      ids: (records as unknown[]).map((_, i) => `id-${i}`),
    }),
    ...impl,
  });
  const run = (...args: string[]) =>
    runCli(['node', 'vigil', ...args], {
      serve: noServe,
      env: { VIGIL_PASSWORD: PASSWORD },
      terminal: term.terminal,
      sessions: memorySessions({ [SERVER]: 'tok' }).store,
      createClient: client.factory,
    });
  return { run, term, client };
};

const CSV = `victim,actType,date,narrative\r\n${VICTIM},010000000000,2024-03-05,Избит\r\n${VICTIM},beating,05.03.2024,x\r\n${VICTIM},010000000000,2024-03,y\r\n`;

describe('vigil import', () => {
  it('dry-runs a sheet, prints every problem by row and column, and exits 1 without importing', async () => {
    const t = setup();
    const path = file('incidents.csv', CSV);
    expect(await t.run('import', path, '--vault', VAULT, '--kind', 'incident')).toBe(1);
    expect(t.term.stderr()).toMatch(/row 3, column "date" \(date\): /);
    expect(t.term.stderr()).toMatch(/row 3, column "actType" \(actType\): "beating"/);
    expect(t.term.stderr()).toMatch(
      /2 problem\(s\) in 1 of 3 rows; nothing imported \(import_problems\)/,
    );
    expect(t.client.names()).not.toContain('records.importRecords');
  });

  it('imports a clean sheet through the column mapping, all rows at once', async () => {
    const t = setup();
    const mapping = file(
      'm.json',
      JSON.stringify({
        version: 1,
        kind: 'incident',
        fields: { victim: { column: 'V' }, actType: { column: 'Act' } },
      }),
    );
    const path = file('incidents.csv', `V;Act\n${VICTIM};010000000000\n${VICTIM};010000000000\n`);
    const code = await t.run(
      'import',
      path,
      '--vault',
      VAULT,
      '--kind',
      'incident',
      '--mapping',
      mapping,
      '--json',
    );
    expect(t.term.stderr()).not.toContain('error');
    expect(code).toBe(0);
    const call = t.client.calls.find((c) => c.method === 'records.importRecords');
    expect(call?.args.slice(0, 3)).toEqual([
      VAULT,
      'incident',
      [
        { victim: VICTIM, actType: '010000000000' },
        { victim: VICTIM, actType: '010000000000' },
      ],
    ]);
    expect(JSON.parse(t.term.stdout())).toEqual({ imported: 2, ids: ['id-0', 'id-1'] });
  });

  it('with --dry-run reports the rows ready and imports nothing', async () => {
    const t = setup();
    const path = file('i.csv', `victim,actType\n${VICTIM},010000000000\n`);
    expect(await t.run('import', path, '--vault', VAULT, '--kind', 'incident', '--dry-run')).toBe(
      0,
    );
    expect(t.term.stdout()).toBe('1 rows ready to import as incident records.\n');
    expect(t.client.names()).toEqual([]);
  });

  it('names the sheet row of a record the server refused', async () => {
    const t = setup({
      'records.importRecords': () => {
        throw new ApiError(400, 'validation_failed', 'Nothing was imported', [
          { path: 'rows.1.victim', message: 'incident.victim: … is not a person of this vault' },
        ]);
      },
    });
    const path = file(
      'i.csv',
      `victim,actType\n\n${VICTIM},010000000000\n${VICTIM},010000000000\n`,
    );
    expect(await t.run('import', path, '--vault', VAULT, '--kind', 'incident')).toBe(1);
    // Row 4 of the sheet: the header is row 1 and row 2 is blank.
    expect(t.term.stderr()).toContain('row 4 (victim): incident.victim');
  });

  it('draws a progress bar on stderr when it is a terminal', async () => {
    const t = setup(
      {
        'records.importRecords': (_v, _k, records, options) => {
          const o = options as { onProgress: (p: unknown) => void };
          o.onProgress({ phase: 'sealing', done: 1, total: 2 });
          o.onProgress({ phase: 'committing', done: 2, total: 2 });
          return { ids: (records as unknown[]).map(() => 'x') };
        },
      },
      true,
    );
    const path = file('i.csv', `victim,actType\n${VICTIM},010000000000\n${VICTIM},010000000000\n`);
    expect(await t.run('import', path, '--vault', VAULT, '--kind', 'incident')).toBe(0);
    expect(t.term.stderr()).toContain('sealing    [###############...............] 1/2');
    expect(t.term.stderr()).toContain('committing [##############################] 2/2');
  });

  it('imports a JSON export file whole, without --kind', async () => {
    const t = setup({ 'exports.importJson': () => ({ ids: new Map([['a', 'b']]) }) });
    const path = file('backup.json', '{"format":"vigil-vault-export"}');
    expect(await t.run('import', path, '--vault', VAULT, '--json')).toBe(0);
    expect(t.client.calls.find((c) => c.method === 'exports.importJson')?.args[1]).toBe(
      '{"format":"vigil-vault-export"}',
    );
    expect(JSON.parse(t.term.stdout())).toEqual({ imported: 1, ids: { a: 'b' } });
  });

  it('refuses a sheet without --kind, and an unknown file type, as usage errors', async () => {
    const t = setup();
    expect(await t.run('import', file('i.csv', 'a\n1\n'), '--vault', VAULT)).toBe(2);
    expect(await t.run('import', file('i.pdf', 'x'), '--vault', VAULT, '--kind', 'person')).toBe(2);
  });
});

describe('vigil export', () => {
  it('writes the files readable by the owner only and says what consent left out', async () => {
    const t = setup({
      'exports.vault': () => ({
        files: [{ name: 'incident.csv', content: 'id\r\n' }],
        excluded: [{ kind: 'source', id: 's1', reason: 'no-consent', message: 'Not authorised.' }],
      }),
    });
    const out = join(dir(), 'out');
    const code = await t.run(
      'export',
      '--vault',
      VAULT,
      '--out',
      out,
      '--format',
      'csv',
      '--purpose',
      'courts',
      '--sealed',
      'incident.narrative,person.names',
    );
    expect(t.term.stderr()).not.toContain('error');
    expect(code).toBe(0);
    expect(t.client.calls.find((c) => c.method === 'exports.vault')?.args).toEqual([
      VAULT,
      expect.objectContaining({
        format: 'csv',
        purpose: 'courts',
        sealedFields: ['incident.narrative', 'person.names'],
      }),
    ]);
    const path = join(out, 'incident.csv');
    expect(readFileSync(path, 'utf8')).toBe('id\r\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(t.term.stdout()).toContain('source s1: Not authorised. (no-consent)');
  });

  it('defaults to a JSON backup of every sealed field', async () => {
    const t = setup({ 'exports.vault': () => ({ files: [], excluded: [] }) });
    expect(await t.run('export', '--vault', VAULT, '--out', dir())).toBe(0);
    expect(t.client.calls.find((c) => c.method === 'exports.vault')?.args[1]).toMatchObject({
      format: 'json',
      purpose: 'backup',
      sealedFields: 'all',
    });
  });

  it('refuses an unknown purpose or sealed field name as usage errors', async () => {
    const t = setup();
    expect(await t.run('export', '--vault', VAULT, '--out', dir(), '--purpose', 'press')).toBe(2);
    expect(
      await t.run('export', '--vault', VAULT, '--out', dir(), '--sealed', 'incident.victim'),
    ).toBe(2);
    expect(t.client.names()).not.toContain('exports.vault');
  });
});
