import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVigilClient } from '@vigil/client';
import type { RecordData, RecordKind, VaultId } from '@vigil/core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, freePort, runVigil as vigil } from '../../testing/run-vigil';
// Test files may cross the app boundary: the CLI is exercised against the real server.
import { startServer } from '../../../../server/src/index';

const PASSWORD = 'a reporting passphrase of some length';
const EMAIL = 'reports@example.org';

const day = (value: string) => ({ precision: 'day' as const, value });

interface Seeded {
  vault: VaultId;
  victim: string;
  facility: string;
  hiddenIncident: string;
  hiddenReport: string;
}

/**
 * A vault with: twelve incidents over 2023–2025 (5, 6 and 1 by year); a victim whose incidents
 * a source consented to give to UN bodies, with a detention, a medical finding and a complaint,
 * and one more incident reported only by a source who consented to nothing; a monitoring report
 * with a consenting source and one without, each with a finding.
 */
const seed = async (url: string, vault: VaultId): Promise<Seeded> => {
  const client = createVigilClient({ baseUrl: url, mode: 'cli' });
  await client.login({ email: EMAIL, password: PASSWORD });
  const facility = (await client.facilities.list())[0];
  if (facility === undefined) throw new Error('the register has no facility');
  const add = async <K extends RecordKind>(kind: K, data: Record<string, unknown>) =>
    (await client.records.create(vault, kind, data as RecordData<K>)).id;
  const victim = await add('person', { names: ['Алексей Иванов'], sex: 'male', birthYear: 1990 });
  const other = await add('person', { names: ['Other Person'] });
  const consenting = await add('source', {
    person: victim,
    connection: '010100000000',
    date: day('2024-04-02'),
    consent: ['internal', 'un-bodies'],
  });
  const silent = await add('source', { connection: '010200000000', consent: [] });
  const incident = (who: string, date: string, sources: string[], narrative: string) =>
    add('incident', {
      victim: who,
      facility: facility.id,
      date: day(date),
      actType: '020111110000',
      methods: ['030101000000'],
      perpetrators: [{ agency: 'fsin' }],
      sources,
      narrative,
    });
  for (let i = 1; i <= 5; i += 1) await incident(other, `2023-0${i}-10`, [], 'other');
  const first = await incident(
    victim,
    '2024-03-10',
    [consenting],
    'Beaten in the quarantine unit.',
  );
  for (let i = 2; i <= 5; i += 1) await incident(other, `2024-0${i}-11`, [], 'other');
  const hiddenIncident = await incident(victim, '2025-02-01', [silent], 'SECRET-NARRATIVE');
  await add('detention', {
    person: victim,
    facility: facility.id,
    period: { precision: 'range', from: day('2024-01-15') },
    circumstances: 'Arrested at the Kursk railway station.',
  });
  await add('medical-finding', {
    person: victim,
    incident: first,
    findingType: 'bruise',
    description: 'Bruises across the back.',
  });
  await add('intervention', {
    people: [victim],
    incidents: [first],
    kind: 'prosecutor-complaint',
    submittedDate: day('2024-05-01'),
    outcome: ['no-response'],
  });
  // A sixth incident of 2024 for someone else makes the year 2024 publishable (6 ≥ 5).
  await incident(other, '2024-07-01', [], 'other');
  const report = (sources: string[], summary: string) =>
    add('monitoring-report', {
      facility: facility.id,
      sources,
      methods: ['lawyer-visit'],
      period: { precision: 'range', from: day('2024-02-01'), to: day('2024-03-31') },
      summary,
    });
  const openReport = await report([consenting], 'Forty men held in a cell for twenty.');
  const hiddenReport = await report([silent], 'HIDDEN-SUMMARY');
  const finding = (r: string, text: string) =>
    add('monitoring-finding', {
      report: r,
      facility: facility.id,
      heading: 'conditions.space',
      kind: 'recommendation',
      followUp: 'no-response',
      text,
    });
  await finding(openReport, 'Give every detainee at least 4 m².');
  await finding(hiddenReport, 'HIDDEN-FINDING');
  return { vault, victim, facility: facility.id, hiddenIncident, hiddenReport };
};

