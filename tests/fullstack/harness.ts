// Full-stack harness: the real server (buildApp over a fresh test database) behind a fetch that
// records every request the client sends. Test-only code, so it may import the server directly.
import type { KdfParams } from '@vigil/core';
import { createVigilClient, type KeyMaterialKind, type VigilClient } from '@vigil/client';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/platform/config';
import { createTestDb } from '../../apps/server/src/platform/db';
import { openTempObjectStore } from '../../apps/server/src/platform/storage';

/** Argon2id at its schema minimum: fast tests, passed to the client explicitly (default stays). */
export const TEST_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 8 * 1024,
  iterations: 1,
  parallelism: 1,
};

/** One request exactly as the client handed it to fetch. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Secret material reported by clients' test-only observers. */
export interface ObservedKey {
  readonly kind: KeyMaterialKind;
  readonly bytes: Uint8Array;
}

type App = Awaited<ReturnType<typeof buildApp>>;
type TestDb = Awaited<ReturnType<typeof createTestDb>>;

/** Headers as a plain object, whatever form the client passed them in. */
const plainHeaders = (headers: RequestInit['headers']): Record<string, string> =>
  Object.fromEntries(new Headers(headers ?? {}).entries());

/** A running stack: the server, a recording fetch into it, and a factory for clients. */
export interface Stack {
  readonly db: TestDb;
  readonly app: App;
  readonly requests: RecordedRequest[];
  readonly observed: ObservedKey[];
  /** A new client in `mode`; web clients share nothing, each keeps its own cookie jar. */
  client(mode?: 'web' | 'cli'): VigilClient;
  close(): Promise<void>;
}

/**
 * Starts the real server on a fresh database. Requests go through `app.inject` (no socket), with
 * a per-client cookie jar so the web mode's httpOnly session cookie works as in a browser.
 */
export const startStack = async (): Promise<Stack> => {
  const db = await createTestDb();
  const config = loadConfig(
    {},
    { logLevel: 'silent', checkpointEvery: 3, authRateLimitMax: 100_000, dataDir: '/nonexistent' },
  );
  const objects = await openTempObjectStore();
  const app = await buildApp({ db, config, objects: objects.store });
  await app.ready();
  const requests: RecordedRequest[] = [];
  const observed: ObservedKey[] = [];

  const recordingFetch = (): typeof fetch => {
    const jar = new Map<string, string>();
    return async (input, init) => {
      const url = new URL(String(input));
      const headers = plainHeaders(init?.headers);
      // Evidence parts go as raw bytes: recorded as UTF-8 text so the leak checks still see any
      // plaintext that would be in them.
      const raw = init?.body instanceof Uint8Array ? init.body : null;
      const body =
        typeof init?.body === 'string' ? init.body : raw ? Buffer.from(raw).toString('utf8') : '';
      const method = init?.method ?? 'GET';
      requests.push({ url: String(input), method, headers, body });
      if (init?.credentials === 'same-origin' && jar.size > 0) {
        headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      }
      const answer = await app.inject({
        method: method as 'GET',
        url: url.pathname + url.search,
        headers,
        ...(raw !== null ? { payload: Buffer.from(raw) } : body === '' ? {} : { payload: body }),
      });
      for (const cookie of answer.cookies as { name: string; value: string }[]) {
        if (cookie.value === '') jar.delete(cookie.name);
        else jar.set(cookie.name, cookie.value);
      }
      const responseHeaders = new Headers();
      for (const [key, value] of Object.entries(answer.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [String(value)])
          responseHeaders.append(key, v);
      }
      const empty = answer.statusCode === 204 || answer.statusCode === 304;
      return new Response(empty ? null : new Uint8Array(answer.rawPayload), {
        status: answer.statusCode,
        headers: responseHeaders,
      });
    };
  };

  return {
    db,
    app,
    requests,
    observed,
    client: (mode = 'cli') =>
      createVigilClient({
        baseUrl: 'http://vigil.test',
        mode,
        fetch: recordingFetch(),
        kdf: TEST_KDF,
        onKeyMaterial: (kind, bytes) => observed.push({ kind, bytes }),
      }),
    close: async () => {
      await app.close();
      await db.drop();
      await objects.remove();
    },
  };
};
