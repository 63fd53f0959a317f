import { readFile } from 'node:fs/promises';
import { estimatePopulation, parsePatternCsv } from '@vigil/analytics';
import { newClusterId, type RecordData, type VaultId } from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClient, signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'analyst@e2e.example.org';
const password = 'correct horse battery staple 12';

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Three types of source material, each a list: Interview, Court records, Letter. */
const INTERVIEW = '091420051801';
const COURT = '031521182001';
const LETTER = '120520200501';
const LISTS = [INTERVIEW, COURT, LETTER];

/**
 * People by the lists they are on ("110" = Interview and Court records). One more person is
 * documented twice, as two person records (once by interview, once by letter) that a linkage
 * run puts together: with the run the "101" row has 4 people, without it 3 plus two loners.
 */
const PEOPLE: Record<string, number> = {
  '100': 9,
  '010': 7,
  '001': 6,
  '110': 4,
  '101': 3,
  '011': 3,
  '111': 2,
};

/** Records through the client library, and a linkage run that merges the twice-documented person. */
const seed = async (vaultId: VaultId): Promise<void> => {
  const client = await nodeClient(server.url, { email, password });
  const create = async <K extends Parameters<typeof client.records.create>[1]>(
    kind: K,
    data: Record<string, unknown>,
  ): Promise<string> => (await client.records.create(vaultId, kind, data as RecordData<K>)).id;
  const documented = async (name: string, lists: readonly string[]): Promise<string> => {
    const victim = await create('person', { names: [name] });
    const sources: string[] = [];
    for (const materialType of lists) sources.push(await create('source', { materialType }));
    await create('incident', {
      victim,
      actType: '020111110000',
      date: { precision: 'day', value: '2024-03-01' },
      sources,
    });
    return victim;
  };
  let n = 0;
  for (const [pattern, count] of Object.entries(PEOPLE)) {
    const lists = LISTS.filter((_, j) => pattern[j] === '1');
    for (let i = 0; i < count; i++) await documented(`Person ${(n += 1)}`, lists);
  }
  const first = await documented('Ivan Petrov', [INTERVIEW]);
  const second = await documented('Iwan Pietrow', [LETTER]);
  const cluster = newClusterId();
  await client.linkage.saveRun(vaultId, {
    basedOn: null,
    settings: { threshold: 0.9 },
    assignments: [
      { recordId: first, clusterId: cluster, probability: 0.97 },
      { recordId: second, clusterId: cluster, probability: 0.97 },
    ],
  });
};

/** Opens an address (a fresh load locks the keys: unlock, and the app returns to it). */
const open = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.waitForURL((url) => url.pathname === path.split('?')[0], { timeout: 60_000 });
};

