import { readFile } from 'node:fs/promises';
import type { RecordData, VaultId } from '@vigil/core';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClient, signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'lena@e2e.example.org';
const password = 'correct horse battery staple 11';
/** The people of the vault: none of these words may leave it in a public site. */
const PEOPLE = ['Ilya Sokolov', 'Marta Kovalenko', 'Oleg Petrenko', 'Vera Smirnova'];
const NAME_WORDS = PEOPLE.flatMap((p) => p.split(' '));

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Seven incidents of four people through the client library: three in Sverdlovsk Oblast, two in
 * Crimea, two without a region; two in 2024, five in 2025.
 */
const seed = async (vaultId: VaultId): Promise<void> => {
  const client = await nodeClient(server.url, { email, password });
  const create = async <K extends Parameters<typeof client.records.create>[1]>(
    kind: K,
    data: Record<string, unknown>,
  ): Promise<string> => (await client.records.create(vaultId, kind, data as RecordData<K>)).id;
  const [sokolov, kovalenko, petrenko, smirnova] = await Promise.all(
    PEOPLE.map((name) => create('person', { names: [name] })),
  );
  const incident = (victim: string | undefined, region: string | null, date: string) =>
    create('incident', {
      victim,
      actType: '020111110000',
      date: { precision: 'day', value: date },
      ...(region === null ? {} : { region }),
    });
  await incident(sokolov, 'RU-SVE', '2024-03-10');
  await incident(kovalenko, 'RU-SVE', '2024-06-01');
  await incident(petrenko, 'RU-SVE', '2025-01-15');
  await incident(smirnova, 'UA-43', '2025-02-11');
  await incident(sokolov, 'UA-43', '2025-04-20');
  await incident(kovalenko, null, '2025-05-05');
  await incident(petrenko, null, '2025-07-07');
};

/** Opens an address (a fresh load locks the keys: unlock, and the app returns to it). */
const open = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.waitForURL((url) => url.pathname === path.split('?')[0], { timeout: 60_000 });
};

/** The test id of the element that has focus. */
const focused = (page: Page): Promise<string | null> =>
  // An expression, not a function: this file is compiled without the DOM's types.
  page.evaluate('document.activeElement?.getAttribute("data-testid") ?? null') as Promise<
    string | null
  >;

