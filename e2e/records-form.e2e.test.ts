import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
/** Every URL and request body the browser sent, to look for plaintext names in. */
const sent: string[] = [];
const cspViolations: string[] = [];

const NAME = 'Иван Маркеров';
const NAME_LATIN = 'Ivan Markerov';
const PASSWORD = 'correct horse battery staple 3';

const recordedContext = async (): Promise<BrowserContext> => {
  const context = await browser.newContext({ locale: 'en-GB' });
  context.on('request', (req) => {
    sent.push(req.url());
    sent.push(req.postData() ?? '');
  });
  return context;
};

const register = async (page: Page, email: string) => {
  await page.goto(`${server.url}/register`);
  await page.getByTestId('register-email').fill(email);
  await page.getByTestId('register-password').fill(PASSWORD);
  await page.getByTestId('register-password-confirm').fill(PASSWORD);
  await page.getByTestId('register-submit').click();
  await page.waitForURL(/\/(vaults|login)/, { timeout: 60_000 });
  if (page.url().includes('/login')) {
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
  }
  await page.getByTestId('vault-list').waitFor({ timeout: 60_000 });
};

/** Moves inside the single-page app without a reload (a reload would lock the keys). */
const goInApp = async (page: Page, path: string) => {
  await page.evaluate((to) => {
    // Runs in the page; the e2e tsconfig has no DOM types.
    const win = globalThis as unknown as {
      history: { pushState(s: unknown, t: string, u: string): void };
      dispatchEvent(e: unknown): void;
      PopStateEvent: new (type: string) => unknown;
    };
    win.history.pushState(null, '', to);
    win.dispatchEvent(new win.PopStateEvent('popstate'));
  }, path);
};

/** The id of the focused element. */
const focusedId = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document
        .activeElement?.id ?? '',
  );

/** Everything the app keeps in localStorage, keys and values. */
const localStorageText = (page: Page) =>
  page.evaluate(() => {
    const store = (globalThis as unknown as { localStorage: Storage & { [k: string]: unknown } })
      .localStorage;
    const out: string[] = [];
    for (let i = 0; i < store.length; i += 1) {
      const key = store.key(i) ?? '';
      out.push(key, store.getItem(key) ?? '');
    }
    return out.join('\n');
  });

interface Storage {
  readonly length: number;
  key(i: number): string | null;
  getItem(k: string): string | null;
}

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Set by the first test, used by the second. */
const made: { page?: Page; context?: BrowserContext; vaultId?: string; personId?: string } = {};