describe('the estimation page in the browser', () => {
  it('counts people from the linkage run, shows the pattern table and its CSV for vigil estimate, runs log-linear estimation in a worker and shows the estimate with its interval and the chart', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requested: string[] = [];
    context.on('request', (req) => requested.push(req.url()));
    const page = await context.newPage();
    const vaultId = await signUpWithVault(page, server.url, { email, password }, 'Estimation');
    await seed(vaultId);

    await open(page, '/estimation');
    // The people come from run 1: 36 person records are 35 people.
    const source = page.getByTestId('est-source');
    await source.waitFor({ timeout: 60_000 });
    await expect(source.innerText()).resolves.toMatch(
      /People from linkage run 1 of .*: 36 person records in 35 people\. 34 person records not yet linked count as separate people\./,
    );

    // Lists are types of source material, each with its people.
    await page.getByTestId('est-list-by').selectOption('materialType');
    const lists = page.getByTestId('est-list');
    await expect.poll(() => lists.count(), { timeout: 30_000 }).toBe(3);
    const controls = (await page.locator('.est-fieldset').first().innerText()).replace(/\s+/g, ' ');
    expect(controls).toContain('Interview (19 people)');
    expect(controls).toContain('Court records (16 people)');
    expect(controls).toContain('Letter (15 people)');

    // With two lists, the methods that need three say why they are off.
    // The choices live in the address: a click's new state shows once the router has moved, so
    // click and wait for it rather than check(), which reads the box back at once.
    const letter = page.locator(`[data-testid="est-list"][data-code="${LETTER}"]`);
    await letter.click();
    await expect.poll(() => letter.isChecked()).toBe(false);
    await expect(page.getByTestId('est-method-lcmcr').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('est-method-why-dga').innerText()).resolves.toBe(
      'Needs at least 3 lists; 2 are chosen.',
    );
    await letter.click();
    await expect.poll(() => letter.isChecked()).toBe(true);
    await expect(page.getByTestId('est-method-dga').isDisabled()).resolves.toBe(false);

    // The pattern table: the linked person is one person on Interview and Letter.
    const table = page.getByTestId('est-pattern-table');
    await expect
      .poll(() => table.locator('tr[data-pattern="101"] td.num').innerText(), { timeout: 30_000 })
      .toBe('4');
    await expect(table.locator('tr[data-pattern="111"] td.num').innerText()).resolves.toBe('2');
    await expect(table.locator('thead').innerText()).resolves.toMatch(
      /Interview\s+Court records\s+Letter\s+People/,
    );

    // The CSV is what vigil estimate reads, and gives the figure the page will give.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('est-patterns-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^estimation-patterns-materialType-\d{4}-\d\d-\d\d\.csv$/,
    );
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe(`${INTERVIEW},${COURT},${LETTER},count`);
    const parsed = parsePatternCsv(csv);
    const cli = estimatePopulation(parsed.table, { method: 'loglinear', seed: 1 });
    await expect(page.getByTestId('est-cli').innerText()).resolves.toContain(
      '--method loglinear --seed 1',
    );

    // Log-linear estimation, in the worker.
    await page.getByTestId('est-method-loglinear').click();
    await expect.poll(() => page.getByTestId('est-method-loglinear').isChecked()).toBe(true);
    await page.getByTestId('est-run').click();
    const results = page.getByTestId('est-results');
    await results.waitFor({ timeout: 60_000 });
    const row = page.getByTestId('est-result-row').first();
    await expect(row.innerText()).resolves.toContain('All people');
    await expect(row.getByTestId('est-estimate').innerText()).resolves.toBe(
      String(Math.round(cli.estimate)),
    );
    const interval = await row.getByTestId('est-interval').innerText();
    expect(interval).toMatch(/^\d[\d,]*–(\d[\d,]*|∞)$/);
    expect(interval.startsWith(`${Math.floor(cli.interval[0])}–`)).toBe(true);
    await expect(page.getByTestId('est-headline').innerText()).resolves.toMatch(
      /^Estimated \d[\d,]* victims in all, 95 % interval \d[\d,]*–(\d[\d,]*|∞): 35 people documented/,
    );

    // The chart: documented against estimated, with the interval, and its downloads.
    const chart = page.getByTestId('est-chart');
    await expect(chart.getByTestId('est-chart-row').count()).resolves.toBe(1);
    await expect(chart.getByTestId('est-chart-estimate').count()).resolves.toBe(1);
    await expect(chart.locator('title').first().textContent()).resolves.toMatch(
      /^All people: 35 documented, estimated \d[\d,]*, 95 % interval /,
    );
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('est-export-svg').click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/^estimate-materialType-loglinear-.*\.svg$/);
    const svgText = await readFile((await svg.path()) ?? '', 'utf8');
    expect(svgText).toContain('Documented and estimated victims');
    expect(svgText).not.toContain('Ivan');

    // The settings are in the address, codes only.
    const url = new URL(page.url());
    expect(url.searchParams.get('by')).toBe('materialType');
    expect(url.searchParams.get('lists')).toBe(`${INTERVIEW},${COURT},${LETTER}`);

    // How this works, from the keyboard.
    await page.getByTestId('est-how').locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('est-how').innerText()).resolves.toContain('closed population');

    const origin = new URL(server.url).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:'))).toEqual([]);
    await context.close();
  });
});
