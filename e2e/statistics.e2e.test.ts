import { readFile } from 'node:fs/promises';
import type { Facility, RecordData, VaultId } from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClient, signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'sasha@e2e.example.org';
const password = 'correct horse battery staple 9';
const firstVictim = 'Pavel Orlov';
const secondVictim = 'Nina Belova';

/** "Slapping, kicking or punching" (a label with commas, so the CSV must quote it) and "Isolation". */
const SLAPPING = '030101000000';
const ISOLATION = '031800000000';
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
 * Four incidents through the client library, as the CLI would make them: 2024 (both methods),
 * 2025 (isolation; the same victim), 2025 (slapping; another victim) and one undated without a
 * method. By year × method the cells add up to more than the totals.
 */
const seed = async (vaultId: VaultId): Promise<{ facility: Facility }> => {
  const client = await nodeClient(server.url, { email, password });
  const facility = (await client.facilities.list())[0];
  if (facility === undefined) throw new Error('the register has no facility');
  const create = async <K extends Parameters<typeof client.records.create>[1]>(
    kind: K,
    data: Record<string, unknown>,
  ): Promise<string> => (await client.records.create(vaultId, kind, data as RecordData<K>)).id;
  const first = await create('person', { names: [firstVictim] });
  const second = await create('person', { names: [secondVictim] });
  const incident = (victim: string, date: string | null, methods: string[]) =>
    create('incident', {
      victim,
      facility: facility.id,
      actType: '020111110000',
      ...(date === null ? {} : { date: day(date) }),
      ...(methods.length === 0 ? {} : { methods }),
    });
  await incident(first, '2024-03-10', [SLAPPING, ISOLATION]);
  await incident(first, '2025-02-11', [ISOLATION]);
  await incident(second, '2025-05-20', [SLAPPING]);
  await incident(second, null, []);
  return { facility };
};

/** Opens an address (a fresh load locks the keys: unlock, and the app returns to it). */
const open = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.waitForURL((url) => url.pathname === path.split('?')[0], { timeout: 60_000 });
};

/** The texts of the elements a locator finds. */
const texts = (page: Page, testId: string): Promise<string[]> =>
  page.getByTestId(testId).allInnerTexts();

