import type { Command } from 'commander';
import type { VigilClient } from '@vigil/client';
import { usageError } from './errors';
import { formatJson } from './output';
import type { SessionStore } from './platform/state';
import type { Terminal } from './platform/terminal';

/** What `vigil serve` hands to the server app (see bin/vigil.mjs, the composition root). */
export interface ServeOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
}

/** The running server as far as the CLI cares: something that can be closed. */
export interface RunningServer {
  close(): unknown;
}

/** Starts the server app; injected so that the CLI's sources never import another app. */
export type ServeFn = (options: ServeOptions) => Promise<RunningServer>;

/** Makes an API client for one server, optionally carrying a stored session token. */
export type ClientFactory = (options: { baseUrl: string; token?: string }) => VigilClient;

/** Everything a command may use; built once per run by `runCli`, replaceable in tests. */
export interface CliContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly terminal: Terminal;
  readonly sessions: SessionStore;
  readonly createClient: ClientFactory;
  readonly serve: ServeFn;
  /** Resolves when the process is asked to stop (SIGINT or SIGTERM). */
  readonly shutdownSignal: () => Promise<void>;
}

/** The options every command accepts (declared once on the root program). */
export interface GlobalOptions {
  /** Normalised server base URL, e.g. http://127.0.0.1:8080. */
  server: string;
  json: boolean;
}

export const DEFAULT_SERVER = 'http://127.0.0.1:8080';

/** Validates and normalises a server URL so the same server always maps to the same session. */
export const normaliseServer = (raw: string): string => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw usageError('--server must be a URL such as http://127.0.0.1:8080');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw usageError('--server must be an http:// or https:// URL');
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw usageError('--server must not carry credentials, a query or a fragment');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
};

/** Reads the global options as seen from a (sub)command, applying VIGIL_SERVER and the default. */
export const globals = (ctx: CliContext, command: Command): GlobalOptions => {
  const opts = command.optsWithGlobals<{ server?: string; json?: boolean }>();
  const raw = opts.server ?? (ctx.env.VIGIL_SERVER || DEFAULT_SERVER);
  return { server: normaliseServer(raw), json: opts.json === true };
};

/** Prints a command's result: one JSON document under --json, else the human rendering. */
export const emit = (ctx: CliContext, json: boolean, value: unknown, human: () => string): void => {
  ctx.terminal.out(json ? formatJson(value) : human());
};

/** A progress line on stderr (stdout stays clean for results and JSON). */
export const progress = (ctx: CliContext, text: string): void => {
  ctx.terminal.err(`${text}\n`);
};
