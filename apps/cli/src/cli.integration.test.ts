import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, freePort, runVigil as vigil, VIGIL_BIN } from './testing/run-vigil';
// Test files may cross the app boundary: the CLI is exercised against the real server.
import { startServer } from '../../server/src/index';
import { openDatabase } from '../../server/src/platform/db';
import { sql } from 'kysely';
import { jpegOf, tiffOf } from '../../../packages/client/src/evidence/test-fixtures';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const PASSWORD_A = 'alice has a long passphrase';
const PASSWORD_B = 'bob has another passphrase';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'vigil-cli-it-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a non-interactive script against a real server', () => {
  let server: { close(): unknown } | undefined;
  let url: string;
  let envA: Record<string, string>;
  let envB: Record<string, string>;

  beforeAll(async () => {
    const port = await freePort();
    server = await startServer({ port, host: '127.0.0.1', dataDir: join(root, 'data') });
    url = `http://127.0.0.1:${port}`;
    envA = { VIGIL_HOME: join(root, 'home-a'), VIGIL_PASSWORD: PASSWORD_A, VIGIL_SERVER: url };
    envB = { VIGIL_HOME: join(root, 'home-b'), VIGIL_PASSWORD: PASSWORD_B, VIGIL_SERVER: url };
  });
  afterAll(async () => {
    await server?.close();
  });

  it('registers two users, shares a vault, changes a role and verifies the audit chain', async () => {
    const a = await vigil(['account', 'register', '--email', 'alice@example.org', '--json'], envA);
    const alice = JSON.parse(expectOk(a).stdout) as { accountId: string };
    expect(a.stderr).toContain('Deriving keys…');
    const b = await vigil(['account', 'register', '--email', 'bob@example.org', '--json'], envB);
    const bob = JSON.parse(expectOk(b).stdout) as { accountId: string };
    expect(bob.accountId).not.toBe(alice.accountId);

    // The session token is the only state, owner-only; the password is nowhere in it.
    expect((await stat(join(envA.VIGIL_HOME ?? '', 'sessions.json'))).mode & 0o777).toBe(0o600);

    const created = await vigil(['vault', 'create', '--name', 'Case files', '--json'], envA);
    const vault = JSON.parse(expectOk(created).stdout) as { id: string; role: string };
    expect(vault).toMatchObject({ name: 'Case files', role: 'owner', status: 'active' });

    const invite = await vigil(
      ['vault', 'invite', vault.id, '--email', 'bob@example.org', '--role', 'documenter', '--json'],
      envA,
    );
    expect(JSON.parse(expectOk(invite).stdout)).toMatchObject({
      accountId: bob.accountId,
      role: 'documenter',
      status: 'invited',
    });

    const listed = await vigil(['vault', 'list', '--json'], envB);
    expect(JSON.parse(expectOk(listed).stdout)).toEqual({
      vaults: [expect.objectContaining({ id: vault.id, name: 'Case files', status: 'invited' })],
    });

    const accepted = await vigil(['vault', 'accept', vault.id, '--json'], envB);
    expect(JSON.parse(expectOk(accepted).stdout)).toMatchObject({ id: vault.id, status: 'active' });

    const members = await vigil(['vault', 'members', vault.id, '--json'], envA);
    const { members: list } = JSON.parse(expectOk(members).stdout) as {
      members: { accountId: string; email: string; role: string; status: string }[];
    };
    expect(list.map((m) => [m.email, m.role, m.status]).sort()).toEqual([
      ['alice@example.org', 'owner', 'active'],
      ['bob@example.org', 'documenter', 'active'],
    ]);

    expectOk(await vigil(['vault', 'role', vault.id, bob.accountId, 'analyst'], envA));
    const after = await vigil(['vault', 'members', vault.id], envA);
    expect(expectOk(after).stdout).toMatch(
      new RegExp(`${bob.accountId}\\s+bob@example.org\\s+analyst`),
    );

    const verified = await vigil(['audit', 'verify', '--vault', vault.id], envA);
    expect(expectOk(verified).stdout).toMatch(/^OK: \d+ events, head [0-9a-f]{64}\n$/);
  });

  it('refuses a documenter who tries to invite, with the server error code and exit code 1', async () => {
    const c = await vigil(['account', 'register', '--email', 'carol@example.org'], {
      ...envB,
      VIGIL_HOME: join(root, 'home-c'),
    });
    expectOk(c);
    const vaults = JSON.parse((await vigil(['vault', 'list', '--json'], envB)).stdout) as {
      vaults: { id: string }[];
    };
    const id = vaults.vaults[0]?.id ?? '';
    const r = await vigil(
      ['vault', 'invite', id, '--email', 'carol@example.org', '--role', 'viewer'],
      envB,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .* \(forbidden\)$/m);
  });

  it('imports a sheet all or nothing, naming a bad row, then exports the vault', async () => {
    const created = await vigil(['vault', 'create', '--name', 'Imports', '--json'], envA);
    const vault = (JSON.parse(expectOk(created).stdout) as { id: string }).id;
    const personFile = join(root, 'victim.json');
    await writeFile(personFile, JSON.stringify({ names: ['Иван Петров'] }));
    const added = await vigil(
      ['record', 'add', 'person', '--vault', vault, '--file', personFile, '--json'],
      envA,
    );
    const victim = (JSON.parse(expectOk(added).stdout) as { id: string }).id;
    const missing = '01900000-0000-7000-8000-0000000000ff';
    const sheet = (third: string) =>
      `victim,actType,date,narrative\n${victim},010000000000,2024-03-05,Избит в ШИЗО\n` +
      `${victim},010000000000,2024-03,second\n${third},010000000000,2024,third\n`;
    const bad = join(root, 'bad.csv');
    await writeFile(bad, sheet(missing));
    const refused = await vigil(['import', bad, '--vault', vault, '--kind', 'incident'], envA);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('row 4 (victim)');
    expect(refused.stderr).toMatch(/\(validation_failed\)$/m);
    const none = await vigil(['record', 'list', 'incident', '--vault', vault, '--json'], envA);
    expect(JSON.parse(expectOk(none).stdout)).toEqual({ records: [], next: null });

    const good = join(root, 'good.csv');
    await writeFile(good, sheet(victim));
    const imported = await vigil(
      ['import', good, '--vault', vault, '--kind', 'incident', '--json'],
      envA,
    );
    const { ids } = JSON.parse(expectOk(imported).stdout) as { imported: number; ids: string[] };
    expect(ids).toHaveLength(3);
    const history = await vigil(
      ['record', 'history', 'incident', ids[0] ?? '', '--vault', vault, '--json'],
      envA,
    );
    expect(JSON.parse(expectOk(history).stdout)).toMatchObject({
      id: ids[0],
      versions: [{ version: 1, change: 'create', data: { narrative: 'Избит в ШИЗО' } }],
    });

    const out = join(root, 'export');
    const csv = await vigil(
      ['export', '--vault', vault, '--out', out, '--format', 'csv', '--sealed', 'none', '--json'],
      envA,
    );
    const written = JSON.parse(expectOk(csv).stdout) as { files: string[]; excluded: unknown[] };
    expect(written.excluded).toEqual([]);
    const incidents = await readFile(join(out, 'incident.csv'), 'utf8');
    expect(incidents.trim().split('\r\n')).toHaveLength(4);
    expect(incidents).not.toContain('Избит');
    const internal = await vigil(
      ['export', '--vault', vault, '--out', out, '--purpose', 'internal', '--json'],
      envA,
    );
    // No source consents to anything: the people and incidents are left out, with reasons.
    const left = JSON.parse(expectOk(internal).stdout) as { excluded: { reason: string }[] };
    expect(left.excluded).toHaveLength(4);
    expect(new Set(left.excluded.map((e) => e.reason))).toEqual(new Set(['no-consenting-source']));
  });

  it('adds evidence, gets it back byte-identical, lists and verifies it; a damaged part fails verify', async () => {
    const created = await vigil(['vault', 'create', '--name', 'Evidence', '--json'], envA);
    const vault = (JSON.parse(expectOk(created).stdout) as { id: string }).id;
    const personFile = join(root, 'witness.json');
    await writeFile(personFile, JSON.stringify({ names: ['Анна Свидетель'] }));
    const person = JSON.parse(
      expectOk(
        await vigil(
          ['record', 'add', 'person', '--vault', vault, '--file', personFile, '--json'],
          envA,
        ),
      ).stdout,
    ) as { id: string };
    // 2.5 MiB: three encryption chunks.
    const bytes = Buffer.alloc(2.5 * 1024 * 1024 + 3, 0);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 3) % 256;
    const photo = join(root, 'photo.jpg');
    await writeFile(photo, bytes);
    const added = await vigil(
      ['evidence', 'add', photo, '--vault', vault, '--person', person.id, '--json'],
      envA,
    );
    const item = JSON.parse(expectOk(added).stdout) as { id: string; sha256: string };
    expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);

    const out = join(root, 'photo-copy.jpg');
    const got = await vigil(
      ['evidence', 'get', item.id, '--vault', vault, '--out', out, '--json'],
      envA,
    );
    expect(JSON.parse(expectOk(got).stdout)).toEqual({
      id: item.id,
      sha256: item.sha256,
      size: bytes.length,
    });
    expect(Buffer.compare(await readFile(out), bytes)).toBe(0);

    const listed = await vigil(
      ['evidence', 'list', '--vault', vault, '--linked-to', person.id, '--json'],
      envA,
    );
    // Its bytes are no JPEG, whatever its name says: a document.
    expect(JSON.parse(expectOk(listed).stdout)).toMatchObject({
      items: [{ id: item.id, kind: 'document', fileName: 'photo.jpg', sha256: item.sha256 }],
    });
    const verified = await vigil(['evidence', 'verify', item.id, '--vault', vault], envA);
    expect(expectOk(verified).stdout).toMatch(/^ok: 3 custody events verified/);

    // A photo's metadata is read and sealed; a working copy drops it and names its original.
    const jpeg = join(root, 'cell.jpg');
    await writeFile(
      jpeg,
      jpegOf({
        exif: tiffOf({
          make: 'CanaryCam',
          gps: { lat: [55, 45, 0], latRef: 'N', lon: [37, 36, 0], lonRef: 'E' },
        }),
      }),
    );
    const shot = JSON.parse(
      expectOk(await vigil(['evidence', 'add', jpeg, '--vault', vault, '--json'], envA)).stdout,
    ) as { id: string };
    const strip = await vigil(['evidence', 'strip', shot.id, '--vault', vault, '--json'], envA);
    const copy = JSON.parse(expectOk(strip).stdout) as { id: string; removed: string[] };
    expect(copy.removed).toContain('exif');
    const all = JSON.parse(
      expectOk(await vigil(['evidence', 'list', '--vault', vault, '--json'], envA)).stdout,
    ) as {
      items: { id: string; derivedFrom: string | null; metadata: Record<string, unknown> | null }[];
    };
    const original = all.items.find((i) => i.id === shot.id);
    expect(original?.metadata).toMatchObject({
      mediaType: 'image/jpeg',
      device: { make: 'CanaryCam' },
      gps: { latitude: 55.75, longitude: 37.6 },
    });
    const working = all.items.find((i) => i.id === copy.id);
    expect(working?.derivedFrom).toBe(shot.id);
    const copyOut = join(root, 'cell-copy.jpg');
    expectOk(await vigil(['evidence', 'get', copy.id, '--vault', vault, '--out', copyOut], envA));
    expect((await readFile(copyOut)).includes('CanaryCam')).toBe(false);
    const originalCustody = await vigil(['evidence', 'verify', shot.id, '--vault', vault], envA);
    // intake, copy (for the strip), derive (naming the copy), view (this verify)
    expect(expectOk(originalCustody).stdout).toMatch(/^ok: 4 custody events verified/);

    // One byte of a stored part changed on disk: the file no longer opens, verify exits 1.
    const objects = join(root, 'data', 'objects', 'evidence', vault, item.id);
    const partFile = join(objects, (await readdir(objects))[0] ?? '');
    const stored = await readFile(partFile);
    stored[100] = (stored[100] ?? 0) ^ 1;
    await writeFile(partFile, stored);
    const damaged = await vigil(['evidence', 'verify', item.id, '--vault', vault], envA);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/\(mismatch\)$/m);
  });

  it('packages two files, one handled by a member since removed, verifies the package offline, and names an altered file, a dropped and a reordered event', async () => {
    const created = await vigil(['vault', 'create', '--name', 'Package', '--json'], envA);
    const vault = (JSON.parse(expectOk(created).stdout) as { id: string }).id;
    const ids: string[] = [];
    for (const [name, size] of [
      ['Протокол.txt', 2000],
      ['photo.jpg', 3000],
    ] as const) {
      const path = join(root, name);
      await writeFile(path, Buffer.alloc(size, name.length));
      const added = await vigil(['evidence', 'add', path, '--vault', vault, '--json'], envA);
      const { id } = JSON.parse(expectOk(added).stdout) as { id: string };
      ids.push(id);
      // A download first: each chain is intake, download, export.
      const copy = join(root, `copy-${name}`);
      expectOk(await vigil(['evidence', 'get', id, '--vault', vault, '--out', copy], envA));
    }
    // Bob downloads the second file, then leaves the vault: his signed event must still verify.
    expectOk(
      await vigil(
        ['vault', 'invite', vault, '--email', 'bob@example.org', '--role', 'viewer'],
        envA,
      ),
    );
    expectOk(await vigil(['vault', 'accept', vault], envB));
    const bobsCopy = join(root, 'copy-by-bob');
    expectOk(
      await vigil(['evidence', 'get', ids[1] ?? '', '--vault', vault, '--out', bobsCopy], envB),
    );
    expectOk(await vigil(['vault', 'remove', vault, 'bob@example.org'], envA));
    // Verifying reads the file, which signs one more event.
    expectOk(await vigil(['evidence', 'verify', ids[1] ?? '', '--vault', vault], envA));

    const zip = join(root, 'package.zip');
    const made = await vigil(
      ['evidence', 'package', '--vault', vault, '--items', ids.join(','), '--out', zip, '--json'],
      envA,
    );
    expect(JSON.parse(expectOk(made).stdout)).toEqual({ path: zip, items: 2 });
    expect((await stat(zip)).mode & 0o777).toBe(0o600);

    // No server, no password, no state: what a court has.
    const offline = { VIGIL_HOME: join(root, 'home-court'), VIGIL_SERVER: 'http://127.0.0.1:9' };
    const ok = await vigil(['package', 'verify', zip], offline);
    expect(expectOk(ok).stdout).toMatch(/^ok: 2 items, 8 custody events verified\n$/);

    const files = unzipSync(await readFile(zip));
    const [first, second] = ids as [string, string];
    const original = Object.keys(files).find((p) => p.startsWith(`files/${first}/`)) ?? '';
    expect(original).toBe(`files/${first}/Протокол.txt`);
    const tampered = async (change: (f: Record<string, Uint8Array>) => void) => {
      const copy = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.slice()]));
      change(copy);
      const bad = join(root, 'bad.zip');
      await writeFile(bad, zipSync(copy));
      return vigil(['package', 'verify', bad], offline);
    };
    const custody = (f: Record<string, Uint8Array>, id: string) =>
      JSON.parse(strFromU8(f[`custody/${id}.json`] ?? new Uint8Array())) as unknown[];

    const altered = await tampered((f) => {
      const bytes = f[original] ?? new Uint8Array();
      bytes[5] = (bytes[5] ?? 0) ^ 1;
    });
    expect(altered.code).toBe(1);
    expect(altered.stdout).toContain(`${original}: sha256_mismatch`);
    expect(altered.stdout).toContain(`custody/${first}.json event 0: file_mismatch`);
    expect(altered.stderr).toMatch(/\(mismatch\)$/m);

    const dropped = await tampered((f) => {
      const events = custody(f, second);
      events.splice(1, 1);
      f[`custody/${second}.json`] = strToU8(JSON.stringify(events));
    });
    expect(dropped.code).toBe(1);
    expect(dropped.stdout).toContain(`custody/${second}.json event 1: broken_link`);

    // The export, last in its chain, dropped and the manifest's count lowered to match.
    const cutShort = await tampered((f) => {
      f[`custody/${second}.json`] = strToU8(JSON.stringify(custody(f, second).slice(0, -1)));
      const manifest = JSON.parse(strFromU8(f['manifest.json'] ?? new Uint8Array())) as {
        items: { id: string; events: number }[];
      };
      for (const item of manifest.items) if (item.id === second) item.events -= 1;
      f['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2));
    });
    expect(cutShort.code).toBe(1);
    expect(cutShort.stdout).toContain('manifest.sig.json: bad_signature');

    const reordered = await tampered((f) => {
      const events = custody(f, first);
      f[`custody/${first}.json`] = strToU8(JSON.stringify([events[0], events[2], events[1]]));
    });
    expect(reordered.code).toBe(1);
    expect(reordered.stdout).toContain(`custody/${first}.json event 1: out_of_order`);
    expect(reordered.stdout).toContain(`custody/${first}.json event 2: out_of_order`);

    const asJson = await vigil(['package', 'verify', zip, '--json'], offline);
    expect(JSON.parse(expectOk(asJson).stdout)).toMatchObject({ ok: true, problems: [] });
  });

  it('lists the facility register, exports and re-imports it unchanged, imports a hand-written CSV and refuses a bad row and a duplicate', async () => {
    const listed = JSON.parse(
      expectOk(await vigil(['facility', 'list', '--json'], envA)).stdout,
    ) as {
      facilities: {
        id: string;
        names: { en?: string };
        type: string;
        region: string;
        coordinates: unknown;
        sources: unknown[];
        sample: boolean;
      }[];
    };
    expect(listed.facilities.length).toBeGreaterThanOrEqual(20);
    for (const f of listed.facilities) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(['id', 'names', 'type', 'region', 'coordinates', 'sources']),
      );
    }
    const table = expectOk(await vigil(['facility', 'list', '--region', 'RU-VLA'], envA)).stdout;
    expect(table).toMatch(/Melekhovo.*\(sample\)/);
    expect(table).toContain('not a complete register');

    const csv = join(root, 'facilities.csv');
    const geo = join(root, 'facilities.geojson');
    expectOk(await vigil(['facility', 'export', '--out', csv], envA));
    expectOk(await vigil(['facility', 'export', '--out', geo], envA));
    for (const file of [csv, geo]) {
      const again = JSON.parse(
        expectOk(await vigil(['facility', 'import', file, '--json'], envA)).stdout,
      ) as {
        created: string[];
        unchanged: string[];
      };
      expect(again.created).toEqual([]);
      expect(again.unchanged.sort()).toEqual(listed.facilities.map((f) => f.id).sort());
    }

    const handWritten = join(root, 'new-facilities.csv');
    await writeFile(
      handWritten,
      'name_ru;name_en;type;authority;region;lat;lon;sources\n' +
        'ИК-77 Тестовая;IK-77 Test;penal-colony-strict;fsin;RU-ROS;47.23;39.7;Test list <https://example.org/ik77>\n',
    );
    const added = JSON.parse(
      expectOk(await vigil(['facility', 'import', handWritten, '--json'], envA)).stdout,
    ) as {
      created: string[];
    };
    expect(added.created).toHaveLength(1);
    const got = JSON.parse(
      expectOk(await vigil(['facility', 'get', added.created[0] ?? '', '--json'], envA)).stdout,
    ) as {
      sources: unknown[];
    };
    expect(got.sources).toEqual([{ title: 'Test list', url: 'https://example.org/ik77' }]);

    // The same place again, written in Latin: refused as a likely duplicate, nothing stored.
    await writeFile(
      handWritten,
      'name_en,type,authority,region\nIK 77 Testovaya,penal-colony-strict,fsin,RU-ROS\n',
    );
    const dupe = await vigil(['facility', 'import', handWritten], envA);
    expect(dupe.code).toBe(1);
    expect(dupe.stderr).toContain('possible_duplicate');

    const bad = join(root, 'bad-facilities.csv');
    await writeFile(
      bad,
      'name_en,type,authority,region,lat,lon\nOK colony,prison,fsin,RU-VLA,,\nBroken,dungeon,fsin,RU-VLA,,\n',
    );
    const refused = await vigil(['facility', 'import', bad], envA);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/row 3, type/);
  });

  it('adds a monitoring report with findings, lists them, and lists an incommunicado alert with the person named', async () => {
    const created = await vigil(['vault', 'create', '--name', 'Monitoring', '--json'], envA);
    const vault = (JSON.parse(expectOk(created).stdout) as { id: string }).id;
    const facilities = JSON.parse(
      expectOk(await vigil(['facility', 'list', '--region', 'RU-VLA', '--json'], envA)).stdout,
    ) as {
      facilities: { id: string; names: { en?: string } }[];
    };
    const melekhovo = facilities.facilities.find((f) => f.names.en?.includes('Melekhovo'));
    expect(melekhovo).toBeDefined();
    const facility = melekhovo?.id ?? '';

    const reportFile = join(root, 'report.json');
    await writeFile(
      reportFile,
      JSON.stringify({
        methods: ['lawyer-visit'],
        period: { precision: 'range', from: { precision: 'month', value: '2025-03' } },
        cellArea: 18,
        peopleInCell: 12,
        informantDetails: 'Lawyer K., +7 900 000 00 00',
        findings: [
          {
            heading: 'conditions.space',
            kind: 'recommendation',
            followUp: 'open',
            text: '1.5 m² per person',
          },
          {
            heading: 'discipline-segregation',
            kind: 'request-for-information',
            followUp: 'no-response',
          },
        ],
      }),
    );
    const added = JSON.parse(
      expectOk(
        await vigil(
          [
            'monitoring',
            'add',
            '--vault',
            vault,
            '--facility',
            facility,
            '--file',
            reportFile,
            '--json',
          ],
          envA,
        ),
      ).stdout,
    ) as { report: string; findings: string[] };
    expect(added.findings).toHaveLength(2);

    const listed = JSON.parse(
      expectOk(await vigil(['monitoring', 'list', '--vault', vault, '--json'], envA)).stdout,
    ) as {
      reports: {
        id: string;
        facility: string;
        findings: { heading: string; followUp: string }[];
      }[];
    };
    expect(listed.reports).toEqual([
      expect.objectContaining({
        id: added.report,
        facility,
        findings: expect.arrayContaining([
          expect.objectContaining({ heading: 'conditions.space', followUp: 'open' }),
        ]) as unknown,
      }),
    ]);
    expect(expectOk(await vigil(['monitoring', 'list', '--vault', vault], envA)).stdout).toMatch(
      /Melekhovo.*lawyer-visit\s+2\s+2/,
    );

    // A finding under a heading the CPT does not use is refused before anything is sent.
    await writeFile(
      reportFile,
      JSON.stringify({
        methods: ['relatives'],
        findings: [{ heading: 'weather', kind: 'comment', followUp: 'open' }],
      }),
    );
    const refused = await vigil(
      ['monitoring', 'add', '--vault', vault, '--facility', facility, '--file', reportFile],
      envA,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/finding 1 is not valid: heading/);

    const personFile = join(root, 'held.json');
    await writeFile(personFile, JSON.stringify({ names: ['Олег Сидоров'], status: 'detained' }));
    const person = (
      JSON.parse(
        expectOk(
          await vigil(
            ['record', 'add', 'person', '--vault', vault, '--file', personFile, '--json'],
            envA,
          ),
        ).stdout,
      ) as { id: string }
    ).id;
    const detentionFile = join(root, 'detention.json');
    await writeFile(
      detentionFile,
      JSON.stringify({
        person,
        facility,
        whereabouts: '010200000000',
        period: { precision: 'range', from: { precision: 'day', value: '2026-01-01' } },
      }),
    );
    expectOk(
      await vigil(['record', 'add', 'detention', '--vault', vault, '--file', detentionFile], envA),
    );
    const alerts = expectOk(
      await vigil(['alerts', '--vault', vault, '--on', '2026-01-20', '--names'], envA),
    ).stdout;
    expect(alerts).toMatch(
      /incommunicado\s+.*Melekhovo.*Олег Сидоров: held incommunicado since 2026-01-01 \(19 days\)/,
    );
    const none = expectOk(
      await vigil(['alerts', '--vault', vault, '--on', '2026-01-02'], envA),
    ).stdout;
    expect(none).toContain('No alerts on 2026-01-02.');
  });

  it('fails clearly without a password and without a terminal', async () => {
    const r = await vigil(['vault', 'list'], { ...envA, VIGIL_PASSWORD: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(password_unavailable)');
  });

  it('logs out and forgets the session', async () => {
    expectOk(await vigil(['account', 'logout'], envA));
    const r = await vigil(['vault', 'list'], envA);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('(unauthenticated)');
  });
});

