/** Exit code for failures of the operation itself (server refused, wrong password, broken chain). */
export const EXIT_FAILURE = 1;
/** Exit code for a command line that cannot be run as written (unknown option, bad id, …). */
export const EXIT_USAGE = 2;

/** A failure the CLI reports itself, with a stable machine code like the API's error codes. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
  }
}

/** A usage error: the command line is wrong, so exit code 2. */
export const usageError = (message: string): CliError => new CliError('usage', message, EXIT_USAGE);

interface CodedError {
  code: string;
  message: string;
  fields?: unknown;
}

const isCoded = (error: unknown): error is CodedError =>
  error instanceof Error && typeof (error as { code?: unknown }).code === 'string';

/** Messages the CLI words itself because the bare code would not tell a user what to do. */
const friendly: Record<string, string> = {
  unauthenticated:
    'not logged in to this server, or the session expired: run `vigil account login`',
  decrypt_failed: 'could not unlock the account keys: wrong password?',
  network_error: 'cannot reach the Vigil server: is it running, and is --server right?',
};

const fieldSummary = (fields: unknown): string => {
  if (!Array.isArray(fields) || fields.length === 0) return '';
  const parts = fields
    .filter(
      (f): f is { path: string; message: string } =>
        typeof f === 'object' && f !== null && 'path' in f && 'message' in f,
    )
    .map((f) => `${f.path}: ${f.message}`);
  return parts.length > 0 ? ` [${parts.join('; ')}]` : '';
};

/**
 * Turns anything thrown into the one-line `error: <message> (<code>)` and an exit code. Only the
 * error's own message and code are shown: API and crypto errors never carry identifying data,
 * and nothing here prints inputs (passwords, e-mails, tokens).
 */
export const describeError = (error: unknown): { line: string; exitCode: number } => {
  if (error instanceof CliError) {
    return { line: `error: ${error.message} (${error.code})`, exitCode: error.exitCode };
  }
  if (isCoded(error)) {
    const message = friendly[error.code] ?? error.message;
    return {
      line: `error: ${message}${fieldSummary(error.fields)} (${error.code})`,
      exitCode: EXIT_FAILURE,
    };
  }
  if (error instanceof TypeError && error.message === 'fetch failed') {
    return {
      line: 'error: cannot reach the Vigil server: is it running, and is --server right? (server_unreachable)',
      exitCode: EXIT_FAILURE,
    };
  }
  const message = error instanceof Error ? error.message : 'unexpected failure';
  return { line: `error: ${message} (internal_error)`, exitCode: EXIT_FAILURE };
};
