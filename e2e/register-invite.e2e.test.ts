import { totpCode } from '@vigil/crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startVigil, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
const requested: string[] = [];
const cspViolations: string[] = [];

/** A browser context whose every request and CSP complaint is recorded. */
const recordedContext = async (): Promise<BrowserContext> => {
  const context = await browser.newContext();
  context.on('request', (req) => requested.push(req.url()));
  context.on('page', (page) => watchConsole(page));
  return context;
};

const watchConsole = (page: Page): void => {
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) cspViolations.push(msg.text());
  });
};

/** Registers in the browser and ends signed in on the vault list. */
const registerAndSignIn = async (page: Page, email: string, password: string) => {
  await page.goto(`${server.url}/register`);
  await page.getByTestId('register-email').fill(email);
  await page.getByTestId('register-password').fill(password);
  await page.getByTestId('register-password-confirm').fill(password);
  await page.getByTestId('register-submit').click();
  // Fail with the app's own error message rather than a bare timeout.
  const shownError = page
    .getByRole('alert')
    .first()
    .waitFor({ timeout: 60_000 })
    .then(async () => {
      throw new Error(`registration failed: ${await page.getByRole('alert').first().innerText()}`);
    });
  shownError.catch(() => undefined);
  await Promise.race([page.waitForURL(/\/(vaults|login)/, { timeout: 60_000 }), shownError]);
  if (page.url().includes('/login')) {
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  }
  await page.getByTestId('vault-list').waitFor({ timeout: 60_000 });
};

/**
 * After a reload the session cookie survives but the private keys, kept in memory only, do not:
 * the app asks for the password again before it can open anything encrypted.
 */
const unlockAfterReload = async (page: Page, password: string) => {
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  await page.getByTestId('unlock-password').waitFor({ state: 'detached', timeout: 60_000 });
};

/**
 * Unlocks while holding back the Argon2id worker's script, which keeps the key derivation pending
 * for as long as the test likes: meanwhile the page must keep drawing frames and show its pending
 * state. If Argon2id ran on the main thread again, no worker would be fetched and this would fail.
 */
const unlockWithKdfInWorker = async (page: Page, password: string) => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let fetched = (): void => undefined;
  const workerFetched = new Promise<void>((resolve) => (fetched = resolve));
  const workerScript = '**/assets/argon2-worker-*.js';
  await page.route(workerScript, async (route) => {
    fetched();
    await held;
    await route.continue();
  });
  await page.getByTestId('unlock-password').waitFor({ timeout: 30_000 });
  await page.getByTestId('unlock-password').fill(password);
  await page.getByTestId('unlock-password').press('Enter');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const noWorker = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('unlock started no Argon2id worker')), 60_000);
  });
  await Promise.race([workerFetched, noWorker]).finally(() => clearTimeout(timer));
  const pending = page.locator('[data-testid="unlock-submit"][aria-busy="true"]');
  await pending.waitFor({ timeout: 30_000 });
  const frames = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        // Runs in the page; the e2e tsconfig has no DOM types.
        const win = globalThis as unknown as { requestAnimationFrame(cb: () => void): number };
        let count = 0;
        const tick = () => (++count === 10 ? resolve(count) : win.requestAnimationFrame(tick));
        win.requestAnimationFrame(tick);
      }),
  );
  expect(frames).toBe(10);
  await expect(pending.count()).resolves.toBe(1);
  release();
  await page.getByTestId('unlock-password').waitFor({ state: 'detached', timeout: 60_000 });
  await page.unroute(workerScript);
};