describe('vigil serve', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) child.kill('SIGTERM');
  });

  it('refuses to start a second server on a data directory that is in use', async () => {
    const dataDir = join(root, 'serve-twice');
    const env = { PATH: process.env.PATH ?? '', VIGIL_HOME: join(root, 'home-serve') };
    const first = spawn(
      process.execPath,
      [VIGIL_BIN, 'serve', '--port', String(await freePort()), '--data-dir', dataDir],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(first);
    await new Promise<void>((ready, fail) => {
      let out = '';
      first.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('http://')) ready();
      });
      first.once('exit', (code) => fail(new Error(`first server exited early (${code})`)));
    });

    const second = await vigil(
      ['serve', '--port', String(await freePort()), '--data-dir', dataDir],
      env,
    );
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/^error: .*\(data_dir_locked\)$/m);
    expect(first.exitCode).toBeNull(); // the first server is unharmed

    first.kill('SIGTERM');
    const code = await new Promise<number | null>((done) => first.once('exit', done));
    expect(code).toBe(0);
  });
});

describe('vigil audit verify', () => {
  it('prints OK for an intact chain, then names the event an insider altered in the database', async () => {
    const dataDir = join(root, 'audit-tamper');
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = {
      VIGIL_HOME: join(root, 'home-audit'),
      VIGIL_PASSWORD: PASSWORD_A,
      VIGIL_SERVER: url,
    };
    let server = await startServer({ port, host: '127.0.0.1', dataDir });
    try {
      expectOk(await vigil(['account', 'register', '--email', 'dana@example.org'], env));
      const created = await vigil(['vault', 'create', '--name', 'Audit me', '--json'], env);
      const { id } = JSON.parse(expectOk(created).stdout) as { id: string };
      const ok = await vigil(['audit', 'verify', '--vault', id], env);
      expect(expectOk(ok).stdout).toMatch(/^OK: 1 events?, head [0-9a-f]{64}\n$/);

      // The insider: with the server stopped, rewrite event 1 behind the append-only trigger.
      await server.close();
      const db = await openDatabase({ dataDir });
      await db.transaction(async (trx) => {
        await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(trx);
        await sql`UPDATE audit_events SET actor = NULL WHERE chain = ${id} AND seq = 1`.execute(
          trx,
        );
        await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(trx);
      });
      await db.close();
      server = await startServer({ port, host: '127.0.0.1', dataDir });

      const bad = await vigil(['audit', 'verify', '--vault', id], env);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/^FAILED: event 1: /m);
    } finally {
      await server.close();
    }
  });
});