/** Waits for a download started by clicking a button; its name and bytes. */
const download = async (page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> => {
  const started = page.waitForEvent('download');
  await page.getByTestId(testId).click();
  const file = await started;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
};

describe('the statistics page in the browser', () => {
  it('says when there is nothing to count, then draws year × method as a heat map with distinct totals, lists the records behind a figure and downloads the CSV, PNG and SVG', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requested: string[] = [];
    context.on('request', (req) => requested.push(req.url()));
    const page = await context.newPage();
    const vaultId = await signUpWithVault(page, server.url, { email, password }, 'Statistics');

    // A new vault: the page says there is nothing yet and where to add it.
    await page.getByTestId('nav-statistics').click();
    const empty = page.getByTestId('stats-empty');
    await empty.waitFor({ timeout: 30_000 });
    await expect(empty.innerText()).resolves.toContain('No incidents yet');
    await expect(empty.innerText()).resolves.toContain('vigil demo');
    await expect(empty.getByRole('link').getAttribute('href')).resolves.toBe(
      `/vaults/${vaultId}/records`,
    );

    await seed(vaultId);
    await open(page, '/statistics');

    // Incidents by year (the start): bars along a time axis, one undated incident off the axis.
    const chart = page.getByTestId('stats-chart');
    await chart.waitFor({ timeout: 60_000 });
    await expect(chart.getAttribute('data-chart')).resolves.toBe('time');
    await expect(page.getByTestId('stats-notes').innerText()).resolves.toContain(
      'Counts of documented incidents, not of all that happened.',
    );
    await expect(page.getByTestId('stats-notes').innerText()).resolves.toContain(
      '1 undated incident is not on the time axis',
    );

    // Year × method, chosen with the labelled selects.
    await page.getByLabel('Count by', { exact: true }).selectOption('year');
    await page.getByLabel('Then by', { exact: true }).selectOption('method');
    await expect.poll(() => chart.getAttribute('data-chart'), { timeout: 30_000 }).toBe('heat-map');
    const url = new URL(page.url());
    expect(url.searchParams.get('rows')).toBe('year');
    expect(url.searchParams.get('cols')).toBe('method');

    // The table: cells, and totals that count each incident once (cells add up to more).
    const table = page.getByTestId('stats-table');
    await expect(table.locator('thead th').allInnerTexts()).resolves.toEqual([
      'Incidents: Year \\ Method of violence',
      'Slapping, kicking or punching',
      'Isolation',
      'Unknown',
      'Total',
    ]);
    await expect(table.locator('tbody th').allInnerTexts()).resolves.toEqual([
      '2024',
      '2025',
      'Undated',
    ]);
    await expect(texts(page, 'stats-row-total')).resolves.toEqual(['1', '2', '1']);
    await expect(texts(page, 'stats-column-total')).resolves.toEqual(['2', '2', '1']);
    await expect(page.getByTestId('stats-total').innerText()).resolves.toBe('4');
    await expect(page.getByTestId('stats-totals').innerText()).resolves.toBe(
      'Counted: 4 incidents; distinct victims: 2.',
    );
    await expect(page.getByTestId('stats-multi-note').innerText()).resolves.toContain(
      'several values of Method of violence',
    );
    // The heat map: one mark per non-empty cell, with its legend.
    await expect(chart.getByTestId('stats-figure').count()).resolves.toBe(5);
    await expect(chart.getByTestId('stats-legend').textContent()).resolves.toContain(
      'Incidents in a cell',
    );

    // A cell opens the records behind it: the 2025 incident with isolation, named here.
    await chart.locator(`[data-row="2025"][data-column="${ISOLATION}"]`).click();
    const panel = page.getByTestId('stats-records');
    await panel.waitFor();
    await expect(panel.locator('h2').innerText()).resolves.toBe('Records behind: 2025, Isolation');
    await expect(panel.getByTestId('stats-records-count').innerText()).resolves.toBe('1 incident');
    await expect
      .poll(() => panel.getByTestId('related-link').first().innerText(), { timeout: 30_000 })
      .toContain(firstVictim);

    // From the keyboard: the 2025 row total in the table lists both of that year's incidents.
    await page.getByTestId('stats-row-total').nth(1).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel.getByTestId('stats-records-count').innerText(), { timeout: 30_000 })
      .toBe('2 incidents');
    await expect.poll(() => panel.getByTestId('related-link').count(), { timeout: 30_000 }).toBe(2);
    // Names are opened in the browser, each as its person's record arrives.
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain(secondVictim);
    // A chart mark too: Tab reaches it and Enter opens it.
    await chart.locator(`[data-row="2024"][data-column="${SLAPPING}"]`).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel.locator('h2').innerText(), { timeout: 30_000 })
      .toBe('Records behind: 2024, Slapping, kicking or punching');

    // The CSV of the table, made in the browser: labels quoted where they must be, distinct totals.
    const csv = await download(page, 'stats-export-csv');
    expect(csv.name).toMatch(/^statistics-incidents-year-by-method-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.bytes.subarray(3).toString('utf8')).toBe(
      [
        'Incidents: Year \\ Method of violence,"Slapping, kicking or punching",Isolation,Unknown,Total',
        '2024,1,1,0,1',
        '2025,1,1,0,2',
        'Undated,0,0,1,1',
        'Total,2,2,1,4',
        '',
      ].join('\r\n'),
    );

    // The chart as PNG (drawn on a canvas here) and as SVG, with its title and what it counts.
    const png = await download(page, 'stats-export-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.bytes.length).toBeGreaterThan(2000);
    const svg = (await download(page, 'stats-export-svg')).bytes.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Incidents by Year and Method of violence');
    expect(svg).toContain('Counts of documented incidents, not of all that happened.');
    expect(svg).not.toContain('tabindex');
    expect(svg).not.toContain('class=');

    // A filter chip: isolation only. Two incidents, and the address holds the code, not a word.
    await page.getByTestId('stats-filter-dimension').selectOption('method');
    await page.getByTestId('stats-filter-value').selectOption(ISOLATION);
    await page.getByTestId('stats-filter-add').click();
    await expect
      .poll(() => page.getByTestId('stats-total').innerText(), { timeout: 30_000 })
      .toBe('2');
    await expect(page.getByTestId('stats-chip').innerText()).resolves.toContain(
      'Method of violence: Isolation',
    );
    expect(new URL(page.url()).searchParams.getAll('f.method')).toEqual([ISOLATION]);

    // A record behind a figure opens its own page.
    await page.getByTestId('stats-total').getByRole('button').click();
    await expect.poll(() => panel.getByTestId('related-link').count(), { timeout: 30_000 }).toBe(2);
    await panel.getByTestId('related-link').first().click();
    await page.waitForURL(new RegExp(`/vaults/${vaultId}/records/[0-9a-f-]{36}$`));
    await page.getByTestId('record-fields').waitFor({ timeout: 30_000 });

    // Nothing was asked of any other host; no name went into an address.
    const origin = new URL(server.url).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:'))).toEqual([]);
    expect(requested.filter((u) => /Orlov|Belova|Pavel|Nina/.test(decodeURIComponent(u)))).toEqual(
      [],
    );

    // Shown as a rate: by type of place, per 100 documented detentions. The vault documents no
    // detention, so every figure says "no denominator", never 0; the address keeps the choice.
    await page.goBack();
    await page.getByLabel('Count by', { exact: true }).selectOption('facility-type');
    await page.getByTestId('stats-rate').selectOption('detentions');
    await page.getByTestId('stats-rate-card').waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('rate')).toBe('detentions');
    await expect(page.getByTestId('stats-rate-value').first().innerText()).resolves.toBe(
      'no denominator',
    );
    await expect(page.getByTestId('stats-rate-notes').innerText()).resolves.toContain(
      'Denominator: detentions documented in the vault',
    );
    await context.close();
  });
});
