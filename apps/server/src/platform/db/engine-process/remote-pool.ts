import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';
import type { WriteListener } from '../pglite-pool';
import { receivedError } from './protocol';
import type { Reply, Request } from './protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
/** A request as the pool sends it, before it gets its id; `release` needs no reply. */
type Asked =
  Exclude<Request, { t: 'release' }> extends infer R
    ? R extends unknown
      ? Omit<R, 'id'>
      : never
    : never;

/**
 * The engine's script: dist/db-host.js next to the bundled server, or the TypeScript sources
 * (through tsx) when the server runs from them.
 */
const hostScript = (): string => {
  const bundled = fileURLToPath(new URL('./db-host.js', import.meta.url));
  return existsSync(bundled)
    ? bundled
    : fileURLToPath(new URL('./host-entry.mjs', import.meta.url));
};

/**
 * The server's end of the embedded database when PGlite runs in a process of its own (ADR 24):
 * a pg-Pool look-alike whose sessions and statements are carried out over there, so the server's
 * memory does not carry PostgreSQL's. Statements keep their order (one IPC channel, one session
 * over there); `onWrite` hears of a possible write before that statement's reply arrives.
 */
export class RemotePool implements PostgresPool {
  readonly #child: ChildProcess;
  readonly #pending = new Map<number, Pending>();
  readonly #exited: Promise<void>;
  #onWrite: WriteListener | null = null;
  #nextId = 1;
  #nextClient = 1;
  #stopped: Error | null = null;
  #ended: Promise<void> | null = null;

  private constructor(child: ChildProcess) {
    this.#child = child;
    child.on('message', (message) => this.#receive(message as Reply));
    this.#exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        const how = signal === null ? `code ${String(code)}` : `signal ${signal}`;
        this.#stop(new Error(`The embedded database process stopped (${how}).`));
        resolve();
      });
    });
    child.once('error', (error) => this.#stop(error));
  }

  /** Starts the engine process on `dbDir` and resolves once PGlite is open there. */
  static async start(dbDir: string, onWrite: WriteListener | null): Promise<RemotePool> {
    const child = fork(hostScript(), [], {
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Not the server's own flags (a test runner's loader, say): the host brings what it needs.
      execArgv: [],
    });
    const pool = new RemotePool(child);
    pool.#onWrite = onWrite;
    try {
      await pool.#request({ t: 'open', dbDir });
    } catch (error) {
      child.kill('SIGKILL');
      await pool.#exited;
      throw error;
    }
    return pool;
  }

  /** The engine process's pid (for measurements). */
  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** A session of the engine process, taken over there by its first statement. */
  async connect(): Promise<PostgresPoolClient> {
    if (this.#ended !== null) throw new Error('The database is closed.');
    if (this.#stopped !== null) throw this.#stopped;
    return new RemoteClient(this, this.#nextClient++);
  }

  /** Ends the engine (it closes PGlite after the current holder) and waits for its exit. */
  end(): Promise<void> {
    this.#ended ??= (async () => {
      if (this.#stopped === null) await this.#request({ t: 'end' }).catch(() => undefined);
      if (this.#child.connected) this.#child.disconnect();
      await this.#exited;
    })();
    return this.#ended;
  }

  /** @internal for RemoteClient */
  query(client: number, sql: string, params: readonly unknown[]): Promise<unknown> {
    return this.#request({ t: 'query', client, sql, params });
  }

  /** @internal for RemoteClient */
  release(client: number): void {
    if (this.#stopped === null && this.#child.connected) this.#child.send({ t: 'release', client });
  }

  #request(request: Asked): Promise<unknown> {
    if (this.#stopped !== null) return Promise.reject(this.#stopped);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#child.send({ ...request, id } as Request, (error) => {
        if (error === null) return;
        this.#pending.delete(id);
        reject(error);
      });
    });
  }

  #receive(reply: Reply): void {
    if (reply.t === 'wrote') {
      this.#onWrite?.invalidate();
      return;
    }
    const pending = this.#pending.get(reply.id);
    if (pending === undefined) return;
    this.#pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.value);
    else pending.reject(receivedError(reply.error));
  }

  /** The process is gone: every waiting statement fails, and so does every later one. */
  #stop(error: Error): void {
    this.#stopped ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#stopped);
    this.#pending.clear();
  }
}

class RemoteClient implements PostgresPoolClient {
  readonly #pool: RemotePool;
  readonly #id: number;
  #released = false;

  constructor(pool: RemotePool, id: number) {
    this.#pool = pool;
    this.#id = id;
  }

  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== 'string') {
      throw new Error('Streaming (cursors) is not supported on the embedded database.');
    }
    // The engine process answers with the PostgresQueryResult its PglitePool produced.
    return this.#pool.query(this.#id, sqlOrCursor, parameters ?? []) as Promise<
      PostgresQueryResult<R>
    >;
  }

  release(): void {
    if (this.#released) return;
    this.#released = true;
    this.#pool.release(this.#id);
  }
}
