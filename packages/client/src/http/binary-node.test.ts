import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../errors';
import { createTransport } from '../transport';

const vaultId = '01936b2c-7f00-7000-8000-000000000001';
const evidenceId = '01936b2c-7f00-7000-8000-000000000003';
const sha256 = 'a'.repeat(64);

let server: Server | undefined;
afterEach(
  () =>
    new Promise<void>((done) => {
      // A test that failed midway may leave a request waiting: close it rather than hang.
      server?.closeAllConnections();
      if (server) server.close(() => done());
      else done();
    }),
);

/** A local server answering every request with `answer`; resolves with its base URL. */
const serve = (answer: (req: IncomingMessage, body: Buffer) => [number, string | Buffer]) =>
  new Promise<string>((done) => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const [status, body] = answer(req, Buffer.concat(chunks));
        res.writeHead(status, {
          'content-type':
            typeof body === 'string' ? 'application/json' : 'application/octet-stream',
        });
        res.end(body);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      done(`http://127.0.0.1:${(server?.address() as AddressInfo).port}`);
    });
  });

describe('raw bytes over node:http (the CLI)', () => {
  it('sends a part with its headers and bearer token, and reads the JSON answer', async () => {
    const seen: { headers: IncomingMessage['headers']; body: Buffer }[] = [];
    const url = await serve((req, body) => {
      seen.push({ headers: req.headers, body });
      return [200, JSON.stringify({ index: 2, size: 3, sha256 })];
    });
    const transport = createTransport({ baseUrl: url, mode: 'cli', token: 'tok' });
    const answer = await transport.upload('evidencePartPut', {
      params: { vaultId, evidenceId, index: 2 },
      body: new Uint8Array([1, 2, 3]),
      headers: { 'x-vigil-sha256': sha256 },
    });
    expect(answer).toEqual({ index: 2, size: 3, sha256 });
    expect([...(seen[0]?.body ?? [])]).toEqual([1, 2, 3]);
    expect(seen[0]?.headers).toMatchObject({
      authorization: 'Bearer tok',
      'content-type': 'application/octet-stream',
      'x-vigil-sha256': sha256,
    });
  });

  it('says a part was sent once the server has all its bytes, before the answer comes', async () => {
    let answer: (() => void) | null = null;
    const received = new Promise<number>((gotAll) => {
      server = createServer((req, res) => {
        let n = 0;
        req.on('data', (c: Buffer) => (n += c.length));
        req.on('end', () => {
          gotAll(n);
          // The answer waits (the server storing the part durably) until the test allows it.
          answer = () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ index: 0, size: n, sha256 }));
          };
        });
      });
    });
    const url = await new Promise<string>((done) => {
      server?.listen(0, '127.0.0.1', () => {
        done(`http://127.0.0.1:${(server?.address() as AddressInfo).port}`);
      });
    });
    const transport = createTransport({ baseUrl: url, mode: 'cli', token: 'tok' });
    const events: string[] = [];
    const body = new Uint8Array(4 * 1024 * 1024).fill(7);
    const upload = transport
      .upload('evidencePartPut', {
        params: { vaultId, evidenceId, index: 0 },
        body,
        headers: { 'x-vigil-sha256': sha256 },
        onSent: () => events.push('sent'),
      })
      .then(() => events.push('answered'));
    expect(await received).toBe(body.length);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual(['sent']);
    (answer as (() => void) | null)?.();
    await upload;
    expect(events).toEqual(['sent', 'answered']);
  });

  it('says a part was sent, once, when its request fails', async () => {
    const transport = createTransport({ baseUrl: 'http://127.0.0.1:9', mode: 'cli', token: 't' });
    let sent = 0;
    await expect(
      transport.upload('evidencePartPut', {
        params: { vaultId, evidenceId, index: 0 },
        body: new Uint8Array(10),
        onSent: () => (sent += 1),
      }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(sent).toBe(1);
  });

  it("turns an error answer into an ApiError with the server's code and message", async () => {
    const url = await serve(() => [
      400,
      JSON.stringify({
        error: { code: 'validation_failed', message: 'the part does not match', fields: [] },
      }),
    ]);
    const transport = createTransport({ baseUrl: url, mode: 'cli', token: 'tok' });
    const failure = await transport
      .upload('evidencePartPut', {
        params: { vaultId, evidenceId, index: 0 },
        body: new Uint8Array(1),
        headers: { 'x-vigil-sha256': sha256 },
      })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 400, code: 'validation_failed' });
    const refused = await transport
      .download('evidenceContent', { params: { vaultId, evidenceId } })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('streams a downloaded body in chunks', async () => {
    const bytes = Buffer.alloc(300_000, 7);
    const url = await serve(() => [200, bytes]);
    const transport = createTransport({ baseUrl: url, mode: 'cli', token: 'tok' });
    const chunks = await transport.download('evidenceContent', { params: { vaultId, evidenceId } });
    let total = 0;
    for await (const chunk of chunks) total += chunk.length;
    expect(total).toBe(bytes.length);
  });

  it('says the server could not be reached when nothing listens', async () => {
    const url = await serve(() => [200, '{}']);
    await new Promise<void>((done) => server?.close(() => done()));
    server = undefined;
    const transport = createTransport({ baseUrl: url, mode: 'cli', token: 'tok' });
    const failure = await transport
      .download('evidenceContent', { params: { vaultId, evidenceId } })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 0, code: 'network_error' });
  });
});
