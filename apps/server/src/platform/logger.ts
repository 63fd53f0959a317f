import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * The only keys a log line may carry (SECURITY.md "Engineering rules"): ids, codes, timings.
 * Anything else a caller passes is dropped here, so a mistake elsewhere cannot leak a body, a
 * header, a cookie or an e-mail address into the logs.
 */
export const allowedLogKeys = [
  'reqId',
  'method',
  'route',
  'status',
  'durationMs',
  'errorCode',
  'errorType',
  'accountId',
  'vaultId',
  'event',
  'host',
  'port',
  'engine',
  // The scrub of stored evidence: counts, and object keys (ids only, never names).
  'checked',
  'missing',
  'damaged',
  'unreadable',
  'objectKey',
  'problem',
] as const;

const allowed: ReadonlySet<string> = new Set(allowedLogKeys);

/** Keeps only allow-listed keys whose values are plain scalars. */
export const redact = (fields: Record<string, unknown>): Record<string, unknown> => {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!allowed.has(key)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      kept[key] = value;
    }
  }
  return kept;
};

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Creates the redacting logger; tests pass a destination stream to capture what would be written. */
export const createLogger = (
  options: { level?: LogLevel; destination?: DestinationStream } = {},
): Logger =>
  pino(
    {
      level: options.level ?? 'info',
      base: null,
      formatters: { bindings: redact, log: redact },
      // Error objects passed as `err` are not allow-listed either: only our code is logged.
      serializers: {},
    },
    options.destination ?? pino.destination(1),
  );
