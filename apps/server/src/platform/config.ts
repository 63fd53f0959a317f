import { z } from 'zod';

/** One documented setting: its environment variable, command-line flag, default and meaning. */
export interface SettingDoc {
  readonly env: string;
  readonly flag?: string;
  readonly default: string;
  readonly description: string;
}

/**
 * Every setting the server reads, for the README and `--help`. Keep in step with `configSchema`;
 * a test checks that both name the same keys.
 */
export const settings = {
  port: {
    env: 'VIGIL_PORT',
    flag: '--port',
    default: '8080',
    description: 'TCP port to listen on (0 picks a free one).',
  },
  host: {
    env: 'VIGIL_HOST',
    flag: '--host',
    default: '127.0.0.1',
    description: 'Address to listen on.',
  },
  dataDir: {
    env: 'VIGIL_DATA_DIR',
    flag: '--data-dir',
    default: './vigil-data',
    description: 'Data directory: embedded database, files and instance config.',
  },
  databaseUrl: {
    env: 'VIGIL_DATABASE_URL',
    flag: '--database-url',
    default: '(none: embedded database)',
    description: 'PostgreSQL URL; when set, the embedded database is not used.',
  },
  logLevel: {
    env: 'VIGIL_LOG_LEVEL',
    default: 'info',
    description:
      'Log level: fatal, error, warn, info, debug, trace or silent. Logs carry ids and codes only.',
  },
  webDist: {
    env: 'VIGIL_WEB_DIST',
    default: 'apps/web/dist',
    description: 'Folder of the built web app, served at / when it exists.',
  },
  bodyLimit: {
    env: 'VIGIL_BODY_LIMIT',
    default: '1048576',
    description: 'Largest accepted request body, in bytes.',
  },
  secureCookies: {
    env: 'VIGIL_SECURE_COOKIES',
    default: 'false on 127.0.0.1/localhost, else true',
    description: 'Mark the session cookie Secure (set true behind TLS).',
  },
  sessionTtlHours: {
    env: 'VIGIL_SESSION_TTL_HOURS',
    default: '12',
    description: 'Lifetime of a session, in hours.',
  },
  authRateLimitMax: {
    env: 'VIGIL_AUTH_RATE_LIMIT_MAX',
    default: '20',
    description: 'Requests per IP to each sign-in route per window.',
  },
  authRateLimitWindowSeconds: {
    env: 'VIGIL_AUTH_RATE_LIMIT_WINDOW_SECONDS',
    default: '60',
    description: 'Length of the sign-in rate-limit window, in seconds.',
  },
  lockoutThreshold: {
    env: 'VIGIL_LOCKOUT_THRESHOLD',
    default: '5',
    description: 'Failed logins in a row that lock an account.',
  },
  lockoutMinutes: {
    env: 'VIGIL_LOCKOUT_MINUTES',
    default: '15',
    description: 'How long a locked account stays locked, in minutes.',
  },
  checkpointEvery: {
    env: 'VIGIL_CHECKPOINT_EVERY',
    default: '100',
    description: 'Sign an audit checkpoint every N events of a chain.',
  },
  storage: {
    env: 'VIGIL_STORAGE',
    default: 'local',
    description:
      'Where evidence files (ciphertext) are kept: local (<data dir>/objects) or s3 (the bucket below).',
  },
  s3Endpoint: {
    env: 'VIGIL_S3_ENDPOINT',
    default: '(none: AWS for the region)',
    description: 'URL of an S3-compatible service, e.g. https://s3.internal:9000.',
  },
  s3Bucket: {
    env: 'VIGIL_S3_BUCKET',
    default: '(none; required for s3)',
    description: 'Bucket for evidence files; it must exist.',
  },
  s3Region: {
    env: 'VIGIL_S3_REGION',
    default: 'us-east-1',
    description: 'Region of the bucket.',
  },
  s3AccessKeyId: {
    env: 'VIGIL_S3_ACCESS_KEY_ID',
    default: '(none; required for s3)',
    description: 'Access key id for the bucket.',
  },
  s3SecretAccessKey: {
    env: 'VIGIL_S3_SECRET_ACCESS_KEY',
    default: '(none; required for s3)',
    description: 'Secret access key for the bucket; never logged.',
  },
  evidenceMaxBytes: {
    env: 'VIGIL_EVIDENCE_MAX_BYTES',
    default: '21474836480 (20 GiB)',
    description: 'Largest evidence file accepted, in bytes of ciphertext.',
  },
  scrubIntervalHours: {
    env: 'VIGIL_SCRUB_INTERVAL_HOURS',
    default: '24',
    description:
      'How often stored evidence is re-read and its hashes checked (0: never); findings are logged by id.',
  },
  s3ForcePathStyle: {
    env: 'VIGIL_S3_FORCE_PATH_STYLE',
    default: 'false',
    description: 'Address the bucket in the path, not the host name (most S3-compatible servers).',
  },
} as const satisfies Record<string, SettingDoc>;

