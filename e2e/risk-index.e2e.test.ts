import type { RecordData, VaultId } from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClient, signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'irina@e2e.example.org';
const password = 'correct horse battery staple 12';
const EVIDENCE = 'ONK members were refused entry to the SIZO twice in 2024 (public statements).';

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const day = (value: string) => ({ precision: 'day' as const, value });

/**
 * Records through the client library: in Rostov Oblast two incidents at a facility (one with
 * electric shocks, one beating) and a detention with hidden whereabouts; in Moscow Oblast one
 * incident in the street and nothing else, too little for a score.
 */
const seed = async (vaultId: VaultId): Promise<{ facilityName: string }> => {
  const client = await nodeClient(server.url, { email, password });
  const facility = (await client.facilities.list()).find((f) => f.region === 'RU-ROS');
  if (facility === undefined) throw new Error('the register has no facility in RU-ROS');
  const create = async <K extends Parameters<typeof client.records.create>[1]>(
    kind: K,
    data: Record<string, unknown>,
  ): Promise<string> => (await client.records.create(vaultId, kind, data as RecordData<K>)).id;
  const victim = await create('person', { names: ['Oleg Sorokin'] });
  const incident = (extra: Record<string, unknown>) =>
    create('incident', { victim, actType: '020111110000', ...extra });
  await incident({ facility: facility.id, date: day('2024-03-01'), methods: ['030800000000'] });
  await incident({ facility: facility.id, date: day('2024-05-01'), methods: ['030101000000'] });
  await incident({ region: 'RU-MOS', placeType: 'street', date: day('2024-06-01') });
  await create('detention', {
    person: victim,
    facility: facility.id,
    period: { precision: 'range', from: day('2024-01-01') },
    whereabouts: '010200000000',
  });
  return { facilityName: facility.names.en ?? facility.names.ru ?? '' };
};

/** Opens an address (a fresh load locks the keys: unlock, and the app returns to it). */
const open = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.waitForURL((url) => url.pathname === path.split('?')[0], { timeout: 60_000 });
};

describe('the risk index in the browser', () => {
  it('draws region scores with intervals and a unit without a score as missing, opens a unit’s pillars, takes an expert value with evidence, switches to facilities and shows the methodology, all from this server', async () => {
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on('request', (req) => requested.push(req.url()));
    const page = await context.newPage();
    const vaultId = await signUpWithVault(page, server.url, { email, password }, 'Risk index');
    const { facilityName } = await seed(vaultId);

    await open(page, '/risk-index?from=2024-01-01&to=2024-12-31');
    const chart = page.getByTestId('risk-chart');
    await chart.waitFor({ timeout: 60_000 });

    // Rostov has a score with an interval; Moscow Oblast is hatched and says why, never zero.
    const rostov = chart.locator('[data-unit="RU-ROS"]');
    await expect(rostov.getAttribute('aria-label')).resolves.toMatch(
      /^Rostov Oblast: score \d\.\d\d, 95 % interval \d\.\d\d–\d\.\d\d, rank 1$/,
    );
    const moscow = chart.locator('[data-unit="RU-MOS"]');
    await expect(moscow.getAttribute('data-missing')).resolves.toBe('true');
    await expect(moscow.innerHTML()).resolves.toContain('no score: too little data');
    const moscowRow = page.getByTestId('risk-table-row').filter({ hasText: 'Moscow Oblast' });
    await expect(moscowRow.locator('td[data-missing="true"]').count()).resolves.toBeGreaterThan(3);

    // The pillars of Rostov, from the keyboard: the chart row is a button.
    await rostov.focus();
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('risk-detail');
    await detail.waitFor();
    await expect(detail.locator('h2').innerText()).resolves.toBe('Rostov Oblast');
    const severe = detail.locator('[data-indicator="severe-methods-share"]');
    await expect(severe.innerText()).resolves.toContain('50 %');
    await expect(severe.innerText()).resolves.toContain('1 of 2');
    const access = detail.locator('[data-indicator="monitoring-access"]');
    await expect(access.getAttribute('data-missing')).resolves.toBe('true');
    await expect(access.innerText()).resolves.toContain('missing');
    // The records behind a value open here, named.
    await severe.getByTestId('risk-records-toggle').click();
    await expect
      .poll(() => severe.getByTestId('risk-records').innerText(), { timeout: 30_000 })
      .toContain('Oleg Sorokin');
    await expect(page.getByTestId('risk-sensitivity').isVisible()).resolves.toBe(true);

    // An expert value with evidence and confidence; the plaintext warning is on the form.
    const form = page.getByTestId('risk-expert-form');
    await expect(form.innerText()).resolves.toContain('Stored in plaintext');
    await page.getByTestId('risk-expert-indicator').selectOption('monitoring-access');
    await page.getByTestId('risk-expert-unit').selectOption('RU-ROS');
    await form.getByLabel('Period from').fill('2024-01-01');
    await form.getByLabel('Period to').fill('2024-12-31');
    await page.getByTestId('risk-expert-value').selectOption('1');
    await page.getByTestId('risk-expert-confidence').selectOption('medium');
    await page.getByTestId('risk-expert-evidence').fill(EVIDENCE);
    await page.getByTestId('risk-expert-save').click();
    await page.getByTestId('risk-expert-row').first().waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('risk-experts-list').innerText()).resolves.toContain(EVIDENCE);
    await expect.poll(() => access.getAttribute('data-missing'), { timeout: 30_000 }).toBeNull();
    await expect(access.innerText()).resolves.toContain('1 of 4');
    await expect(access.innerText()).resolves.toContain(EVIDENCE);

    // Facilities: the register's name, not an id.
    await page.getByTestId('risk-level').selectOption('facility');
    await expect
      .poll(() => page.getByTestId('risk-table').innerText(), { timeout: 30_000 })
      .toContain(facilityName);
    expect(new URL(page.url()).searchParams.get('level')).toBe('facility');

    // The methodology, rendered here from the shipped document.
    await page.getByTestId('risk-tab-methodology').click();
    const methodology = page.getByTestId('risk-methodology');
    await methodology.waitFor();
    await expect(methodology.locator('h3#limitations').innerText()).resolves.toBe('Limitations');
    await expect(methodology.locator('table').first().innerText()).resolves.toContain(
      'Ending impunity',
    );
    await expect(methodology.innerText()).resolves.toContain('Definitions of the indicators');

    const origin = new URL(server.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
    await context.close();
  });
});
