/** Why a file could not be read as a table at all (bad data inside a readable table is reported by the dry run). */
export type ImportFileErrorCode =
  'empty' | 'encoding' | 'malformed-csv' | 'not-xlsx' | 'sheet-not-found' | 'unreadable';

/** A file that is not a table Vigil can read; `code` says why, `message` says it for a person. */
export class ImportFileError extends Error {
  override readonly name = 'ImportFileError';
  constructor(
    readonly code: ImportFileErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether a thrown value is an `ImportFileError`. */
export const isImportFileError = (e: unknown): e is ImportFileError => e instanceof ImportFileError;
