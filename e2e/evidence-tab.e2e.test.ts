import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createIncident,
  nodeClient,
  onePixelPng,
  openIncidentEvidence,
  signUpWithVault,
} from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'faina@e2e.example.org';
const password = 'correct horse battery staple 5';
const fileName = 'cell-wall-bruise.png';

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the evidence tab in the browser', () => {
  it('uploads a photo to an incident (resuming after a lost connection), lists it, previews it decrypted, and shows its custody verified — nothing leaves the origin', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requested: { url: string; body: string }[] = [];
    const cspViolations: string[] = [];
    context.on('request', (req) => requested.push({ url: req.url(), body: req.postData() ?? '' }));
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) cspViolations.push(msg.text());
    });

    // Sign up, sign in, create a vault and open it; an incident made as the CLI would.
    const vaultId = await signUpWithVault(page, server.url, { email, password }, 'Evidence vault');
    await createIncident(
      await nodeClient(server.url, { email, password }),
      vaultId,
      'Фаина Орлова',
    );

    // Open the incident, then its Evidence tab: empty at first, saying what to add.
    await openIncidentEvidence(page);
    await page.getByText('No evidence yet — add a photo').waitFor({ timeout: 30_000 });

    // Upload: the kind is guessed from the bytes as a photo, then the file is encrypted and sent.
    await page.getByTestId('evidence-file').setInputFiles({
      name: fileName,
      mimeType: 'image/png',
      buffer: onePixelPng(),
    });
    await page.getByTestId('evidence-kind').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('evidence-kind').inputValue()).resolves.toBe('photo');
    await page.getByTestId('evidence-note').fill('Handed over by the lawyer');
    // The first attempt loses its connection while sending the file: a clear error, then the
    // upload is resumed with the same file once the connection is back.
    const parts = '**/api/vaults/*/evidence/*/parts/*';
    await page.route(parts, (route) => route.abort('connectionreset'));
    await page.getByTestId('evidence-upload').click();
    await page.getByTestId('evidence-upload-failed').waitFor({ timeout: 60_000 });
    await page.unroute(parts);
    await page.getByTestId('evidence-resume').click();
    await page.getByText('The file is stored and its intake is signed.').waitFor({
      timeout: 60_000,
    });

    // Listed with its name, kind and a shortened SHA-256 (the full one in its title).
    const row = page.getByTestId('evidence-row');
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    const text = await row.innerText();
    expect(text).toContain(fileName);
    expect(text).toContain('Photo');
    await expect(row.getByTestId('evidence-sha256').getAttribute('title')).resolves.toMatch(
      /^[0-9a-f]{64}$/,
    );

    // Opened with the keyboard: decrypted into memory and shown; its custody checks out.
    await row.getByTestId('evidence-open').focus();
    await page.keyboard.press('Enter');
    const image = page.getByTestId('evidence-image');
    await image.waitFor({ timeout: 60_000 });
    await expect
      .poll(
        () =>
          image.evaluate((img) => {
            // No DOM types in the Node test project: the element is read through its own shape.
            const el = img as unknown as { complete: boolean; naturalWidth: number };
            return el.complete ? el.naturalWidth : 0;
          }),
        {
          timeout: 30_000,
        },
      )
      .toBe(1);
    await expect(image.getAttribute('src')).resolves.toMatch(/^blob:/);
    await page.getByTestId('custody-verified').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('custody-event').count(), { timeout: 30_000 }).toBe(2);
    const events = await page.getByTestId('custody-events').innerText();
    expect(events).toContain('Intake');
    expect(events).toContain('Viewed');
    await expect(page.getByTestId('evidence-metadata').innerText()).resolves.toContain('1 × 1');

    // Download saves the decrypted file under its name and adds a custody event.
    const download = page.waitForEvent('download');
    await page.getByTestId('evidence-download').click();
    expect((await download).suggestedFilename()).toBe(fileName);
    await expect.poll(() => page.getByTestId('custody-event').count(), { timeout: 30_000 }).toBe(3);
    await page.getByTestId('custody-verified').waitFor();

    // The file's name and note never travel in the clear, and nothing is asked of other hosts.
    const secrets = [fileName, 'cell-wall', 'Handed over by the lawyer'];
    expect(
      requested.filter(({ url, body }) =>
        secrets.some(
          (s) => url.includes(s) || url.includes(encodeURIComponent(s)) || body.includes(s),
        ),
      ),
    ).toEqual([]);
    const origin = new URL(server.url).origin;
    expect(
      requested.filter(({ url }) => !url.startsWith(origin) && !url.startsWith('blob:')),
    ).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
