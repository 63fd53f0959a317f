import { readFile } from 'node:fs/promises';
import { verifyEvidencePackage } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
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

const account = { email: 'lev@e2e.example.org', password: 'correct horse battery staple 6' };
const photoName = 'cell-wall-bruise.png';
const statementName = 'показания-Орловой.txt';
// Stored, not deflated, in the package: the test finds these bytes in the ZIP to alter one.
const statement = 'Statement of F. Orlova, taken on 12 February 2023 in the presence of counsel.\n';
const contentRoute = '**/api/vaults/*/evidence/*/content';

/** What the tests share: the page signed in on the incident's Evidence tab, and the vault. */
const made: { page?: Page; vaultId?: VaultId } = {};

/** The custody events of each item of the vault, counted through the client library. */
const custodyCounts = async (vaultId: VaultId): Promise<number[]> => {
  const client = await nodeClient(server.url, account);
  const { items } = await client.evidence.list(vaultId);
  return Promise.all(
    items.map(async ({ item }) => (await client.evidence.verify(vaultId, item.id)).signed.length),
  );
};

// A stand-in for the browser's save dialog (headless Chromium closes the real one at once): the
// "file" it gives keeps what is written, and counts aborts; `mode: 'close'` is the user closing it.
const SAVE_DIALOG_STUB = `(() => {
  const state = { mode: 'save', calls: 0, aborted: 0, bytes: null };
  globalThis.__saveDialog = state;
  Object.defineProperty(window, 'showSaveFilePicker', {
    configurable: true,
    value: async (options) => {
      state.calls++;
      if (state.mode === 'close') throw new DOMException('The user aborted a request.', 'AbortError');
      const chunks = [];
      return {
        name: options.suggestedName,
        createWritable: async () => ({
          write: async (chunk) => { chunks.push(new Uint8Array(chunk)); },
          close: async () => {
            state.bytes = Array.from(new Uint8Array(await new Blob(chunks).arrayBuffer()));
          },
          abort: async () => { state.aborted++; },
        }),
      };
    },
  });
})()`;

