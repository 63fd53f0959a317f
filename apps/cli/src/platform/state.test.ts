import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileSessionStore, resolveHome, sessionsPath } from './state';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'vigil-state-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const mode = async (path: string) => (await stat(path)).mode & 0o777;

describe('the session store in VIGIL_HOME', () => {
  it('creates the state directory 0700 and the sessions file 0600', async () => {
    const home = join(root, 'home');
    await fileSessionStore(home).set('http://127.0.0.1:8080', { token: 'token-a' });
    expect(await mode(home)).toBe(0o700);
    expect(await mode(sessionsPath(home))).toBe(0o600);
  });

  it('narrows a sessions file that was left readable by others back to 0600 on write', async () => {
    const home = join(root, 'home');
    const store = fileSessionStore(home);
    await store.set('http://a', { token: 'one' });
    await chmod(sessionsPath(home), 0o644);
    expect(await mode(sessionsPath(home))).toBe(0o644);
    await store.set('http://a', { token: 'two' });
    expect(await mode(sessionsPath(home))).toBe(0o600);
  });

  it('keeps one token per server and forgets only the one logged out of', async () => {
    const store = fileSessionStore(root);
    await store.set('http://a', { token: 'token-a' });
    await store.set('http://b', { token: 'token-b' });
    await store.delete('http://a');
    expect(await store.get('http://a')).toBeUndefined();
    expect(await store.get('http://b')).toEqual({ token: 'token-b' });
  });

  it('stores the token and login e-mail and nothing else', async () => {
    const store = fileSessionStore(root);
    await store.set('http://a', { token: 'token-a', email: 'a@example.org' });
    const parsed: unknown = JSON.parse(await readFile(sessionsPath(root), 'utf8'));
    expect(parsed).toEqual({ 'http://a': { token: 'token-a', email: 'a@example.org' } });
  });

  it('removes the file when the last session is forgotten', async () => {
    const store = fileSessionStore(root);
    await store.set('http://a', { token: 'token-a' });
    await store.delete('http://a');
    await expect(stat(sessionsPath(root))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('treats a damaged sessions file as logged out instead of crashing', async () => {
    await writeFile(sessionsPath(root), 'not json', { mode: 0o600 });
    expect(await fileSessionStore(root).get('http://a')).toBeUndefined();
  });

  it('uses VIGIL_HOME when set and ~/.vigil otherwise', () => {
    expect(resolveHome({ VIGIL_HOME: '/x/y' })).toBe('/x/y');
    expect(resolveHome({})).toMatch(/[/\\]\.vigil$/);
  });
});