describe('vigil report against a real server', () => {
  let root: string;
  let server: { close(): unknown } | undefined;
  let env: Record<string, string>;
  let seeded: Seeded;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'vigil-report-it-'));
    const port = await freePort();
    server = await startServer({ port, host: '127.0.0.1', dataDir: join(root, 'data') });
    env = {
      VIGIL_HOME: join(root, 'home'),
      VIGIL_PASSWORD: PASSWORD,
      VIGIL_SERVER: `http://127.0.0.1:${port}`,
    };
    expectOk(await vigil(['account', 'register', '--email', EMAIL], env));
    const created = await vigil(['vault', 'create', '--name', 'Reports', '--json'], env);
    const vault = (JSON.parse(expectOk(created).stdout) as { id: VaultId }).id;
    seeded = await seed(env.VIGIL_SERVER ?? '', vault);
  });
  afterAll(async () => {
    await server?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('refuses a period that ends before it starts, before anything is sent', async () => {
    const r = await vigil(
      [
        'report',
        'annex',
        '--vault',
        seeded.vault,
        '--from',
        '2025-01-01',
        '--to',
        '2024-01-01',
        '--out',
        join(root, 'x.html'),
      ],
      env,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --to must not be before --from \(usage\)$/m);
  });

  it('writes an annex: a table per dimension with small counts suppressed, methodology and caveats', async () => {
    const out = join(root, 'annex.html');
    // Counting incidents without recorded consent too: the ten with no source and the one whose
    // source consented to nothing.
    const r = await vigil(
      [
        'report',
        'annex',
        '--vault',
        seeded.vault,
        '--from',
        '2023-01-01',
        '--to',
        '2025-12-31',
        '--include-unrecorded-consent',
        '--out',
        out,
        '--json',
      ],
      env,
    );
    expect(JSON.parse(expectOk(r).stdout)).toMatchObject({
      kind: 'annex',
      format: 'html',
      excluded: [],
    });
    expect((await stat(out)).mode & 0o777).toBe(0o600);
    const html = await readFile(out, 'utf8');
    for (const section of [
      'summary',
      'by-year',
      'by-region',
      'by-method',
      'by-perpetrator-agency',
      'by-facility-type',
      'by-sex',
      'by-age-band',
      'by-group',
      'methodology',
      'caveats',
      'consent',
    ]) {
      expect(html).toContain(`data-section="${section}"`);
    }
    // 2023: 5 and 2024: 6 are published; 2025: 1 is suppressed, and 5 with it (the smallest other).
    expect(html).toMatch(/<td>2024<\/td><td class="vr-num">6<\/td>/);
    expect(html).toMatch(/<td>2025<\/td><td class="vr-num">–<\/td>/);
    expect(html).toMatch(/<td>Total<\/td><td class="vr-num">12<\/td>/);
    expect(html).toContain('Documented is not prevalence');
    expect(html).toContain('every count from 1 to 4 is suppressed');
    expect(html).toContain('incidents without recorded consent');
    expect(html).toContain('Consent left no incident of the period out.');
  });

  it('counts in the annex only incidents a source consented to give to UN bodies or publish, and lists how many consent left out and why, in en and ru', async () => {
    const out = join(root, 'annex-consent.html');
    const args = (lang: string, file: string) => [
      'report',
      'annex',
      '--vault',
      seeded.vault,
      '--from',
      '2023-01-01',
      '--to',
      '2025-12-31',
      '--lang',
      lang,
      '--k',
      '2',
      '--out',
      file,
    ];
    expectOk(await vigil(args('en', out), env));
    const html = await readFile(out, 'utf8');
    // One incident counted: the victim's of 2024, its source consenting to UN bodies.
    expect(html).toMatch(/<td>Total<\/td><td class="vr-num">–<\/td>/);
    expect(html).toMatch(/<td>2024<\/td><td class="vr-num">–<\/td>/);
    // 2023's five incidents had no source: none is counted.
    expect(html).toMatch(/<td>2023<\/td><td class="vr-num">0<\/td>/);
    // Left out: ten incidents with no source, all of one other person; one whose source consented to nothing.
    expect(html).toMatch(
      /<td>no source recorded<\/td><td class="vr-num">10<\/td><td class="vr-num">1<\/td>/,
    );
    expect(html).toMatch(
      /<td>no source consented to UN use or publication<\/td><td class="vr-num">1<\/td><td class="vr-num">1<\/td>/,
    );
    expect(html).not.toContain(seeded.hiddenIncident);
    expect(html).not.toContain('SECRET-NARRATIVE');
    const ruOut = join(root, 'annex-consent-ru.html');
    expectOk(await vigil(args('ru', ruOut), env));
    const ru = await readFile(ruOut, 'utf8');
    expect(ru).toMatch(/<td>источник не записан<\/td><td class="vr-num">10<\/td>/);
    expect(ru).toContain('органами ООН');
  });

  it('writes a communication in Russian without what consent excludes, and lists it', async () => {
    const out = join(root, 'communication.html');
    const r = await vigil(
      [
        'report',
        'communication',
        '--vault',
        seeded.vault,
        '--person',
        seeded.victim,
        '--lang',
        'ru',
        '--out',
        out,
        '--json',
      ],
      env,
    );
    const result = JSON.parse(expectOk(r).stdout) as { excluded: { kind: string; id: string }[] };
    expect(result.excluded).toContainEqual({
      kind: 'incident',
      id: seeded.hiddenIncident,
      reason: 'no-consenting-source',
    });
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('Алексей Иванов');
    expect(html).toContain('Beaten in the quarantine unit.');
    expect(html).toContain('Arrested at the Kursk railway station.');
    expect(html).toContain('Bruises across the back.');
    expect(html).toContain('Жалоба в прокуратуру');
    expect(html).not.toContain('SECRET-NARRATIVE');
    expect(html).toContain('Исключено по согласию');
    expect(html).toContain(seeded.hiddenIncident);
  });

  it('writes the communication as a PDF with pages', async () => {
    const out = join(root, 'communication.pdf');
    expectOk(
      await vigil(
        [
          'report',
          'communication',
          '--vault',
          seeded.vault,
          '--person',
          seeded.victim,
          '--out',
          out,
        ],
        env,
      ),
    );
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(0);
  });

  it('writes a facility report under the CPT headings, leaving out the report its source did not consent to', async () => {
    const out = join(root, 'facility.html');
    const r = await vigil(
      [
        'report',
        'facility',
        '--vault',
        seeded.vault,
        '--facility',
        seeded.facility,
        '--from',
        '2024-01-01',
        '--to',
        '2024-12-31',
        '--out',
        out,
      ],
      env,
    );
    expect(expectOk(r).stdout).toContain(
      `monitoring-report ${seeded.hiddenReport}: linked-record-excluded`,
    );
    const html = await readFile(out, 'utf8');
    for (const section of [
      'introduction',
      'ill-treatment',
      'safeguards',
      'conditions',
      'conditions.space',
      'health-care',
      'recommendations',
      'excluded',
    ]) {
      expect(html).toContain(`data-section="${section}"`);
    }
    expect(html).toContain('Forty men held in a cell for twenty.');
    expect(html).toContain('Give every detainee at least 4 m².');
    expect(html).not.toContain('HIDDEN-');
    expect(html).toContain(seeded.hiddenReport);
  });
});
