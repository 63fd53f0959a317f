// Messages between the server and the process that runs its embedded database (ADR 24). Both
// ends are this codebase, over Node's IPC channel with structured-clone ("advanced")
// serialization, so Dates, Buffers and bigints cross as themselves.

/** An error thrown in the engine process, with its own string/number fields (PostgreSQL's `code`). */
export interface SentError {
  readonly name: string;
  readonly message: string;
  readonly fields: Readonly<Record<string, string | number>>;
}

/**
 * Server → engine process. `id` pairs a request with its reply. A session is numbered by the
 * server and taken over there by its first statement (one round trip per statement, not two);
 * `release` gives it back and needs no reply.
 */
export type Request =
  | { readonly t: 'open'; readonly id: number; readonly dbDir: string }
  | {
      readonly t: 'query';
      readonly id: number;
      readonly client: number;
      readonly sql: string;
      readonly params: readonly unknown[];
    }
  | { readonly t: 'release'; readonly client: number }
  | { readonly t: 'end'; readonly id: number };

/** Engine process → server. `wrote` comes before the reply of the statement that may have written. */
export type Reply =
  | { readonly t: 'reply'; readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly t: 'reply'; readonly id: number; readonly ok: false; readonly error: SentError }
  | { readonly t: 'wrote' };

/** What an error thrown over there looks like when sent: its name, message and plain fields. */
export const sendableError = (error: unknown): SentError => {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), fields: {} };
  const fields: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
};

/** The error as the server rethrows it: an Error with the same name, message, code and fields. */
export const receivedError = (sent: SentError): Error => {
  const error = new Error(sent.message);
  error.name = sent.name;
  return Object.assign(error, sent.fields);
};