/** The stand-in save dialog's record of what happened. */
const saveDialog = (page: Page) =>
  page.evaluate('globalThis.__saveDialog') as Promise<{
    calls: number;
    aborted: number;
    bytes: number[] | null;
  }>;

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('packaging evidence for court in the browser', () => {
  it('packages two chosen items into a ZIP that verifies offline, under a name that says nothing, and records the export in each custody', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    // The download path, as in browsers without a save dialog (Firefox, Safari).
    await context.addInitScript({
      content: `Object.defineProperty(window, 'showSaveFilePicker', { configurable: true, value: undefined });`,
    });
    const requested: { url: string; body: string }[] = [];
    context.on('request', (req) => requested.push({ url: req.url(), body: req.postData() ?? '' }));
    const page = await context.newPage();
    const vaultId = await signUpWithVault(page, server.url, account, 'Court vault');
    await createIncident(await nodeClient(server.url, account), vaultId, 'Фаина Орлова');
    made.page = page;
    made.vaultId = vaultId;
    await openIncidentEvidence(page);

    // Two files uploaded in the tab.
    const rows = page.getByTestId('evidence-row');
    const files = [
      { name: photoName, mimeType: 'image/png', buffer: onePixelPng() },
      { name: statementName, mimeType: 'text/plain', buffer: Buffer.from(statement) },
    ];
    for (const [i, file] of files.entries()) {
      await page.getByTestId('evidence-file').setInputFiles(file);
      await page.getByTestId('evidence-upload').click();
      await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(i + 1);
    }

    // Nothing chosen yet: the action is disabled, and the hint says what to do.
    const open = page.getByTestId('evidence-package-open');
    const hint = page.getByTestId('evidence-package-hint');
    await expect(open.isDisabled()).resolves.toBe(true);
    await expect(hint.innerText()).resolves.toBe('Tick the items to package in the list first.');
    await expect(open.getAttribute('aria-describedby')).resolves.toBe(
      await hint.getAttribute('id'),
    );

    // Chosen with the keyboard: one box, then "select all" (mixed until then).
    await page.getByTestId('evidence-select').first().focus();
    await page.keyboard.press('Space');
    await expect.poll(() => hint.innerText()).toBe('1 item selected');
    const all = page.getByTestId('evidence-select-all');
    await expect(
      all.evaluate((el) => (el as unknown as { indeterminate: boolean }).indeterminate),
    ).resolves.toBe(true);
    await all.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => hint.innerText()).toBe('2 items selected');
    await expect(open.isEnabled()).resolves.toBe(true);

    // The photo is open, so its custody timeline is shown: intake and this view.
    await page.getByTestId('evidence-open').filter({ hasText: photoName }).click();
    const events = page.getByTestId('custody-event');
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(2);

    // Package: decrypted files by default; the download carries a date, nothing else.
    await open.click();
    const dialog = page.getByTestId('evidence-package-dialog');
    await dialog.waitFor();
    await expect(page.getByTestId('evidence-package-decrypted').isChecked()).resolves.toBe(true);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('evidence-package-submit').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^evidence-package-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = new Uint8Array(await readFile(await download.path()));

    // Said in words; the dialog is gone; the shown timeline now has the signed export.
    await expect(page.getByTestId('evidence-package-done').innerText()).resolves.toBe(
      'Package saved: 2 items. Each item’s chain of custody now records this export.',
    );
    await expect(dialog.isVisible()).resolves.toBe(false);
    await expect.poll(() => events.count(), { timeout: 30_000 }).toBe(3);
    await expect(page.getByTestId('custody-events').innerText()).resolves.toContain('Exported');
    await page.getByTestId('custody-verified').waitFor();

    // Offline, with nothing but the ZIP: both items, every hash and signature checks out.
    const result = await verifyEvidencePackage(bytes);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.manifest?.encrypted).toBe(false);
    expect(result.manifest?.items.map((i) => i.fileName).sort()).toEqual(
      [photoName, statementName].sort(),
    );
    expect(result.items.map((i) => [i.ok, i.plaintextChecked])).toEqual([
      [true, true],
      [true, true],
    ]);
    // Each item's custody in the package ends with this export: none was signed after it.
    expect((await custodyCounts(vaultId)).sort()).toEqual(result.items.map((i) => i.events).sort());

    // One byte of the statement altered in the ZIP: that file is named, the photo still holds.
    const at = Buffer.from(bytes).indexOf(Buffer.from(statement));
    expect(at).toBeGreaterThan(0);
    const altered = bytes.slice();
    altered[at + 3] = (altered[at + 3] ?? 0) ^ 0x01;
    const tampered = await verifyEvidencePackage(altered);
    const statementItem = tampered.manifest?.items.find((i) => i.fileName === statementName);
    expect(tampered.ok).toBe(false);
    expect(tampered.problems).toContainEqual({
      path: statementItem?.path,
      item: statementItem?.id,
      problem: 'sha256_mismatch',
    });
    expect(tampered.items.map((i) => [i.id === statementItem?.id, i.ok]).sort()).toEqual([
      [false, true],
      [true, false],
    ]);

    // The file names never travelled in the clear.
    expect(
      requested.filter(({ url, body }) =>
        [photoName, statementName, 'Orlova'].some(
          (s) => url.includes(s) || url.includes(encodeURIComponent(s)) || body.includes(s),
        ),
      ),
    ).toEqual([]);
  });

  it('streams an encrypted package into the file chosen in a save dialog; closing the dialog signs nothing; cancel and failure save nothing', async () => {
    const { page, vaultId } = made;
    if (page === undefined || vaultId === undefined) throw new Error('the first test sets up');
    await page.evaluate(SAVE_DIALOG_STUB);
    const before = await custodyCounts(vaultId);
    const open = page.getByTestId('evidence-package-open');
    const submit = page.getByTestId('evidence-package-submit');
    await open.click();

    // The save dialog closed: nothing is signed, the options stay open.
    await page.evaluate('globalThis.__saveDialog.mode = "close"');
    await submit.click();
    await expect.poll(async () => (await saveDialog(page)).calls).toBe(1);
    await expect(submit.isVisible()).resolves.toBe(true);
    await expect(custodyCounts(vaultId)).resolves.toEqual(before);
    await page.evaluate('globalThis.__saveDialog.mode = "save"');

    // Encrypted; the second file's download is held, so the bar stands at 1 of 2; then Cancel.
    await page.getByTestId('evidence-package-encrypted').check();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let contentRequests = 0;
    await page.route(contentRoute, async (route) => {
      if (++contentRequests === 2) await held;
      await route.continue();
    });
    await submit.click();
    const progress = page.getByTestId('evidence-package-progress');
    await expect
      .poll(() => progress.innerText(), { timeout: 30_000 })
      .toContain('Items packaged: 1 of 2');
    await expect(progress.locator('progress').getAttribute('max')).resolves.toBe('2');
    await page.getByTestId('evidence-package-cancel').click();
    await expect.poll(() => progress.innerText()).toContain('Stopping…');
    release();
    await page.getByText('Packaging cancelled; no package was saved.').waitFor({ timeout: 30_000 });
    await expect(saveDialog(page)).resolves.toMatchObject({ aborted: 1, bytes: null });
    await page.unroute(contentRoute);

    // A lost connection: a clear error, and the half-written file is thrown away.
    await page.route(contentRoute, (route) => route.abort('connectionreset'));
    await submit.click();
    const failed = page.getByTestId('evidence-package-failed');
    await failed.waitFor({ timeout: 30_000 });
    await expect(failed.innerText()).resolves.toContain('The server cannot be reached.');
    await expect(saveDialog(page)).resolves.toMatchObject({ aborted: 2, bytes: null });
    await page.unroute(contentRoute);

    // Again: saved whole into the chosen file; it verifies, the ciphertexts checked by hash.
    await expect(submit.innerText()).resolves.toBe('Try again');
    await submit.click();
    await expect(page.getByTestId('evidence-package-done').innerText()).resolves.toContain(
      'Encrypted package saved: 2 items, the key not included.',
    );
    const saved = (await saveDialog(page)).bytes;
    expect(saved).not.toBeNull();
    const result = await verifyEvidencePackage(Uint8Array.from(saved ?? []));
    expect(result.problems).toEqual([]);
    expect(result.manifest?.encrypted).toBe(true);
    expect(result.items.map((i) => [i.ok, i.plaintextChecked])).toEqual([
      [true, false],
      [true, false],
    ]);
  });
});
