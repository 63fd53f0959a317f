import { errorBodySchema, routes } from '@vigil/core';
import type { z } from 'zod';
import {
  endpoints,
  type EndpointName,
  type RequestBody,
  type RequestParams,
  type RequestQuery,
  type ResponseOf,
} from './endpoints';
import { binaryHttp } from '#binary-http';
import { ApiError, ClientErrorCode } from './errors';
import { fieldErrors } from './validate';

/** 'web' rides on the httpOnly session cookie plus a CSRF header; 'cli' sends a bearer token. */
export type ClientMode = 'web' | 'cli';

export interface TransportOptions {
  /** Origin (and optional prefix) of the server, e.g. "http://127.0.0.1:8080"; "" for same origin. */
  readonly baseUrl: string;
  readonly mode: ClientMode;
  /** Bearer token of an existing CLI session. */
  readonly token?: string;
  /** Injected for tests and for runtimes without a global fetch. */
  readonly fetch?: typeof fetch;
}

/** Inputs of one call; each part is validated with the route's schema before sending. */
export interface CallInput<N extends EndpointName> {
  readonly params?: RequestParams<N>;
  readonly query?: RequestQuery<N>;
  readonly body?: RequestBody<N>;
}

/** The HTTP layer: one typed `call` per route of the shared table, plus the session secrets. */
export interface Transport {
  readonly mode: ClientMode;
  call<N extends EndpointName>(name: N, input?: CallInput<N>): Promise<ResponseOf<N>>;
  /**
   * Sends raw bytes (application/octet-stream) with extra headers; the answer is JSON. `onSent`
   * is told when `body` may be reused: once handed to the system where that is known (Node), else
   * when the answer has come (fetch), and at the latest when this settles.
   */
  upload<N extends EndpointName>(
    name: N,
    input: {
      params: RequestParams<N>;
      body: Uint8Array;
      headers?: Record<string, string>;
      onSent?: () => void;
    },
  ): Promise<ResponseOf<N>>;
  /** Reads a raw-bytes answer as a stream of chunks (never the whole body in memory). */
  download<N extends EndpointName>(
    name: N,
    input: { params: RequestParams<N> },
  ): Promise<AsyncIterable<Uint8Array>>;
  /** The bearer token (CLI) of the current session, if any. */
  token(): string | null;
  setToken(token: string | null): void;
  setCsrfToken(token: string | null): void;
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Validates one part of a request with its schema; throws validation_failed before sending. */
const validate = (schema: z.ZodType | undefined, value: unknown, part: string): unknown => {
  if (schema === undefined) {
    if (value !== undefined) throw new ApiError(0, 'validation_failed', `Unexpected ${part}.`);
    return undefined;
  }
  const result = schema.safeParse(value ?? (part === 'query' ? {} : undefined));
  if (!result.success) {
    throw new ApiError(
      0,
      'validation_failed',
      `Invalid request ${part}.`,
      fieldErrors(result.error, part),
    );
  }
  return result.data;
};

/** Fills `:name` placeholders with URL-encoded, already validated parameter values. */
const buildPath = (template: string, params: unknown): string =>
  template.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = (params as Record<string, unknown> | undefined)?.[name];
    // Numbers too: a part's index is one once its schema has coerced it.
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new ApiError(0, 'validation_failed', 'Missing path parameter.');
    return encodeURIComponent(String(value));
  });

/** Query string from validated values (numbers and strings only in this API). */
const buildQuery = (query: unknown): string => {
  if (query === undefined) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query as Record<string, unknown>)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
};

/** Reads a body as JSON; undefined for an empty body; throws bad_server_response otherwise. */
const readJson = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(
      response.status,
      ClientErrorCode.badServerResponse,
      'The server answered with malformed JSON.',
    );
  }
};

/** Turns a non-2xx answer into an ApiError carrying the server's stable code. */
const errorFromResponse = async (response: Response): Promise<ApiError> => {
  let body: unknown;
  try {
    body = await readJson(response);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) {
    return new ApiError(
      response.status,
      ClientErrorCode.badServerResponse,
      `The server answered ${response.status} without an error body.`,
    );
  }
  const { code, message, fields } = parsed.data.error;
  return new ApiError(response.status, code, message, fields);
};

