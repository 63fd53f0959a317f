import { createVigilClient, type VigilClient } from '@vigil/client';
import {
  dateRangeSchema,
  dateValueSchema,
  detentionIdSchema,
  personIdSchema,
  type VaultId,
} from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
const requested: { url: string; body: string }[] = [];
const cspViolations: string[] = [];

const password = 'correct horse battery staple 4';
const victim = 'Марина Ковальчук';
const otherVictim = 'Oleg Sidorenko';
const vaultName = 'Case file Donetsk detention centre';

/** Registers in the browser and ends signed in on the vault list. */
const registerAndSignIn = async (page: Page, email = 'dora@e2e.example.org') => {
  await page.goto(`${server.url}/register`);
  await page.getByTestId('register-email').fill(email);
  await page.getByTestId('register-password').fill(password);
  await page.getByTestId('register-password-confirm').fill(password);
  await page.getByTestId('register-submit').click();
  await page.waitForURL(/\/(vaults|login)/, { timeout: 60_000 });
  if (page.url().includes('/login')) {
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }
  await page.getByTestId('vault-list').waitFor({ timeout: 60_000 });
};

/** The same account, signed in from Node through the client library (as the CLI does). */
const nodeClient = async (email: string): Promise<VigilClient> => {
  const client = createVigilClient({ baseUrl: server.url, mode: 'cli' });
  await client.login({ email, password });
  return client;
};

