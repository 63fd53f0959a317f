import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { BinaryHttp } from './binary';

// Parts go up several at a time; kept-alive sockets spare a handshake per part.
const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

const start = (
  url: string,
  method: string,
  headers: Record<string, string>,
  body: Uint8Array | null,
  onSent?: () => void,
): Promise<IncomingMessage> =>
  new Promise((done, fail) => {
    const https = url.startsWith('https:');
    const req = (https ? httpsRequest : httpRequest)(url, {
      method,
      headers: body === null ? headers : { ...headers, 'content-length': String(body.length) },
      agent: https ? httpsAgent : httpAgent,
    });
    req.once('response', done);
    req.once('error', fail);
    // 'finish': every byte was flushed to the socket; Node holds no reference to `body` any more.
    if (onSent !== undefined) req.once('finish', onSent);
    req.end(body ?? undefined);
  });

const textOf = async (res: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const responseOf = (res: IncomingMessage, text: string | null): Response => {
  const headers = new Headers();
  const type = res.headers['content-type'];
  if (type !== undefined) headers.set('content-type', type);
  return new Response(text, { status: res.statusCode ?? 0, headers });
};

export const binaryHttp: BinaryHttp | null = {
  send: async (url, method, headers, body, onSent) => {
    const res = await start(url, method, headers, body, onSent);
    return responseOf(res, await textOf(res));
  },
  receive: async (url, method, headers) => {
    const res = await start(url, method, headers, null);
    if (res.statusCode !== 200)
      return { response: responseOf(res, await textOf(res)), chunks: null };
    return { response: responseOf(res, null), chunks: res };
  },
};
