import { crc32, deflateSync } from 'node:zlib';
import { createVigilClient } from '@vigil/client';
import { dateValueSchema, personIdSchema, type VaultId } from '@vigil/core';
import type { Page } from 'playwright-core';

// Steps the evidence tests share: an account with a vault, an incident to attach files to, the
// incident's Evidence tab, and small files built here so no fixture file is needed.

/** A valid 1×1 PNG (one red pixel). */
export const onePixelPng = (): Buffer => {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    // One scanline: filter byte 0, then red.
    chunk('IDAT', deflateSync(Buffer.from([0, 0xff, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** Registers (signing in when the app asks), creates a vault and opens it; its id. */
export const signUpWithVault = async (
  page: Page,
  serverUrl: string,
  account: { readonly email: string; readonly password: string },
  vaultName: string,
): Promise<VaultId> => {
  await page.goto(`${serverUrl}/register`);
  await page.getByTestId('register-email').fill(account.email);
  await page.getByTestId('register-password').fill(account.password);
  await page.getByTestId('register-password-confirm').fill(account.password);
  await page.getByTestId('register-submit').click();
  await page.waitForURL(/\/(vaults|login)/, { timeout: 60_000 });
  if (page.url().includes('/login')) {
    await page.getByTestId('login-email').fill(account.email);
    await page.getByTestId('login-password').fill(account.password);
    await page.getByTestId('login-submit').click();
  }
  await page.getByTestId('vault-list').waitFor({ timeout: 60_000 });
  await page.getByTestId('vault-create-open').click();
  await page.getByTestId('vault-name').fill(vaultName);
  await page.getByTestId('vault-create-submit').click();
  await page.getByTestId('vault-item').filter({ hasText: vaultName }).first().click();
  await page.waitForURL(/\/vaults\/[0-9a-f-]{36}$/);
  return /\/vaults\/([0-9a-f-]{36})/.exec(page.url())?.[1] as VaultId;
};

/** A signed-in client library in Node, as the CLI would use it. */
export const nodeClient = async (
  serverUrl: string,
  account: { readonly email: string; readonly password: string },
) => {
  const client = createVigilClient({ baseUrl: serverUrl, mode: 'cli' });
  await client.login(account);
  return client;
};

/** An incident (and its victim), made through the client library as the CLI would. */
export const createIncident = async (
  client: Awaited<ReturnType<typeof nodeClient>>,
  vaultId: VaultId,
  victimName: string,
): Promise<void> => {
  const victim = await client.records.create(vaultId, 'person', { names: [victimName] });
  await client.records.create(vaultId, 'incident', {
    victim: personIdSchema.parse(victim.id),
    actType: '020111110000',
    date: dateValueSchema.parse({ precision: 'day', value: '2023-02-11' }),
  });
};

/** From the open vault: its first incident, then the incident's Evidence tab. */
export const openIncidentEvidence = async (page: Page): Promise<void> => {
  await page.getByTestId('records-tab').click();
  await page.getByTestId('kind-incident').click();
  await page.getByTestId('record-link').first().click();
  await page.getByTestId('record-title').waitFor({ timeout: 30_000 });
  await page.getByTestId('record-tab-evidence').click();
  await page.getByTestId('evidence-tab').waitFor({ timeout: 30_000 });
};
