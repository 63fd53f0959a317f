import { Option, type Command } from 'commander';
import type { CliContext } from '../../context';
import { usageError } from '../../errors';
import { formatJson } from '../../output';

const parsePort = (raw: string): number => {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw usageError('--port must be an integer from 0 to 65535');
  }
  return port;
};

interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  databaseUrl?: string;
}

/** Registers `vigil serve`: runs the server in this process until SIGINT or SIGTERM. */
export const registerServeCommand = (program: Command, ctx: CliContext): void => {
  program
    .command('serve')
    .description('run the Vigil server (embedded database in --data-dir unless --database-url)')
    .option('--port <port>', 'TCP port; 0 picks a free one (env VIGIL_PORT, default 8080)')
    .option('--host <host>', 'address to listen on (env VIGIL_HOST, default 127.0.0.1)')
    .option('--data-dir <path>', 'data directory (env VIGIL_DATA_DIR, default ./vigil-data)')
    .addOption(
      // Not echoed in help or errors: the URL may carry a database password.
      new Option('--database-url <url>', 'PostgreSQL URL (env VIGIL_DATABASE_URL)'),
    )
    .addHelpText(
      'after',
      `
Only one server may use a data directory at a time; a second one exits with data_dir_locked.
JSON output (--json), once listening: { "listening": true, "host": string, "port": number, "dataDir": string }`,
    )
    .action(async (flags: ServeFlags, cmd: Command) => {
      const json = cmd.optsWithGlobals<{ json?: boolean }>().json === true;
      const { env } = ctx;
      const port = parsePort(flags.port ?? (env.VIGIL_PORT || '8080'));
      const host = flags.host ?? (env.VIGIL_HOST || '127.0.0.1');
      const dataDir = flags.dataDir ?? (env.VIGIL_DATA_DIR || 'vigil-data');
      const databaseUrl = flags.databaseUrl ?? (env.VIGIL_DATABASE_URL || undefined);
      const server = await ctx.serve({
        port,
        host,
        dataDir,
        ...(databaseUrl !== undefined ? { databaseUrl } : {}),
      });
      const address = actualAddress(server) ?? { host, port };
      ctx.terminal.out(
        json
          ? formatJson({ listening: true, host: address.host, port: address.port, dataDir })
          : `Vigil is listening on http://${address.host}:${address.port} (data: ${databaseUrl !== undefined ? 'PostgreSQL' : dataDir})\n`,
      );
      await ctx.shutdownSignal();
      ctx.terminal.err('Stopping…\n');
      await server.close();
    });
};

/** The bound address when the server reports one (port 0 means "pick"), else undefined. */
const actualAddress = (server: object): { host: string; port: number } | undefined => {
  const candidate = server as { address?: unknown; port?: unknown; host?: unknown; url?: unknown };
  if (typeof candidate.url === 'string') {
    try {
      const url = new URL(candidate.url);
      return { host: url.hostname, port: Number(url.port) };
    } catch {
      return undefined;
    }
  }
  if (typeof candidate.port === 'number') {
    return {
      host: typeof candidate.host === 'string' ? candidate.host : '127.0.0.1',
      port: candidate.port,
    };
  }
  return undefined;
};
