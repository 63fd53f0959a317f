// The embedded database's own process (ADR 24): PGlite with its durability barrier and WAL
// checkpointer, serving the server's pool over the IPC channel. Started by `spawnEngineProcess`;
// it ends when the server ends the pool or when the channel to the server closes (the server
// exited or was killed), rolling back whatever transaction was open.
import type { PostgresPoolClient } from 'kysely';
import { startPglite } from '../pglite-engine';
import type { PglitePool } from '../pglite-pool';
import { sendableError } from './protocol';
import type { Reply, Request } from './protocol';

const send = (reply: Reply): void => {
  if (process.connected) process.send?.(reply);
};

let pool: PglitePool | null = null;
const clients = new Map<number, PostgresPoolClient>();
let ending: Promise<void> | null = null;

const answer = async (id: number, work: () => Promise<unknown>): Promise<void> => {
  try {
    send({ t: 'reply', id, ok: true, value: await work() });
  } catch (error) {
    send({ t: 'reply', id, ok: false, error: sendableError(error) });
  }
};

const openPool = (): PglitePool => {
  if (pool === null) throw new Error('The embedded database is not open.');
  return pool;
};

/** Gives back every lent session (open transactions roll back) and closes PGlite, once. */
const end = (): Promise<void> => {
  ending ??= (async () => {
    for (const client of clients.values()) client.release();
    clients.clear();
    await pool?.end();
  })();
  return ending;
};

const handle = (request: Request): void => {
  switch (request.t) {
    case 'open':
      void answer(request.id, async () => {
        pool = await startPglite(request.dbDir, {}, { invalidate: () => send({ t: 'wrote' }) });
        return null;
      });
      return;
    case 'query':
      void answer(request.id, async () => {
        let client = clients.get(request.client);
        if (client === undefined) {
          // The session's first statement: wait for PGlite's one session, in arrival order.
          client = await openPool().connect();
          clients.set(request.client, client);
        }
        return client.query(request.sql, request.params);
      });
      return;
    case 'release':
      clients.get(request.client)?.release();
      clients.delete(request.client);
      return;
    case 'end':
      void answer(request.id, end);
      return;
  }
};

process.on('message', (message) => handle(message as Request));
// The server is gone: nobody will commit what is open. Close cleanly so the next start finds a
// consistent data directory, then leave.
process.on('disconnect', () => {
  void end().finally(() => process.exit(0));
});