/** The chunks of a fetch body, read one at a time (a ReadableStream is not async-iterable everywhere). */
async function* streamChunks(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** Creates the HTTP layer for one client instance. */
export const createTransport = (options: TransportOptions): Transport => {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  let bearer: string | null = options.token ?? null;
  let csrf: string | null = null;

  /** Headers every request of this session carries: the bearer token or the CSRF token. */
  const sessionHeaders = (method: string): Record<string, string> => {
    const headers: Record<string, string> = {};
    if (options.mode === 'cli' && bearer !== null) headers.authorization = `Bearer ${bearer}`;
    if (options.mode === 'web' && csrf !== null && stateChanging.has(method)) {
      headers['x-csrf-token'] = csrf;
    }
    return headers;
  };

  // Raw bytes bypass fetch in Node (./http/binary.ts), unless a test injected its own fetch.
  const binary = options.fetch === undefined ? binaryHttp : null;

  /** Runs a request and turns a network failure or an error answer into an ApiError. */
  const checked = async <T extends { response: Response }>(run: () => Promise<T>): Promise<T> => {
    let result: T;
    try {
      result = await run();
    } catch {
      throw new ApiError(0, ClientErrorCode.networkError, 'The server could not be reached.');
    }
    if (!result.response.ok) throw await errorFromResponse(result.response);
    return result;
  };

  const send = async (url: string, init: RequestInit): Promise<Response> => {
    const { response } = await checked(async () => ({
      response: await doFetch(url, {
        ...init,
        credentials: options.mode === 'web' ? 'same-origin' : 'omit',
      }),
    }));
    return response;
  };

  const parseAnswer = async <N extends EndpointName>(
    schema: z.ZodType,
    response: Response,
  ): Promise<ResponseOf<N>> => {
    const parsed = schema.safeParse(await readJson(response));
    if (!parsed.success) {
      throw new ApiError(
        response.status,
        ClientErrorCode.badServerResponse,
        'The server answer did not match the API schema.',
        fieldErrors(parsed.error, 'response'),
      );
    }
    return parsed.data as ResponseOf<N>;
  };

  const upload: Transport['upload'] = async (name, input) => {
    const route = routes[name];
    const endpoint: { params?: z.ZodType; response: z.ZodType } = endpoints[name];
    const params = validate(endpoint.params, input.params, 'params');
    const url = `${baseUrl}${buildPath(route.path, params)}`;
    const headers = {
      accept: 'application/json',
      'content-type': 'application/octet-stream',
      ...sessionHeaders(route.method),
      ...(input.headers ?? {}),
    };
    let told = false;
    const sent = () => {
      if (told) return;
      told = true;
      input.onSent?.();
    };
    try {
      const response =
        binary === null
          ? await send(url, {
              method: route.method,
              headers,
              body: input.body as Uint8Array<ArrayBuffer>,
            })
          : (
              await checked(async () => ({
                response: await binary.send(url, route.method, headers, input.body, sent),
              }))
            ).response;
      return parseAnswer(endpoint.response, response);
    } finally {
      sent();
    }
  };

  const download: Transport['download'] = async (name, input) => {
    const route = routes[name];
    const endpoint: { params?: z.ZodType; response: z.ZodType } = endpoints[name];
    const params = validate(endpoint.params, input.params, 'params');
    const url = `${baseUrl}${buildPath(route.path, params)}`;
    const headers = { accept: 'application/octet-stream', ...sessionHeaders(route.method) };
    if (binary !== null) {
      const { chunks } = await checked(() => binary.receive(url, route.method, headers));
      return chunks ?? (async function* () {})();
    }
    const response = await send(url, { method: route.method, headers });
    const body = response.body;
    if (body === null) return (async function* () {})();
    return streamChunks(body);
  };

  const call = async <N extends EndpointName>(
    name: N,
    input: CallInput<N> = {},
  ): Promise<ResponseOf<N>> => {
    const route = routes[name];
    const endpoint: {
      params?: z.ZodType;
      query?: z.ZodType;
      request?: z.ZodType;
      response: z.ZodType;
    } = endpoints[name];
    const params = validate(endpoint.params, input.params, 'params');
    const query =
      endpoint.query === undefined ? undefined : validate(endpoint.query, input.query, 'query');
    const body = validate(endpoint.request, input.body, 'body');

    const headers: Record<string, string> = {
      accept: 'application/json',
      ...sessionHeaders(route.method),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const url = `${baseUrl}${buildPath(route.path, params)}${buildQuery(query)}`;
    const response = await send(url, {
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return parseAnswer<N>(endpoint.response, response);
  };

  return {
    mode: options.mode,
    call,
    upload,
    download,
    token: () => bearer,
    setToken: (token) => {
      bearer = token;
    },
    setCsrfToken: (token) => {
      csrf = token;
    },
  };
};
