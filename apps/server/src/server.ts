import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { loadConfig, settings, type ConfigInput } from './platform/config';
import { openDatabase } from './platform/db';
import { openObjectStore } from './platform/storage';
import { createLogger } from './platform/logger';

/** What `vigil serve` passes; everything else comes from VIGIL_* environment variables. */
export interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  /** Defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A listening server. */
export interface RunningServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly engine: 'pglite' | 'postgres';
  /** Stops accepting requests, lets running ones finish, closes the database and frees the lock. */
  close(): Promise<void>;
}

// The built web app next to this package, so `vigil serve` finds it from any working directory.
const bundledWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/**
 * Opens the database (PGlite in `<dataDir>/db`, locked against a second server; or PostgreSQL),
 * builds the app and listens. Throws VigilError `data_dir_locked` when another server holds the
 * data directory, before anything is written.
 */
export const startServer = async (options: ServeOptions = {}): Promise<RunningServer> => {
  const env = options.env ?? process.env;
  const overrides: ConfigInput = {};
  if (options.port !== undefined) overrides.port = options.port;
  if (options.host !== undefined) overrides.host = options.host;
  if (options.dataDir !== undefined) overrides.dataDir = options.dataDir;
  if (options.databaseUrl !== undefined) overrides.databaseUrl = options.databaseUrl;
  if (env[settings.webDist.env] === undefined) overrides.webDist = bundledWebDist;
  const config = loadConfig(env, overrides);
  const logger = createLogger({ level: config.logLevel });

  // The embedded engine runs in a process of its own, as PostgreSQL does: the server's memory
  // then holds requests and uploads, not PostgreSQL's buffers and compiled code (ADR 24).
  const db = await openDatabase(
    config.databaseUrl !== undefined
      ? { url: config.databaseUrl }
      : { dataDir: config.dataDir, ownProcess: true },
  );
  try {
    // Opened now, not on first use: a misconfigured store stops the server at start.
    const objects = await openObjectStore(config, config.dataDir);
    const app = await buildApp({ db, config, logger, objects });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
    logger.info({ event: 'listening', host: config.host, port, engine: db.engine }, 'listening');
    let closing: Promise<void> | null = null;
    return {
      url: `http://${shownHost}:${port}`,
      host: config.host,
      port,
      engine: db.engine,
      close: () => {
        closing ??= app.close().finally(() => db.close());
        return closing;
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
};
