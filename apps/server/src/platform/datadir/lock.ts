import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { ErrorCode, VigilError } from '@vigil/core';

/** The lock file's name inside the data directory. */
export const LOCK_FILE = 'vigil.lock';

/** A held data-directory lock; `release()` is idempotent. */
export interface DataDirLock {
  readonly path: string;
  release(): void;
}

type Held = { count: number; path: string };
// Locks this process holds, by lock path: a second acquisition in the same process (the serve
// command, then openDatabase) shares the lock instead of refusing itself.
const held = new Map<string, Held>();

/**
 * Takes the exclusive lock on a data directory, or throws VigilError 'data_dir_locked' when a
 * live process holds it. PGlite has no inter-process locking: two servers on one directory would
 * silently destroy it. The lock file is created exclusively (link, like O_EXCL) and holds the owner's pid; a lock
 * whose pid is dead is stale (after kill -9 or a power loss) and is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(resolve(dataDir), LOCK_FILE);
  const mine = held.get(path);
  if (mine !== undefined) {
    mine.count += 1;
    return handle(mine);
  }
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(path)) {
      const entry: Held = { count: 1, path };
      held.set(path, entry);
      return handle(entry);
    }
    const owner = readOwner(path);
    if (owner !== null && owner.pid !== process.pid && isAlive(owner)) throw lockedError(dataDir);
    // Stale (or unreadable) lock: remove it and race for O_EXCL again; the loser sees a live pid.
    removeIfOwner(path, owner);
  }
  throw lockedError(dataDir);
}

function handle(entry: Held): DataDirLock {
  let released = false;
  return {
    path: entry.path,
    release: () => {
      if (released) return;
      released = true;
      entry.count -= 1;
      if (entry.count > 0) return;
      held.delete(entry.path);
      removeIfOwner(entry.path, { pid: process.pid, host: hostname() });
    },
  };
}

function tryCreate(path: string): boolean {
  // Written aside, then hard-linked into place: link() fails atomically if the lock exists, and
  // the lock never exists half-written (a reader would take that for a stale lock).
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`, {
    mode: 0o600,
  });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if (hasCode(error, 'EEXIST')) return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
}

type Owner = { pid: number; host: string };

function readOwner(path: string): Owner | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, host } = parsed as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string') return null;
    return { pid, host };
  } catch {
    // Missing (released meanwhile) or half-written: treat as no owner.
    return null;
  }
}

function isAlive(owner: Owner): boolean {
  // A pid from another machine (shared volume) cannot be checked: assume it is alive.
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return hasCode(error, 'EPERM');
  }
}

function removeIfOwner(path: string, owner: Owner | null): void {
  const current = readOwner(path);
  const same =
    owner === null ? current === null : current?.pid === owner.pid && current.host === owner.host;
  if (!same) return;
  try {
    unlinkSync(path);
  } catch (error) {
    if (!hasCode(error, 'ENOENT')) throw error;
  }
}

function lockedError(dataDir: string): VigilError {
  return new VigilError(
    ErrorCode.dataDirLocked,
    `Another Vigil server is using the data directory ${resolve(dataDir)}. ` +
      `Stop that server first (Ctrl+C in its terminal, or end its process; its pid is in ` +
      `${LOCK_FILE} in that directory), or start this one with a different data directory.`,
  );
}

function hasCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

// Release on normal exit and on the usual termination signals' exit path.
process.once('exit', () => {
  for (const entry of held.values()) {
    removeIfOwner(entry.path, { pid: process.pid, host: hostname() });
  }
  held.clear();
});
