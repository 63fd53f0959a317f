// THE SECRET TEST: the server never receives a password, master key, wrap key, private key or
// vault key. Every request body, header and URL the clients send during the main flows is
// recorded and searched for every secret the clients derived or opened (reported by the
// test-only key observer), in raw-text, base64, base64url and hex forms.
import { totpCode } from '@vigil/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type RecordedRequest, type Stack } from './harness';
import { binaryForms, findLeaks, passwordForms, type Needle } from './leaks';

const alice = { email: 'alice@example.org', password: 'Ünïcödé pässwörd of Alice 1' };
const bob = { email: 'bob@example.org', password: 'bob-the-second-password-22' };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

/** Runs every client flow of this release through two clients, web and cli. */
const runAllFlows = async (s: Stack): Promise<void> => {
  const a = s.client('web');
  const b = s.client('cli');
  await a.register(alice);
  const { accountId: bobId } = await b.register(bob);
  await a.login(alice);
  await b.login(bob);

  const vault = await a.vaults.create({ name: 'Case files: Kazan SIZO-2', email: alice.email });
  await a.vaults.invite(vault.id, { email: bob.email, role: 'documenter' });
  await b.vaults.list();
  await b.vaults.accept(vault.id);
  await b.vaults.get(vault.id);
  await a.vaults.members(vault.id);
  await a.vaults.changeRole(vault.id, bobId, 'admin');
  await b.vaults.members(vault.id);
  await a.vaults.remove(vault.id, bobId);

  const { secret } = await b.totp.setup();
  const now = Math.floor(Date.now() / 1000);
  const { recoveryCodes } = await b.totp.enable(await totpCode(secret, now));
  await b.logout();
  const b2 = s.client('cli');
  await expect(b2.login(bob)).rejects.toMatchObject({ code: 'totp_required' });
  await b2.login({ ...bob, recoveryCode: recoveryCodes[0] ?? '' });
  await b2.totp.disable(await totpCode(secret, now + 30));

  a.lock();
  await a.unlock(alice.password);
  expect(await a.audit.verify(vault.id)).toMatchObject({ ok: true });
  await a.logout();
};

describe('what the clients send to the server', () => {
  it('never contains a password, master key, wrap key, private key or vault key', async () => {
    await runAllFlows(stack);

    // The recording and the observer really saw the flows (so an empty search cannot pass).
    const kinds = new Set(stack.observed.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['master-key', 'private-key', 'vault-key', 'wrap-key']);
    expect(stack.observed.filter((o) => o.kind === 'master-key').length).toBeGreaterThanOrEqual(6);
    expect(stack.requests.length).toBeGreaterThan(20);
    expect(stack.requests.some((r) => r.body.includes('"authKey"'))).toBe(true);

    const needles: Needle[] = [
      { label: 'password of alice', forms: passwordForms(alice.password) },
      { label: 'password of bob', forms: passwordForms(bob.password) },
      ...stack.observed.map((o, i) => ({ label: `${o.kind} #${i}`, forms: binaryForms(o.bytes) })),
    ];
    expect(findLeaks(stack.requests, needles)).toEqual([]);
  });

  it('would catch a leak: the detector finds a planted wrap key and password', () => {
    const wrap = stack.observed.find((o) => o.kind === 'wrap-key');
    const vaultKey = stack.observed.find((o) => o.kind === 'vault-key');
    expect(wrap).toBeDefined();
    expect(vaultKey).toBeDefined();
    const planted: RecordedRequest[] = [
      {
        url: 'http://vigil.test/api/x',
        method: 'POST',
        headers: {},
        body: binaryForms(wrap?.bytes ?? new Uint8Array())[3] ?? '',
      },
      {
        url: 'http://vigil.test/api/y',
        method: 'POST',
        headers: { 'x-debug': Buffer.from(alice.password).toString('base64') },
        body: '',
      },
      {
        url: `http://vigil.test/api/z?k=${binaryForms(vaultKey?.bytes ?? new Uint8Array())[0]}`,
        method: 'GET',
        headers: {},
        body: '',
      },
    ];
    const needles: Needle[] = [
      { label: 'password', forms: passwordForms(alice.password) },
      { label: 'wrap', forms: binaryForms(wrap?.bytes ?? new Uint8Array()) },
      { label: 'vault', forms: binaryForms(vaultKey?.bytes ?? new Uint8Array()) },
    ];
    expect(findLeaks(planted, needles)).toEqual([
      'wrap in POST /api/x',
      'password in POST /api/y',
      'vault in GET /api/z',
    ]);
  });
});