beforeAll(async () => {
  server = await startVigil();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('two people in the browser', () => {
  it('lets the first create a vault and invite the second, who sees and joins it, then change their role and remove them', async () => {
    const alice = await (await recordedContext()).newPage();
    const bob = await (await recordedContext()).newPage();
    watchConsole(alice);
    watchConsole(bob);
    const vaultName = 'Case file Taganrog SIZO-2';

    await registerAndSignIn(alice, 'alice@e2e.example.org', 'correct horse battery staple 1');
    await registerAndSignIn(bob, 'bob@e2e.example.org', 'correct horse battery staple 2');

    await alice.getByTestId('vault-create-open').click();
    await alice.getByTestId('vault-name').fill(vaultName);
    await alice.getByTestId('vault-create-submit').click();
    await alice.getByTestId('vault-item').filter({ hasText: vaultName }).first().waitFor();
    await alice.getByTestId('vault-item').filter({ hasText: vaultName }).first().click();

    await alice.getByTestId('members-tab').click();
    await alice.getByTestId('invite-email').fill('bob@e2e.example.org');
    await alice.getByTestId('invite-role').selectOption('documenter');
    await alice.getByTestId('invite-submit').click();
    await expect.poll(() => alice.getByTestId('member-row').count(), { timeout: 30_000 }).toBe(2);

    await bob.reload();
    await unlockWithKdfInWorker(bob, 'correct horse battery staple 2');
    // Go to the vault list explicitly: where unlocking returns to depends on where the reload was.
    await bob.getByTestId('nav-vaults').click();
    const invitation = bob.getByTestId('vault-item').filter({ hasText: vaultName });
    await invitation.first().waitFor({ timeout: 60_000 });
    await bob.getByTestId('vault-accept').first().click();
    await expect.poll(() => bob.getByTestId('vault-accept').count(), { timeout: 30_000 }).toBe(0);
    await expect(invitation.count()).resolves.toBe(1);

    // The owner changes the new member's role, then removes them; the member loses the vault.
    await alice.reload();
    // Unlocking returns to the page that was open: the vault's members.
    await unlockAfterReload(alice, 'correct horse battery staple 1');
    await alice.getByTestId('member-role').selectOption('analyst');
    await expect.poll(() => alice.getByTestId('member-role').inputValue()).toBe('analyst');
    await alice.getByTestId('member-remove').click();
    await alice.getByTestId('confirm-submit').click();
    await expect.poll(() => alice.getByTestId('member-row').count(), { timeout: 30_000 }).toBe(1);
    await bob.reload();
    await unlockAfterReload(bob, 'correct horse battery staple 2');
    // Loaded (the create button shows once the list has arrived), and the vault is gone.
    await bob.getByTestId('vault-create-open').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => invitation.count(), { timeout: 30_000 }).toBe(0);

    const origin = new URL(server.url).origin;
    const foreign = requested.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
    expect(cspViolations).toEqual([]);
  });

  it('serves every page with a Content-Security-Policy that allows only its own origin', async () => {
    const res = await fetch(`${server.url}/vaults`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(csp).not.toContain('unsafe-inline');
    // Argon2id key derivation runs as WebAssembly; without this, nobody can register or sign in.
    expect(csp).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
    // …in a dedicated worker loaded from this origin.
    expect(csp).toMatch(/worker-src 'self'(;|$)/);
  });

  it('lets a user turn on two-factor sign-in, then sign in with a code and with a recovery code', async () => {
    const page = await (await recordedContext()).newPage();
    watchConsole(page);
    const email = 'carol@e2e.example.org';
    const password = 'correct horse battery staple 3';
    await registerAndSignIn(page, email, password);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('totp-start').waitFor();
    // Keyboard users land on the new page, not on the link they left.
    expect(await page.locator('main:focus, main :focus').count()).toBe(1);
    await page.getByTestId('totp-start').click();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    const now = () => Math.floor(Date.now() / 1000);
    await page.getByTestId('totp-enable-code').fill(await totpCode(secret, now()));
    await page.getByTestId('totp-enable-code').press('Enter');
    await page.getByTestId('totp-recovery-codes').waitFor({ timeout: 30_000 });
    const codes = (
      await page.getByTestId('totp-recovery-codes').locator('code').allInnerTexts()
    ).map((c) => c.trim());
    expect(codes.length).toBeGreaterThan(0);
    await expect(page.getByTestId('totp-recovery-done').isDisabled()).resolves.toBe(true);
    await page.getByTestId('totp-recovery-stored').check();
    await page.getByTestId('totp-recovery-done').click();
    // Shown once: after confirming, the codes are gone from the page.
    await expect.poll(() => page.getByTestId('totp-recovery-codes').count()).toBe(0);

    const signIn = async () => {
      await page.getByTestId('logout').click();
      await page.getByTestId('login-email').fill(email);
      await page.getByTestId('login-password').fill(password);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('login-totp').waitFor({ timeout: 60_000 });
    };

    await signIn();
    // The next time step: the code used to turn 2FA on may not be replayed.
    await page.getByTestId('login-totp').fill(await totpCode(secret, now() + 30));
    await page.getByTestId('login-totp').press('Enter');
    await page.getByTestId('vault-list').waitFor({ timeout: 60_000 });

    await signIn();
    await page.getByTestId('login-switch-factor').click();
    await page.getByTestId('login-recovery').fill(codes[0] ?? '');
    await page.getByTestId('login-totp-submit').click();
    await page.getByTestId('vault-list').waitFor({ timeout: 60_000 });

    // The language switcher translates the page in place.
    await page.getByTestId('language-select').selectOption('uk');
    await expect.poll(() => page.locator('h1').innerText()).toBe('Сховища');
    expect(cspViolations).toEqual([]);
  });
});