/** Creates a vault in the browser and opens it. */
const createVault = async (page: Page) => {
  await page.getByTestId('vault-create-open').click();
  await page.getByTestId('vault-name').fill(vaultName);
  await page.getByTestId('vault-create-submit').click();
  await page.getByTestId('vault-item').filter({ hasText: vaultName }).first().click();
  await page.waitForURL(/\/vaults\/[0-9a-f-]{36}$/);
};

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('record lists and pages in the browser', () => {
  it('lists records, filters them on the server, finds a person by name and text, opens a person with relations, timeline and history — no name in any URL', async () => {
    const context = await browser.newContext();
    context.on('request', (req) => requested.push({ url: req.url(), body: req.postData() ?? '' }));
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) cspViolations.push(msg.text());
    });
    await registerAndSignIn(page);
    await createVault(page);
    const vaultId = /\/vaults\/([0-9a-f-]{36})/.exec(page.url())?.[1] as VaultId;

    // Records made through the client library: a person, a second person, a detention and two
    // incidents (one month-precise), then a change so the history has two versions.
    const client = await nodeClient('dora@e2e.example.org');
    const marina = await client.records.create(vaultId, 'person', {
      names: [victim],
      sex: 'female',
      groups: ['journalist'],
    });
    const oleg = await client.records.create(vaultId, 'person', { names: [otherVictim] });
    const detention = await client.records.create(vaultId, 'detention', {
      person: personIdSchema.parse(marina.id),
      period: dateRangeSchema.parse({
        precision: 'range',
        from: { precision: 'day', value: '2022-03-14' },
      }),
      legalStatus: 'administrative-arrest',
    });
    await client.records.create(vaultId, 'incident', {
      victim: personIdSchema.parse(marina.id),
      detention: detentionIdSchema.parse(detention.id),
      actType: '020111110000',
      methods: ['030100000000'],
      region: 'UA-14',
      date: dateValueSchema.parse({ precision: 'month', value: '2022-04' }),
      narrative: 'Beaten during interrogation',
    });
    await client.records.create(vaultId, 'incident', {
      victim: personIdSchema.parse(oleg.id),
      actType: '020111110000',
      region: 'RU-ROS',
      date: dateValueSchema.parse({ precision: 'day', value: '2023-01-20' }),
    });
    await client.records.update(
      vaultId,
      marina.id,
      { ...marina.data, birthYear: 1991, notes: 'Met her lawyer twice' },
      marina.version,
    );

    // The Records tab lists people by name.
    await page.getByTestId('records-tab').click();
    await page.getByTestId('record-row').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(2);
    await expect(page.getByTestId('records-table').innerText()).resolves.toContain(victim);

    // Incidents: summaries labelled (act type in English), the victim named.
    await page.getByTestId('kind-incident').click();
    await expect.poll(() => page.getByTestId('record-row').count(), { timeout: 30_000 }).toBe(2);
    await expect
      .poll(() => page.getByTestId('records-table').innerText(), { timeout: 30_000 })
      .toContain('Torture');
    await expect(page.getByTestId('records-table').innerText()).resolves.toContain('April 2022');

    // A coded filter goes into the address as a code, never as a name.
    await page.getByTestId('filter-region').fill('UA-14');
    await page.getByTestId('filter-apply').click();
    await page.waitForURL(/region=UA-14/);
    await expect.poll(() => page.getByTestId('record-row').count(), { timeout: 30_000 }).toBe(1);
    await expect(page.getByTestId('records-table').innerText()).resolves.toContain(victim);
    await page.getByTestId('filter-clear').click();
    await expect.poll(() => page.getByTestId('record-row').count(), { timeout: 30_000 }).toBe(2);

    // Free text over the loaded records, searched in the browser only.
    await page.getByTestId('text-search').fill('INTERROGATION');
    await expect.poll(() => page.getByTestId('record-row').count()).toBe(1);
    await page.getByTestId('text-search').fill('');

    // A person found by name written in another alphabet, through blind indexes.
    await page.getByTestId('kind-person').click();
    await page.getByTestId('people-search').fill('Kovalchuk Marina');
    await page.getByTestId('people-search-submit').click();
    const found = page.getByTestId('people-results');
    await found.waitFor({ timeout: 30_000 });
    await expect(found.getByTestId('record-row').count()).resolves.toBe(1);
    await expect(found.innerText()).resolves.toContain(victim);

    // Open the person: fields labelled, sealed ones marked, relations both ways, timeline, history.
    await page.goto(`${server.url}/vaults/${vaultId}/records?kind=person`);
    await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
    await page.getByTestId('unlock-password').fill(password);
    await page.getByTestId('unlock-password').press('Enter');
    await page.getByTestId('record-link').filter({ hasText: victim }).click();
    await page.getByTestId('record-title').filter({ hasText: victim }).waitFor({ timeout: 30_000 });
    const fields = await page.getByTestId('record-fields').innerText();
    expect(fields).toContain('Year of birth');
    expect(fields).toContain('1991');
    expect(fields).toContain('Journalist');
    expect(fields).toMatch(/Names\s*encrypted/);
    const incoming = page.getByTestId('relations-incoming');
    await incoming.waitFor({ timeout: 30_000 });
    await expect(incoming.getByTestId('related-link').count()).resolves.toBe(2);
    await page.getByTestId('timeline-svg').waitFor();
    await expect(page.getByTestId('timeline-detention').count()).resolves.toBe(1);
    await expect(page.getByTestId('timeline-incident').count()).resolves.toBe(1);
    await expect(
      page.getByTestId('timeline-incident').getAttribute('aria-label'),
    ).resolves.toContain('April 2022');
    await expect.poll(() => page.getByTestId('history-entry').count()).toBe(2);
    const newest = await page.getByTestId('history-entry').first().innerText();
    expect(newest).toContain('Version 2');
    expect(newest).toContain('Notes');
    expect(newest).toContain('Met her lawyer twice');

    // Keyboard: the timeline's items are reachable with Tab and lead to the record.
    await page.getByTestId('timeline-detention').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/records/${detention.id}$`));
    await page.getByTestId('record-title').waitFor();

    // Delete with confirmation, then restore.
    await page.getByTestId('record-delete').click();
    await page.getByTestId('confirm-submit').click();
    await page.getByTestId('record-restore').waitFor({ timeout: 30_000 });
    await page.getByTestId('record-restore').click();
    await page.getByTestId('confirm-submit').click();
    await page.getByTestId('record-delete').waitFor({ timeout: 30_000 });

    const names = [victim, otherVictim, 'Марина', 'Kovalchuk', 'Sidorenko', 'lawyer'];
    const leaks = requested.filter(({ url, body }) =>
      names.some(
        (n) =>
          url.includes(n) ||
          url.includes(encodeURIComponent(n)) ||
          body.includes(n) ||
          body.includes(JSON.stringify(n).slice(1, -1)),
      ),
    );
    expect(leaks).toEqual([]);
    const origin = new URL(server.url).origin;
    expect(requested.filter(({ url }) => !url.startsWith(origin))).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('imports a CSV only once every row is valid, naming the bad row, then exports with consent exclusions', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await registerAndSignIn(page, 'erin@e2e.example.org');
    await createVault(page);
    await page.getByTestId('records-tab').click();
    await page.getByTestId('records-import').click();
    await page.getByTestId('import-kind').selectOption('person');

    const csv = (rows: string[]) => Buffer.from(['names,sex,groups', ...rows].join('\n'), 'utf8');
    await page.getByTestId('import-file').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: csv(['Анна Иванова,female,journalist', 'Petro Bondar,martian,lawyer']),
    });
    await page.getByTestId('import-dry-run').click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor({ timeout: 30_000 });
    const text = await problems.innerText();
    expect(text).toMatch(/^3\s+sex/m);
    expect(text).toContain('martian');
    await expect(page.getByTestId('import-submit').count()).resolves.toBe(0);

    await page.getByTestId('import-file').setInputFiles({
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: csv(['Анна Иванова,female,journalist', 'Petro Bondar,male,lawyer']),
    });
    await page.getByTestId('import-dry-run').click();
    await page.getByTestId('import-submit').click();
    await page.getByText('2 records imported').waitFor({ timeout: 60_000 });

    await page.getByRole('link', { name: /Back to the list/ }).click();
    await expect.poll(() => page.getByTestId('record-row').count(), { timeout: 30_000 }).toBe(2);

    // For the courts, people without a consenting source are left out, with the reason.
    await page.getByTestId('records-export').click();
    await page.getByTestId('export-format-csv').check();
    await page.getByTestId('export-purpose').selectOption('courts');
    await page.getByTestId('export-submit').click();
    const excluded = page.getByTestId('export-excluded');
    await excluded.waitFor({ timeout: 60_000 });
    await expect(excluded.locator('tbody tr').count()).resolves.toBe(2);
    await expect(page.getByTestId('export-download').count()).resolves.toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-download').first().click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });
});
