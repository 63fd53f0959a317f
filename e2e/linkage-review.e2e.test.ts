import type { RecordData, VaultId } from '@vigil/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClient, signUpWithVault } from './evidence-helpers';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

const email = 'lina@e2e.example.org';
const password = 'correct horse battery staple 12';

/** Ten people: two of them twice, each time in Cyrillic and in a Latin transliteration. */
const PEOPLE: readonly {
  readonly name: string;
  readonly birth: { readonly precision: 'day' | 'year'; readonly value: string };
  readonly sex: 'female' | 'male';
  readonly citizenship: string;
}[] = [
  {
    name: 'Олександр Гнатюк',
    birth: { precision: 'day', value: '1984-03-12' },
    sex: 'male',
    citizenship: 'UA',
  },
  {
    name: 'Oleksandr Hnatiuk',
    birth: { precision: 'day', value: '1984-03-12' },
    sex: 'male',
    citizenship: 'UA',
  },
  {
    name: 'Ольга Сидоренко',
    birth: { precision: 'day', value: '1975-07-30' },
    sex: 'female',
    citizenship: 'UA',
  },
  {
    name: 'Olga Sidorenko',
    birth: { precision: 'year', value: '1975' },
    sex: 'female',
    citizenship: 'UA',
  },
  {
    name: 'Мария Иванова',
    birth: { precision: 'day', value: '1990-01-05' },
    sex: 'female',
    citizenship: 'RU',
  },
  {
    name: 'Пётр Смирнов',
    birth: { precision: 'day', value: '1962-11-20' },
    sex: 'male',
    citizenship: 'RU',
  },
  {
    name: 'Анна Коваленко',
    birth: { precision: 'day', value: '1988-06-14' },
    sex: 'female',
    citizenship: 'UA',
  },
  {
    name: 'Дмитрий Орлов',
    birth: { precision: 'day', value: '1979-02-02' },
    sex: 'male',
    citizenship: 'RU',
  },
  {
    name: 'Ирина Павленко',
    birth: { precision: 'day', value: '1993-09-09' },
    sex: 'female',
    citizenship: 'UA',
  },
  {
    name: 'Сергей Волков',
    birth: { precision: 'day', value: '1970-12-01' },
    sex: 'male',
    citizenship: 'RU',
  },
];

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens an address (a fresh load locks the keys: unlock, and the app returns to it). */
const open = async (page: Page, path: string): Promise<void> => {
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.waitForURL((url) => url.pathname === path, { timeout: 60_000 });
};

const text = (page: Page, testId: string) => page.getByTestId(testId).innerText();