describe('record forms in the browser', () => {
  it('creates a person and an incident from the keyboard, drafts encrypted, no name sent in clear', async () => {
    const context = await recordedContext();
    const page = await context.newPage();
    made.page = page;
    made.context = context;
    page.on('console', (msg) => {
      if (/Content Security Policy|Refused to/i.test(msg.text())) cspViolations.push(msg.text());
    });
    await register(page, 'carol@e2e.example.org');

    await page.getByTestId('vault-create-open').click();
    await page.getByTestId('vault-name').fill('Interviews Rostov');
    await page.getByTestId('vault-create-submit').click();
    await page.getByTestId('vault-item').first().waitFor();
    await page.getByTestId('vault-item').first().click();
    await page.waitForURL(/\/vaults\/[0-9a-f-]{36}/);
    const vaultId = /\/vaults\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

    // A person: the first field (the first name row) has focus on open.
    await goInApp(page, `/vaults/${vaultId}/records/new/person`);
    await page.locator('#rf-names-0').waitFor();
    await expect.poll(() => focusedId(page)).toBe('rf-names-0');
    await page.keyboard.type(NAME);
    // Enter in a row opens the next row, where the Latin spelling goes.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('rf-names-1');
    await page.keyboard.type(NAME_LATIN);

    // Groups at risk: type, arrow, Enter; Backspace removes the chip; Escape closes the list.
    await page.locator('#rf-groups').focus();
    await page.keyboard.type('journ');
    await expect(
      page.getByTestId('vocab-groups').getByRole('option').first().innerText(),
    ).resolves.toBe('Journalist');
    await page.keyboard.press('Enter');
    const groups = page.getByTestId('vocab-groups').getByTestId('picker-chip');
    await expect.poll(() => groups.count()).toBe(1);
    await page.keyboard.press('Backspace');
    await expect.poll(() => groups.count()).toBe(0);
    await page.keyboard.type('human');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('vocab-groups').getByRole('listbox').isHidden()).resolves.toBe(
      true,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => groups.count()).toBe(1);
    await expect(groups.first().innerText()).resolves.toContain('Human rights defender');

    // A partial date says what it understood.
    await page.locator('#rf-birthDate').focus();
    await page.keyboard.type('1984-03');
    await expect
      .poll(() => page.locator('[data-field="birthDate"] [data-testid="date-reading"]').innerText())
      .toContain('March 1984 (month)');

    // The draft is saved about a second after typing stops, sealed.
    await expect
      .poll(() => page.getByTestId('draft-status').innerText(), { timeout: 15_000 })
      .toContain('Draft saved');
    const stored = await localStorageText(page);
    expect(stored).toContain('vigil.draft.v1.');
    expect(stored).not.toContain('Маркеров');
    expect(stored).not.toContain('Markerov');

    await page.keyboard.press('Control+Enter');
    await page.waitForURL(new RegExp(`/vaults/${vaultId}/records/[0-9a-f-]{36}$`), {
      timeout: 30_000,
    });
    const personId = /records\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
    expect(personId).toBeTruthy();
    made.vaultId = vaultId;
    made.personId = personId ?? '';
    // Saved: the draft is gone.
    await expect.poll(() => localStorageText(page)).not.toContain('vigil.draft.v1.');

    // An incident about that person.
    await goInApp(page, `/vaults/${vaultId}/records/new/incident`);
    await page.locator('#rf-victim').waitFor();
    await expect.poll(() => focusedId(page)).toBe('rf-victim');
    // Latin, other word order: found on the opened list, and by name lookup through blind indexes.
    await page.keyboard.type('markerov ivan');
    await expect
      .poll(() => page.getByTestId('relation-person').getByRole('option').first().innerText(), {
        timeout: 30_000,
      })
      .toBe(NAME);
    // The lookup goes out too once typing pauses, as blind indexes (the body check at the end
    // covers the name).
    await expect
      .poll(() => sent.some((u) => u.endsWith('/records/name-lookup')), { timeout: 15_000 })
      .toBe(true);
    await page.keyboard.press('Enter');

    // Saving with the required type of act missing shows the problem and links to it.
    await page.keyboard.press('Control+Enter');
    const problems = page.getByTestId('form-problems');
    await problems.waitFor();
    await expect(problems.innerText()).resolves.toContain('Type of act');
    await problems.getByRole('link').first().press('Enter');
    await expect.poll(() => focusedId(page)).toBe('rf-actType');
    await page.keyboard.type('torture');
    const acts = page.getByTestId('vocab-actType').getByRole('option');
    await expect(acts.first().innerText()).resolves.toMatch(/^Torture(\n|$)/);
    await page.keyboard.press('Enter');

    await page.locator('#rf-methods').focus();
    await page.keyboard.type('beating');
    await page.keyboard.press('Enter');
    await page.keyboard.type('electric shock');
    await page.keyboard.press('Enter');
    const methods = page.getByTestId('vocab-methods').getByTestId('picker-chip');
    await expect.poll(() => methods.count()).toBe(2);

    await page.locator('#rf-date').focus();
    await page.keyboard.type('2022-03/..');
    await expect
      .poll(() => page.locator('[data-field="date"] [data-testid="date-reading"]').innerText())
      .toContain('from March 2022');

    await page.keyboard.press('Control+Enter');
    await page.waitForURL(new RegExp(`/vaults/${vaultId}/records/[0-9a-f-]{36}$`), {
      timeout: 30_000,
    });
    expect(page.url()).not.toContain(personId ?? 'none');

    // Nothing identifying left the browser in plaintext: not in a URL, not in a body.
    const everything = sent.join('\n');
    for (const marker of ['Маркеров', 'Markerov', 'markerov', encodeURIComponent('Маркеров')]) {
      expect(everything).not.toContain(marker);
    }
    expect(cspViolations).toEqual([]);
  });

  it('edits the person, resumes the encrypted draft, and explains a conflict with another save', async () => {
    const { page, context, vaultId, personId } = made;
    if (page === undefined || context === undefined || vaultId === undefined || !personId) {
      throw new Error('the first test did not finish');
    }
    const editPath = `/vaults/${vaultId}/records/${personId}/edit`;
    await goInApp(page, editPath);
    await page.locator('#rf-names-0').waitFor({ timeout: 30_000 });
    await expect(page.locator('#rf-names-0').inputValue()).resolves.toBe(NAME);
    await page.locator('#rf-notes').focus();
    await page.keyboard.type('Seen in SIZO-2 in May');
    await expect
      .poll(() => page.getByTestId('draft-status').innerText(), { timeout: 15_000 })
      .toContain('Draft saved');

    // Leave and come back: the draft is offered, and Enter resumes it.
    await goInApp(page, `/vaults/${vaultId}`);
    await goInApp(page, editPath);
    await page.getByTestId('draft-prompt').waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator('#rf-notes').waitFor();
    await expect(page.locator('#rf-notes').inputValue()).resolves.toBe('Seen in SIZO-2 in May');

    // Meanwhile the same record is saved on another device (drafts stay on their own device).
    const other = await (await recordedContext()).newPage();
    await other.goto(`${server.url}/login`);
    await other.getByTestId('login-email').fill('carol@e2e.example.org');
    await other.getByTestId('login-password').fill(PASSWORD);
    await other.getByTestId('login-submit').click();
    await other.getByTestId('vault-list').waitFor({ timeout: 60_000 });
    await goInApp(other, editPath);
    await other.locator('#rf-aliases-0').waitFor({ timeout: 30_000 });
    await other.locator('#rf-aliases-0').focus();
    await other.keyboard.type('Vanya');
    await other.keyboard.press('Control+Enter');
    await other.waitForURL(new RegExp(`/records/${personId}$`), { timeout: 30_000 });
    await other.context().close();

    // This tab's save is refused with a conflict, explained, and reloading offers the draft.
    await page.keyboard.press('Control+Enter');
    const conflict = page.getByTestId('record-conflict');
    await conflict.waitFor({ timeout: 30_000 });
    await conflict.getByRole('button').press('Enter');
    await page.getByTestId('draft-prompt').waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await expect(page.locator('#rf-notes').inputValue()).resolves.toBe('Seen in SIZO-2 in May');
    await page.keyboard.press('Control+Enter');
    await page.waitForURL(new RegExp(`/records/${personId}$`), { timeout: 30_000 });
    await expect.poll(() => localStorageText(page)).not.toContain('vigil.draft.v1.');

    for (const marker of ['Маркеров', 'Markerov', 'SIZO-2 in May', 'Vanya']) {
      expect(sent.join('\n')).not.toContain(marker);
    }
  });
});
