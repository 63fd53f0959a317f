import type { MessageId } from './en';
import { en } from './en';

/** The stable `code` of an error from @vigil/client, or null for anything else. */
export const errorCodeOf = (error: unknown): string | null => {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
};

/**
 * The message id for an error, keyed on its stable code, never on its text. Codes a screen wants
 * to word differently come in `overrides`; unknown codes get a generic message.
 */
export const errorMessageId = (
  error: unknown,
  overrides: Partial<Record<string, MessageId>> = {},
): MessageId => {
  // Key derivation (Argon2id) runs as WebAssembly; a Content-Security-Policy without
  // 'wasm-unsafe-eval' or a hardened browser refuses to compile it, and nothing can be unlocked.
  if (error instanceof WebAssembly.CompileError) return 'error.wasm_blocked';
  const code = errorCodeOf(error);
  if (code === null) return 'error.unknown';
  const override = overrides[code];
  if (override !== undefined) return override;
  const id = `error.${code}`;
  return isMessageId(id) ? id : 'error.unknown';
};

const isMessageId = (id: string): id is MessageId => Object.hasOwn(en, id);