describe('the linkage review page in the browser', () => {
  it('queues the uncertain pairs, takes keyboard decisions, saves pseudonymous clusters the server counts, splits a person and restores an earlier run', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Everything the page sends: no name may be in any of it.
    const sent: string[] = [];
    page.on('request', (req) => {
      if (req.method() !== 'GET') sent.push(`${req.method()} ${req.url()} ${req.postData() ?? ''}`);
    });
    const vaultId: VaultId = await signUpWithVault(
      page,
      server.url,
      { email, password },
      'Linkage',
    );
    const client = await nodeClient(server.url, { email, password });
    for (const p of PEOPLE) {
      await client.records.create(vaultId, 'person', {
        names: [p.name],
        birthDate: p.birth,
        sex: p.sex,
        citizenship: [p.citizenship],
      } as unknown as RecordData<'person'>);
    }

    await open(page, '/linkage');
    const items = page.getByTestId('linkage-queue-item');
    await items.first().waitFor({ timeout: 120_000 });
    await expect(text(page, 'linkage-summary-records')).resolves.toBe('10');
    await expect(items.count()).resolves.toBe(2);
    await expect(text(page, 'linkage-summary-run')).resolves.toBe('None yet');

    // The most uncertain pair first, side by side, with the model's reasons.
    const pair = page.getByTestId('linkage-pair-table');
    await expect(pair.innerText()).resolves.toContain('Олександр Гнатюк');
    await expect(pair.innerText()).resolves.toContain('Oleksandr Hnatiuk');
    await page.getByTestId('linkage-explain').waitFor();
    await expect(
      page.getByTestId('linkage-explain').locator('[data-comparison="name"]').innerText(),
    ).resolves.toContain('other transliteration');
    await expect(text(page, 'linkage-keys')).resolves.toContain('m match');
    if (process.env.LINKAGE_SCREENSHOT !== undefined) {
      await page.setViewportSize({ width: 1280, height: 1600 });
      await page.screenshot({ path: process.env.LINKAGE_SCREENSHOT, fullPage: true });
    }

    // Decide with the keyboard only: match, not a match, undo, not a match again.
    await page.keyboard.press('m');
    await expect.poll(() => text(page, 'linkage-announcement')).toBe('Marked as a match.');
    await expect.poll(() => items.count()).toBe(1);
    await expect(pair.innerText()).resolves.toContain('Olga Sidorenko');
    await page.keyboard.press('n');
    await expect.poll(() => text(page, 'linkage-announcement')).toBe('Marked as not a match.');
    await expect(page.getByTestId('linkage-queue').innerText()).resolves.toContain(
      'Nothing to review',
    );
    await page.keyboard.press('z');
    await expect.poll(() => text(page, 'linkage-announcement')).toBe('Decision taken back.');
    await expect(items.count()).resolves.toBe(1);
    await page.keyboard.press('n');
    await expect.poll(() => text(page, 'linkage-announcement')).toBe('Marked as not a match.');
    await expect(items.count()).resolves.toBe(0);
    await expect.poll(() => page.getByTestId('linkage-history-item').count()).toBe(4);

    // Re-run with the decisions: the pair judged different comes apart.
    await page.getByTestId('linkage-rerun').click();
    await expect
      .poll(() => text(page, 'linkage-changed'), { timeout: 60_000 })
      .toBe('The re-run changed 2 clusters.');
    await expect(text(page, 'linkage-summary-people')).resolves.toBe('9');

    // Save: the server counts people from cluster ids alone.
    await page.getByTestId('linkage-save-button').click();
    await expect
      .poll(() => text(page, 'linkage-summary-server'))
      .toBe('The server counts 9 people from pseudonymous cluster ids.');
    await expect(text(page, 'linkage-summary-run')).resolves.toMatch(/^Run 1, .* by you$/);
    const first = await client.linkage.latestRun(vaultId);
    expect(first?.assignments).toHaveLength(10);
    expect(first?.assignments.every((a) => /^P-[0-9A-Z]{12}$/.test(a.clusterId))).toBe(true);

    // Split Oleksandr's records apart again from the cluster view, and save.
    await page.getByTestId('linkage-cluster-item').first().click();
    await expect(page.getByTestId('linkage-cluster-table').innerText()).resolves.toContain(
      'Hnatiuk',
    );
    await page.getByTestId('linkage-split').first().click();
    await page.getByTestId('linkage-clusters-none').waitFor({ timeout: 60_000 });
    await expect(text(page, 'linkage-summary-people')).resolves.toBe('10');
    await page.getByTestId('linkage-save-button').click();
    await expect
      .poll(() => text(page, 'linkage-summary-server'))
      .toBe('The server counts 10 people from pseudonymous cluster ids.');

    // Merge them back from the single record found by search, then undo the merge from the
    // history: the split's decision comes back, not merely no decision.
    await page.getByTestId('linkage-cluster-search').fill('hnatiuk');
    await page.getByTestId('linkage-cluster-item').first().click();
    await page.getByTestId('linkage-merge-search').fill('Гнатюк');
    await page.getByTestId('linkage-merge').first().click();
    await expect.poll(() => text(page, 'linkage-summary-people'), { timeout: 60_000 }).toBe('9');
    await page.getByTestId('linkage-history-undo').first().click();
    await expect.poll(() => text(page, 'linkage-summary-people'), { timeout: 60_000 }).toBe('10');
    await expect(
      page.getByTestId('linkage-history-item').first().getAttribute('data-decision'),
    ).resolves.toBe('non-match');

    // Restore run 1: a new run 3 with its clusters, and the count of 9 back.
    await page
      .locator('[data-testid="linkage-run"][data-run="1"]')
      .getByTestId('linkage-run-restore')
      .click();
    await expect
      .poll(() => text(page, 'linkage-summary-server'))
      .toBe('The server counts 9 people from pseudonymous cluster ids.');
    await expect(
      page.locator('[data-testid="linkage-run"][data-run="3"]').innerText(),
    ).resolves.toContain('restores run 1');
    const summary = await client.linkage.summary(vaultId);
    expect(summary.people).toBe(9);
    expect(summary.run?.number).toBe(3);

    // Someone else saves in between: the page says so instead of overwriting.
    const latest = await client.linkage.latestRun(vaultId);
    await client.linkage.saveRun(vaultId, {
      basedOn: 3,
      settings: { threshold: 0.5 },
      assignments: latest?.assignments ?? [],
    });
    await page.getByTestId('linkage-save-button').click();
    await expect
      .poll(() => text(page, 'linkage-save-stale'))
      .toContain('Someone saved a newer linkage');
    // Reload starts from the newer run, and the save goes through as run 5.
    await page.getByTestId('linkage-save-reload').click();
    await expect.poll(() => text(page, 'linkage-summary-run')).toMatch(/^Run 4, /);
    await page.getByTestId('linkage-save-button').click();
    await expect.poll(() => text(page, 'linkage-summary-run')).toMatch(/^Run 5, /);

    // Nothing the page sent holds a name.
    const bodies = sent.join('\n');
    expect(sent.some((s) => s.includes('/linkage/decisions'))).toBe(true);
    expect(sent.some((s) => s.includes('/linkage/runs'))).toBe(true);
    for (const p of PEOPLE) {
      for (const word of p.name.split(' ')) expect(bodies).not.toContain(word);
    }
    await context.close();
  });
});