describe('public statistics and the region map in the browser', () => {
  it('says an empty vault has nothing to publish; then maps incidents by region, opens a region’s records, and downloads a public site with no name in it', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requested: string[] = [];
    context.on('request', (req) => requested.push(req.url()));
    const page = await context.newPage();
    const vaultId = await signUpWithVault(page, server.url, { email, password }, 'Publishing');

    // An empty vault: the dialog says there is nothing to publish, and offers no download.
    await page.getByTestId('nav-statistics').click();
    await page.getByTestId('stats-empty').waitFor({ timeout: 30_000 });
    await page.getByTestId('stats-publish-open').click();
    const dialog = page.getByTestId('stats-publish-dialog');
    await dialog.waitFor();
    await expect(focused(page)).resolves.toBe('stats-publish-k');
    await expect(dialog.getByTestId('stats-publish-explain').innerText()).resolves.toContain(
      'no names, no free text',
    );
    await dialog.getByTestId('stats-publish-prepare').click();
    const nothing = dialog.getByTestId('stats-publish-empty');
    await nothing.waitFor({ timeout: 30_000 });
    await expect(nothing.innerText()).resolves.toContain('Nothing can be published yet');
    await expect(dialog.getByTestId('stats-publish-download').count()).resolves.toBe(0);
    // Escape closes it, and focus is back on the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect(focused(page)).resolves.toBe('stats-publish-open');

    await seed(vaultId);
    await open(page, '/statistics?rows=region');

    // Incidents by region: bars first, then the map with its legend.
    const chart = page.getByTestId('stats-chart');
    await chart.waitFor({ timeout: 60_000 });
    await expect(chart.getAttribute('data-chart')).resolves.toBe('bars');
    await page.getByTestId('stats-show-map').click();
    await expect.poll(() => chart.getAttribute('data-chart'), { timeout: 60_000 }).toBe('map');
    expect(new URL(page.url()).searchParams.get('show')).toBe('map');
    await expect(page.getByTestId('stats-show-map').getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    const legend = await chart.getByTestId('stats-legend').textContent();
    expect(legend).toContain('Incidents in a region');
    expect(legend).toContain('Nothing documented');
    // Regions without an incident are no data, not zero; the two with incidents open records.
    await expect(chart.locator('[data-fill="no-data"]').count()).resolves.toBeGreaterThan(50);
    await expect(chart.locator('[data-fill="zero"]').count()).resolves.toBe(0);
    await expect(chart.getByTestId('stats-figure').count()).resolves.toBe(3);
    await expect(chart.locator('[data-row="RU-SVE"]').getAttribute('aria-label')).resolves.toMatch(
      /Sverdlovsk.*3 incidents/,
    );
    await expect(page.getByTestId('stats-notes').innerText()).resolves.toContain(
      'Grey regions have nothing documented',
    );

    // A click on Sverdlovsk Oblast opens its three incidents, named in this browser.
    await chart.locator('[data-row="RU-SVE"]').click();
    const panel = page.getByTestId('stats-records');
    await panel.waitFor();
    await expect(panel.locator('h2').innerText()).resolves.toMatch(/^Records behind: Sverdlovsk/);
    await expect(panel.getByTestId('stats-records-count').innerText()).resolves.toBe('3 incidents');
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain(PEOPLE[0] ?? '');
    // From the keyboard: Crimea, then the incidents whose region is unknown (under the map).
    await chart.locator('[data-row="UA-43"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel.getByTestId('stats-records-count').innerText(), { timeout: 30_000 })
      .toBe('2 incidents');
    await chart.locator('[data-row="~"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => panel.locator('h2').innerText(), { timeout: 30_000 })
      .toBe('Records behind: Unknown');

    // The map as SVG, like the other charts: its legend kept, nothing of the page's.
    const svgDownload = page.waitForEvent('download');
    await page.getByTestId('stats-export-svg').click();
    const svg = await readFile(await (await svgDownload).path(), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('Nothing documented');
    expect(svg).toContain('<pattern');
    expect(svg).not.toContain('class=');
    expect(svg).not.toContain('data-');
    const pngDownload = page.waitForEvent('download');
    await page.getByTestId('stats-export-png').click();
    const png = await readFile(await (await pngDownload).path());
    expect(png.subarray(0, 4)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));

    // Publishing with k = 2 from the page: the preview, then the ZIP file made here.
    await page.getByTestId('stats-publish-open').click();
    await dialog.waitFor();
    await dialog.getByTestId('stats-publish-k').fill('2');
    await dialog.getByTestId('stats-publish-title').fill('Public figures');
    await dialog.getByTestId('stats-publish-prepare').click();
    const preview = dialog.getByTestId('stats-publish-preview');
    await preview.waitFor({ timeout: 30_000 });
    await expect(preview.getByTestId('stats-publish-summary').innerText()).resolves.toBe(
      '7 documented incidents; period: all dates; k = 2.',
    );
    const tables = await preview.getByTestId('stats-publish-table').allInnerTexts();
    expect(tables.some((t) => t.startsWith('Incidents by Region'))).toBe(true);
    expect(tables.some((t) => t.startsWith('Incidents by Year'))).toBe(true);
    const filesText = await preview.getByTestId('stats-publish-files').innerText();
    expect(filesText).toContain('index.html');

    const zipDownload = page.waitForEvent('download');
    await preview.getByTestId('stats-publish-download').click();
    const zipFile = await zipDownload;
    expect(zipFile.suggestedFilename()).toMatch(/^public-statistics-\d{4}-\d{2}-\d{2}\.zip$/);
    await expect(preview.getByTestId('stats-publish-saved').innerText()).resolves.toContain(
      zipFile.suggestedFilename(),
    );
    const files = unzipSync(new Uint8Array(await readFile(await zipFile.path())));
    const names = Object.keys(files).sort();
    expect(names).toContain('index.html');
    expect(names).toContain('style.css');
    expect(names).toContain('region.csv');
    const html = strFromU8(files['index.html'] ?? new Uint8Array());
    expect(html).toContain('<title>Public figures</title>');
    expect(html).toContain('Sverdlovsk');
    const regionCsv = strFromU8(files['region.csv'] ?? new Uint8Array());
    expect(regionCsv).toContain('Sverdlovsk');
    // No name of anyone in the vault, in any file of the site.
    for (const [name, bytes] of Object.entries(files)) {
      const text = strFromU8(bytes);
      for (const word of NAME_WORDS) expect(text, `${word} in ${name}`).not.toContain(word);
    }

    await dialog.getByTestId('stats-publish-close').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // Nothing was asked of any other host (the map's shapes come from this server).
    const origin = new URL(server.url).origin;
    expect(requested.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:'))).toEqual([]);
    await context.close();
  });
});
