import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, VigilError } from '@vigil/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, LOCK_FILE } from './lock';

const LOCK_MODULE = fileURLToPath(new URL('./lock.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));

/**
 * Another process holding the lock: a real node process (TypeScript through tsx) that takes it,
 * prints "locked", and keeps it until it is killed or its stdin closes.
 */
async function holdInChild(dataDir: string): Promise<ChildProcess> {
  const script = `
    import { acquireDataDirLock } from ${JSON.stringify(LOCK_MODULE)};
    acquireDataDirLock(${JSON.stringify(dataDir)});
    process.stdout.write('locked\\n');
    process.stdin.resume();
    process.stdin.on('end', () => process.exit(0));
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolvePromise, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolvePromise();
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}): ${stderr}`)));
  });
  return child;
}

function killed(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill(signal);
  });
}

function lockOwner(dataDir: string): { pid: number; host: string } {
  return JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as {
    pid: number;
    host: string;
  };
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('acquireDataDirLock', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-lock-'));
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((child) => killed(child, 'SIGKILL')));
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a data directory that another live process holds, naming the directory', async () => {
    const child = await holdInChild(dir);
    children.push(child);
    expect(lockOwner(dir).pid).toBe(child.pid);
    const error = caught(() => acquireDataDirLock(dir));
    expect(error).toBeInstanceOf(VigilError);
    expect((error as VigilError).code).toBe(ErrorCode.dataDirLocked);
    expect((error as VigilError).code).toBe('data_dir_locked');
    expect((error as VigilError).message).toContain(resolve(dir));
    // The refusal did not disturb the holder's lock.
    expect(lockOwner(dir).pid).toBe(child.pid);
  });

  it('takes over the lock of a process that died without releasing it (kill -9)', async () => {
    const child = await holdInChild(dir);
    children.push(child);
    await killed(child, 'SIGKILL');
    // The dead holder's lock file is still there.
    expect(lockOwner(dir).pid).toBe(child.pid);
    const lock = acquireDataDirLock(dir);
    expect(lockOwner(dir)).toEqual({ pid: process.pid, host: hostname() });
    lock.release();
  });

  it('lets the next process in once the holder exits normally', async () => {
    const child = await holdInChild(dir);
    children.push(child);
    const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
    child.stdin?.end();
    await exited;
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    acquireDataDirLock(dir).release();
  });

  it('takes over a stale lock file whose pid is not running', async () => {
    // A pid that certainly ran and certainly is gone: a child that has exited.
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolvePromise) => gone.once('exit', resolvePromise));
    writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify({ pid: gone.pid, host: hostname() })}\n`);
    const lock = acquireDataDirLock(dir);
    expect(lockOwner(dir).pid).toBe(process.pid);
    lock.release();
  });

  it('removes the lock file on release, so the directory can be taken again', () => {
    const lock = acquireDataDirLock(dir);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lock.release(); // idempotent
    const again = acquireDataDirLock(dir);
    expect(lockOwner(dir).pid).toBe(process.pid);
    again.release();
  });

  it('shares the lock within one process and removes it only after the last release', () => {
    const first = acquireDataDirLock(dir);
    const second = acquireDataDirLock(dir);
    expect(second.path).toBe(first.path);
    first.release();
    first.release(); // a repeated release does not count twice
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    second.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('does not remove a lock file that another process owns', async () => {
    const lock = acquireDataDirLock(dir);
    // Someone replaced the file (e.g. took over a lock they believed stale): not ours to delete.
    const child = await holdInChild(join(dir, 'elsewhere'));
    children.push(child);
    writeFileSync(
      join(dir, LOCK_FILE),
      `${JSON.stringify({ pid: child.pid, host: hostname() })}\n`,
    );
    lock.release();
    expect(lockOwner(dir).pid).toBe(child.pid);
  });
});
