import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'galina@e2e.example.org';
const password = 'correct horse battery staple 6';
const newName = 'IK-99 Test colony near Rostov';

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the facility register in the browser', () => {
  it('lists the starter sample, maps it offline, opens a facility from the map with the keyboard, refuses coordinates outside the region and exports CSV', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requested: string[] = [];
    context.on('request', (req) => requested.push(req.url()));
    const page = await context.newPage();

    // A documenter of some vault may write the register: the owner of a new vault is one.
    await signUpWithVault(page, server.url, { email, password }, 'Register vault');

    // The register: the sample, marked as a sample, at least the 20 facilities it ships.
    await page.getByTestId('nav-facilities').click();
    await page.getByTestId('facilities-sample-note').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('facilities-sample-note').innerText()).resolves.toContain(
      'Starter data: a sample of documented places, not a complete register',
    );
    const rows = page.getByTestId('facility-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(20);

    // The map: region outlines drawn from the shipped shapes and a point per facility.
    await page.getByTestId('facilities-map-link').click();
    await page.getByTestId('facility-map').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('map-region').count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(80);
    const points = page.getByTestId('facility-point');
    await expect.poll(() => points.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(20);
    await expect(page.getByTestId('map-legend').innerText()).resolves.toContain('Legend');

    // Keyboard: focus a point, Tab to the next one (its tooltip shows), Enter opens its page.
    await points.first().focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      // No DOM types in the Node test project: the element is read through its own shape.
      const doc = (globalThis as unknown as { document: { activeElement: unknown } }).document;
      const el = doc.activeElement as { getAttribute(name: string): string | null } | null;
      return {
        id: el?.getAttribute('data-id') ?? null,
        label: el?.getAttribute('aria-label') ?? '',
      };
    });
    expect(focused.id).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByTestId('map-tooltip').waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/facilities/${focused.id ?? 'none'}$`), { timeout: 30_000 });
    const title = await page.getByTestId('facility-title').innerText();
    expect(focused.label.startsWith(title)).toBe(true);
    await page.getByTestId('facility-minimap').waitFor({ timeout: 30_000 });

    // A new facility whose point lies in Moscow, filed under Rostov Oblast: the server's
    // message is shown at the coordinates.
    await page.getByTestId('nav-facilities').click();
    await page.getByTestId('facility-new').click();
    await page.getByTestId('facility-name-en').fill(newName);
    await page.getByTestId('facility-type').selectOption('penal-colony-general');
    await page.getByTestId('facility-authority').selectOption('fsin');
    await page.getByTestId('facility-region-select').selectOption('RU-ROS');
    await page.getByTestId('facility-lat').fill('55.7558');
    await page.getByTestId('facility-lon').fill('37.6173');
    await page.getByTestId('facility-save').click();
    const problem = page.getByTestId('problems-coordinates');
    await problem.waitFor({ timeout: 30_000 });
    const text = await problem.innerText();
    expect(text).toMatch(/km outside Rostov Oblast \(RU-ROS\)/);
    expect(text).toContain('Moscow');
    await expect(page.getByTestId('facility-lat').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );

    // Fixed: a point in Rostov-on-Don. Saved, its page opens.
    await page.getByTestId('facility-lat').fill('47.2357');
    await page.getByTestId('facility-lon').fill('39.7015');
    await page.getByTestId('facility-save').click();
    await page.waitForURL(/\/facilities\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await expect(page.getByTestId('facility-title').innerText()).resolves.toBe(newName);
    await expect(page.getByTestId('facility-region').innerText()).resolves.toContain('RU-ROS');

    // Export CSV: a download of the register, with the new facility in it.
    await page.getByTestId('nav-facilities').click();
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(21);
    const download = page.waitForEvent('download');
    await page.getByTestId('facilities-export-csv').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^facilities-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await file.path()) ?? '', 'utf8');
    expect(csv).toContain(newName);
    expect(csv.split('\r\n').filter((line) => line !== '').length).toBeGreaterThanOrEqual(22);

    // Maps and all: nothing was asked of any other host.
    const origin = new URL(server.url).origin;
    expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:'))).toEqual(
      [],
    );
  });
});