const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The validated configuration; `secureCookies` is resolved from the host when not given. */
export const configSchema = z
  .strictObject({
    port: intIn(0, 65535).default(8080),
    host: z.string().min(1).default('127.0.0.1'),
    dataDir: z.string().min(1).default('./vigil-data'),
    databaseUrl: z.string().min(1).optional(),
    logLevel: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    webDist: z.string().min(1).default('apps/web/dist'),
    bodyLimit: intIn(1024, 512 * 1024 * 1024).default(1024 * 1024),
    secureCookies: bool.optional(),
    sessionTtlHours: intIn(1, 24 * 90).default(12),
    authRateLimitMax: intIn(1, 1_000_000).default(20),
    authRateLimitWindowSeconds: intIn(1, 86_400).default(60),
    lockoutThreshold: intIn(1, 1000).default(5),
    lockoutMinutes: intIn(1, 24 * 60).default(15),
    checkpointEvery: intIn(1, 1_000_000).default(100),
    storage: z.enum(['local', 's3']).default('local'),
    s3Endpoint: z.string().url().optional(),
    s3Bucket: z.string().min(3).max(63).optional(),
    s3Region: z.string().min(1).default('us-east-1'),
    s3AccessKeyId: z.string().min(1).optional(),
    s3SecretAccessKey: z.string().min(1).optional(),
    s3ForcePathStyle: bool.default(false),
    evidenceMaxBytes: intIn(1, Number.MAX_SAFE_INTEGER).default(20 * 1024 ** 3),
    scrubIntervalHours: intIn(0, 24 * 365).default(24),
  })
  .superRefine((config, ctx) => {
    // S3 needs a bucket and credentials; the local store needs nothing more.
    if (config.storage !== 's3') return;
    for (const key of ['s3Bucket', 's3AccessKeyId', 's3SecretAccessKey'] as const) {
      if (config[key] !== undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `${settings[key].env} is required when VIGIL_STORAGE is s3`,
      });
    }
  });

/** The server's configuration after validation and defaults. */
export type Config = Omit<z.output<typeof configSchema>, 'secureCookies'> & {
  readonly secureCookies: boolean;
};

export type ConfigInput = Partial<Record<keyof typeof settings, string | number | boolean>>;

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '::1']);

/**
 * Builds the configuration from environment variables overlaid by explicit values (flags or
 * tests). Throws a ZodError naming the bad setting; never echoes a database URL.
 */
export const loadConfig = (
  env: Readonly<Record<string, string | undefined>> = {},
  overrides: ConfigInput = {},
): Config => {
  const raw: Record<string, unknown> = {};
  for (const [key, doc] of Object.entries(settings)) {
    const value = env[doc.env];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) raw[key] = typeof value === 'boolean' ? String(value) : value;
  }
  const parsed = configSchema.parse(raw);
  // Plain HTTP on loopback is the laptop mode; anywhere else we assume TLS in front.
  const secureCookies = parsed.secureCookies ?? !loopbackHosts.has(parsed.host);
  return { ...parsed, secureCookies };
};

/** A configuration for tests: defaults, with generous rate limits unless a test asks otherwise. */
export const testConfig = (overrides: ConfigInput = {}): Config =>
  loadConfig(
    {},
    { authRateLimitMax: 10_000, webDist: '/nonexistent-vigil-web-dist', ...overrides },
  );
