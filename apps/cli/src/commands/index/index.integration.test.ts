// `vigil index` against a real server: expert values entered, listed and removed, and the index
// computed as a table and as JSON from records sealed as the CLI would seal them.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVigilClient } from '@vigil/client';
import {
  dateValueSchema,
  expertValueListResponseSchema,
  expertValueSchema,
  facilityIdSchema,
  personIdSchema,
  riskIndexResponseSchema,
  vaultIdSchema,
  type VaultId,
} from '@vigil/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, freePort, runVigil as vigil } from '../../testing/run-vigil';
// Test files may cross the app boundary: the CLI is exercised against the real server.
import { startServer } from '../../../../server/src/index';

const EMAIL = 'index@example.org';
const PASSWORD = 'an index account passphrase';

const day = (value: string) => dateValueSchema.parse({ precision: 'day', value });

describe('vigil index against a real server', () => {
  let root: string;
  let server: { close(): unknown } | undefined;
  let env: Record<string, string>;
  let vaultId: VaultId;
  let facility: { id: string; name: string };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigil-index-it-'));
    const port = await freePort();
    server = await startServer({ port, host: '127.0.0.1', dataDir: join(root, 'data') });
    env = {
      VIGIL_HOME: join(root, 'home'),
      VIGIL_PASSWORD: PASSWORD,
      VIGIL_SERVER: `http://127.0.0.1:${port}`,
    };
    expectOk(await vigil(['account', 'register', '--email', EMAIL], env));
    const created = await vigil(['vault', 'create', '--name', 'Index cases', '--json'], env);
    vaultId = vaultIdSchema.parse((JSON.parse(expectOk(created).stdout) as { id: string }).id);

    // Records through the client library, sealed as the CLI would seal them.
    const client = createVigilClient({ baseUrl: env.VIGIL_SERVER ?? '', mode: 'cli' });
    await client.login({ email: EMAIL, password: PASSWORD });
    const place = (await client.facilities.list()).find((f) => f.region === 'RU-ROS');
    if (place === undefined) throw new Error('the starter register has no facility in RU-ROS');
    facility = { id: place.id, name: place.names.en ?? place.names.ru ?? '' };
    const facilityId = facilityIdSchema.parse(place.id);
    const victim = personIdSchema.parse(
      (await client.records.create(vaultId, 'person', { names: ['Pavel Orlov'] })).id,
    );
    for (const [date, methods] of [
      ['2024-03-01', ['030800000000']],
      ['2024-05-01', ['030101000000']],
    ] as const) {
      await client.records.create(vaultId, 'incident', {
        victim,
        facility: facilityId,
        actType: '020111110000',
        date: day(date),
        methods: [...methods],
      });
    }
    await client.records.create(vaultId, 'incident', {
      victim,
      region: 'RU-MOS',
      actType: '020111110000',
      date: day('2024-06-01'),
    });
    await client.records.create(vaultId, 'detention', {
      person: victim,
      facility: facilityId,
      period: { precision: 'range', from: { precision: 'day', value: '2024-01-01' } },
      whereabouts: '010200000000',
    } as Parameters<typeof client.records.create<'detention'>>[2]);
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('enters an expert value, lists it, computes the index as a table and as JSON, and removes the value', async () => {
    const evidenceFile = join(root, 'evidence.txt');
    await writeFile(evidenceFile, 'ONK members refused entry twice in 2024 (public statements).');
    const set = await vigil(
      [
        'index',
        'expert',
        'set',
        '--vault',
        vaultId,
        '--indicator',
        'monitoring-access',
        '--level',
        'region',
        '--unit',
        'RU-ROS',
        '--from',
        '2024-01-01',
        '--to',
        '2024-12-31',
        '--value',
        '1',
        '--confidence',
        'medium',
        '--evidence-file',
        evidenceFile,
        '--json',
      ],
      env,
    );
    const stored = expertValueSchema.parse(JSON.parse(expectOk(set).stdout));
    expect(stored).toMatchObject({ indicator: 'monitoring-access', unit: 'RU-ROS', version: 1 });

    const listed = await vigil(['index', 'expert', 'list', '--vault', vaultId, '--json'], env);
    expect(
      expertValueListResponseSchema.parse(JSON.parse(expectOk(listed).stdout)).values,
    ).toHaveLength(1);
    const listText = expectOk(await vigil(['index', 'expert', 'list', '--vault', vaultId], env));
    expect(listText.stdout).toContain('Rostov Oblast');

    const args = [
      'index',
      'compute',
      '--vault',
      vaultId,
      '--from',
      '2024-01-01',
      '--to',
      '2024-12-31',
    ];
    const table = expectOk(await vigil([...args, '--level', 'region', '--draws', '200'], env));
    expect(table.stdout).toMatch(/^Torture-risk index, methodology \d+\.\d+\.\d+: region level/);
    const rostov = table.stdout.split('\n').find((l) => l.startsWith('Rostov Oblast')) ?? '';
    expect(rostov).toMatch(/^Rostov Oblast\s+\d\.\d\d\s+\d\.\d\d–\d\.\d\d\s+1\s+\d–\d/);
    const moscow = table.stdout.split('\n').find((l) => l.startsWith('Moscow Oblast')) ?? '';
    expect(moscow).toMatch(/^Moscow Oblast\s+–\s+–\s+–\s+–/);
    expect(table.stdout).toContain('Indicators that move the scores most');

    const json = expectOk(
      await vigil([...args, '--level', 'region', '--draws', '200', '--json'], env),
    );
    const answer = riskIndexResponseSchema.parse(JSON.parse(json.stdout));
    expect(answer.result.units.map((u) => u.unit).sort()).toEqual(['RU-MOS', 'RU-ROS']);
    const ros = answer.result.units.find((u) => u.unit === 'RU-ROS');
    const severe = ros?.pillars
      .flatMap((p) => p.indicators)
      .find((i) => i.indicator === 'severe-methods-share');
    expect(severe).toMatchObject({ raw: 0.5, basis: 2 });
    const access = ros?.pillars
      .flatMap((p) => p.indicators)
      .find((i) => i.indicator === 'monitoring-access');
    expect(access).toMatchObject({ raw: 1, confidence: 'medium' });

    const facilities = expectOk(await vigil([...args, '--level', 'facility', '--draws', '0'], env));
    expect(facilities.stdout).toContain(facility.name);

    expectOk(await vigil(['index', 'expert', 'delete', stored.id, '--vault', vaultId], env));
    const after = await vigil(['index', 'expert', 'list', '--vault', vaultId, '--json'], env);
    expect(JSON.parse(expectOk(after).stdout)).toEqual({ values: [] });
  }, 240_000);

  it('refuses a level that does not exist and an expert value off its scale', async () => {
    const level = await vigil(['index', 'compute', '--vault', vaultId, '--level', 'district'], env);
    expect(level.code).toBe(2);
    const scale = await vigil(
      [
        'index',
        'expert',
        'set',
        '--vault',
        vaultId,
        '--indicator',
        'monitoring-access',
        '--level',
        'region',
        '--unit',
        'RU-ROS',
        '--from',
        '2024-01-01',
        '--to',
        '2024-12-31',
        '--value',
        '9',
        '--confidence',
        'low',
        '--evidence',
        'reports',
      ],
      env,
    );
    expect(scale.code).toBe(1);
    expect(scale.stderr).toMatch(/validation_failed/);
  }, 120_000);
});
