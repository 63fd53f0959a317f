import { CommanderError } from 'commander';
import { createVigilClient, type AuditHeadStore } from '@vigil/client';
import type { KdfParams } from '@vigil/core';
import type { CliContext, ClientFactory, ServeFn } from './context';
import { EXIT_USAGE, describeError } from './errors';
import { fileAuditHeadStore } from './platform/audit-heads';
import { fileSessionStore, resolveHome, type SessionStore } from './platform/state';
import { processTerminal, type Terminal } from './platform/terminal';
import { buildProgram } from './program';

/** What the composition root (bin/vigil.mjs) or a test provides. Only `serve` is required. */
export interface CliDeps {
  serve: ServeFn;
  env?: Readonly<Record<string, string | undefined>>;
  terminal?: Terminal;
  sessions?: SessionStore;
  createClient?: ClientFactory;
  shutdownSignal?: () => Promise<void>;
}

/** Resolves on the first SIGINT or SIGTERM, so `vigil serve` can close cleanly. */
const processShutdownSignal = (): Promise<void> =>
  new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

/**
 * Test-only KDF for NEW accounts (VIGIL_KDF_FAST=1, deliberately undocumented in --help): the
 * lowest parameters the API accepts, so integration tests do not spend seconds in Argon2. Accounts
 * made with it are weak; existing accounts always use the parameters stored with them.
 */
const FAST_TEST_KDF: KdfParams = {
  algorithm: 'argon2id',
  memoryKiB: 8 * 1024,
  iterations: 1,
  parallelism: 1,
};

/** The real client factory: CLI mode, audit heads remembered in VIGIL_HOME. */
const realClientFactory =
  (options: { auditHeads: AuditHeadStore; fastKdf: boolean }): ClientFactory =>
  ({ baseUrl, token }) =>
    createVigilClient({
      baseUrl,
      mode: 'cli',
      auditHeads: options.auditHeads,
      ...(token !== undefined ? { token } : {}),
      ...(options.fastKdf ? { kdf: FAST_TEST_KDF } : {}),
    });

/**
 * Runs the `vigil` command line (`argv` as in `process.argv`) and resolves to the exit code:
 * 0 on success, 1 when the operation failed, 2 for usage errors. Never throws.
 */
export const runCli = async (argv: readonly string[], deps: CliDeps): Promise<number> => {
  const env = deps.env ?? process.env;
  const terminal = deps.terminal ?? processTerminal();
  const home = resolveHome(env);
  const ctx: CliContext = {
    env,
    terminal,
    sessions: deps.sessions ?? fileSessionStore(home),
    createClient:
      deps.createClient ??
      realClientFactory({
        auditHeads: fileAuditHeadStore(home),
        fastKdf: env.VIGIL_KDF_FAST === '1',
      }),
    serve: deps.serve,
    shutdownSignal: deps.shutdownSignal ?? processShutdownSignal,
  };
  const program = buildProgram(ctx);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successful exits; commander has already printed its message.
      if (error.exitCode === 0) return 0;
      return EXIT_USAGE;
    }
    const { line, exitCode } = describeError(error);
    terminal.err(`${line}\n`);
    return exitCode;
  }
};
