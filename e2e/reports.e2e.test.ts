import { readFile } from 'node:fs/promises';
import type { RecordData, VaultId } from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClient, signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'rita@e2e.example.org';
const password = 'correct horse battery staple 11';
const victimName = 'Roman Kuzmin';
const day = (value: string) => ({ precision: 'day' as const, value });

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Twelve incidents through the client library, as the CLI would make them: five in 2023, six in
 * 2024 and one in 2025, all of one victim. By year, 2025 (one) must be suppressed, and 2023 with
 * it so that it cannot be worked out from the total; 2024 and the total are published.
 */
const seed = async (vaultId: VaultId): Promise<void> => {
  const client = await nodeClient(server.url, { email, password });
  const facility = (await client.facilities.list())[0];
  if (facility === undefined) throw new Error('the register has no facility');
  const victim = await client.records.create(vaultId, 'person', {
    names: [victimName],
  } as RecordData<'person'>);
  const dates = [
    ...['01', '02', '03', '04', '05'].map((m) => `2023-${m}-10`),
    ...['01', '02', '03', '04', '05', '06'].map((m) => `2024-${m}-12`),
    '2025-03-01',
  ];
  for (const date of dates) {
    await client.records.create(vaultId, 'incident', {
      victim: victim.id,
      facility: facility.id,
      actType: '020111110000',
      date: day(date),
      methods: ['030101000000'],
      narrative: `What happened to ${victimName}`,
    } as unknown as RecordData<'incident'>);
  }
};

/** Opens an address (a fresh load locks the keys: unlock, and the app returns to it). */
const open = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.waitForURL((url) => url.pathname === path, { timeout: 60_000 });
};

describe('the reports page in the browser', () => {
  it('makes a statistical annex for a seeded vault, shows it in the page with small counts suppressed and downloads it as self-contained HTML', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requested: string[] = [];
    context.on('request', (req) => requested.push(req.url()));
    const page = await context.newPage();
    const vaultId = await signUpWithVault(page, server.url, { email, password }, 'Reports');
    await seed(vaultId);
    await open(page, '/reports');

    await page.getByTestId('report-kind-annex').check();
    await page.getByTestId('report-from').fill('2023-01-01');
    await page.getByTestId('report-to').fill('2025-12-31');
    // The seeded incidents have no source: counted only when the reader asks for it.
    await page.getByTestId('report-include-unrecorded').check();
    await page.getByTestId('report-make').click();

    // The preview: the annex itself, in the page (inside its shadow root).
    const preview = page.getByTestId('report-preview');
    const byYear = preview.locator('[data-section="by-year"]');
    await byYear.waitFor({ timeout: 60_000 });
    await expect(preview.locator('h1').innerText()).resolves.toBe('Statistical annex');
    const rows = await byYear
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
    expect(rows).toEqual([
      ['2023', '–', '–'],
      ['2024', '6', '–'],
      ['2025', '–', '–'],
      ['Total', '12', '–'],
    ]);
    await expect(byYear.locator('svg').count()).resolves.toBe(1);
    // The report's own stylesheet applies inside the preview, under the app's strict CSP.
    await expect(
      byYear
        .locator('table')
        .evaluate((t) => t.ownerDocument.defaultView?.getComputedStyle(t).borderCollapse),
    ).resolves.toBe('collapse');
    await expect(preview.locator('[data-section="caveats"]').innerText()).resolves.toContain(
      'Documented is not prevalence',
    );
    await expect(page.getByTestId('report-excluded').innerText()).resolves.toBe(
      'Consent left nothing out.',
    );

    // The download: one self-contained file, named without anyone's name.
    const started = page.waitForEvent('download');
    await page.getByTestId('report-download-html').click();
    const file = await started;
    expect(file.suggestedFilename()).toMatch(/^vigil-annex-\d{4}-\d{2}-\d{2}-en\.html$/);
    const html = await readFile((await file.path()) ?? '', 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`default-src 'none'`);
    expect(html).toContain('data-section="methodology"');
    expect(html).toMatch(/<td>2024<\/td><td class="vr-num">6<\/td>/);
    expect(html).not.toContain(victimName);
    expect(html).not.toContain('<script');

    // Nothing was asked of anyone but this server.
    const origin = new URL(server.url).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:'))).toEqual([]);
    await context.close();
  });

  it('drafts a communication for a person, keeps an edit in the page only and downloads it as PDF', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const sent: string[] = [];
    context.on('request', (req) => {
      if (req.method() !== 'GET') sent.push(`${req.method()} ${new URL(req.url()).pathname}`);
    });
    const page = await context.newPage();
    const client = await nodeClient(server.url, { email, password });
    const vaultId = (await client.vaults.list())[0]?.id;
    if (vaultId === undefined) throw new Error('no vault');
    const person = (await client.records.list(vaultId, 'person')).records[0];
    await client.records.create(vaultId, 'source', {
      person: person?.id,
      consent: ['un-bodies'],
    } as unknown as RecordData<'source'>);
    // A new browser context: sign in, then go to the reports through the navigation.
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('vault-list').waitFor({ timeout: 60_000 });
    await page.getByTestId('nav-reports').click();

    await page.getByTestId('report-kind-communication').check();
    await page.getByTestId('report-person').selectOption({ label: victimName });
    await page.getByTestId('report-make').click();
    const names = page.getByTestId('report-field-identity.names');
    await names.waitFor({ timeout: 60_000 });
    await expect(names.inputValue()).resolves.toBe(victimName);
    await names.fill('R. K.');
    const preview = page.getByTestId('report-preview');
    await expect
      .poll(() => preview.locator('[data-field="identity.names"] .vr-pre').innerText())
      .toBe('R. K.');
    if (process.env.REPORTS_SCREENSHOT !== undefined) {
      await page.screenshot({ path: process.env.REPORTS_SCREENSHOT, fullPage: false });
    }

    const started = page.waitForEvent('download');
    await page.getByTestId('report-download-pdf').click();
    const file = await started;
    expect(file.suggestedFilename()).toMatch(/^vigil-communication-\d{4}-\d{2}-\d{2}-en\.pdf$/);
    const bytes = await readFile((await file.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The edit was never sent anywhere: reading the records is all the page asked of the server.
    expect(sent.filter((s) => !s.startsWith('POST /api/auth'))).toEqual([]);
    await context.close();
  });
});
