import { homedir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile, removeFile, writeJsonFile } from './json-file';

/**
 * One server's stored session: the bearer token and the e-mail it was opened with (needed to fill
 * one's own member profile when creating a vault; the server only keeps a keyed hash of it).
 */
export interface StoredSession {
  token: string;
  email?: string;
}

/**
 * Where the CLI keeps its sessions between runs: one per server, nothing else. Never the
 * password, the master key or any private key: a seized laptop must yield at most a session the
 * server can revoke, and no key that opens sealed data.
 */
export interface SessionStore {
  /** The stored session for a server, if any. */
  get(server: string): Promise<StoredSession | undefined>;
  /** Stores (or replaces) the session for a server. */
  set(server: string, session: StoredSession): Promise<void>;
  /** Forgets the session token for a server; a no-op when there is none. */
  delete(server: string): Promise<void>;
}

type SessionMap = Record<string, StoredSession>;

/** The state directory: VIGIL_HOME when set, else ~/.vigil. */
export const resolveHome = (env: Readonly<Record<string, string | undefined>>): string =>
  env.VIGIL_HOME !== undefined && env.VIGIL_HOME !== ''
    ? env.VIGIL_HOME
    : join(homedir(), '.vigil');

/** Path of the sessions file inside a state directory (exported for tests and diagnostics). */
export const sessionsPath = (home: string): string => join(home, 'sessions.json');

const isSessionMap = (value: unknown): value is SessionMap =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return false;
    const { token, email } = entry as { token?: unknown; email?: unknown };
    return typeof token === 'string' && (email === undefined || typeof email === 'string');
  });

/** Sessions in `<home>/sessions.json`, mode 0600 in a 0700 directory, written atomically. */
export const fileSessionStore = (home: string): SessionStore => {
  const file = sessionsPath(home);
  // A damaged state file is treated as "not logged in" rather than a crash: the user logs in again.
  const load = async (): Promise<SessionMap> => {
    const parsed = await readJsonFile(file);
    return isSessionMap(parsed) ? parsed : {};
  };

  return {
    async get(server) {
      return (await load())[server];
    },
    async set(server, session) {
      const sessions = await load();
      sessions[server] = {
        token: session.token,
        ...(session.email ? { email: session.email } : {}),
      };
      await writeJsonFile(file, sessions);
    },
    async delete(server) {
      const sessions = await load();
      if (!(server in sessions)) return;
      const rest = Object.fromEntries(Object.entries(sessions).filter(([key]) => key !== server));
      if (Object.keys(rest).length === 0) await removeFile(file);
      else await writeJsonFile(file, rest);
    },
  };
};
