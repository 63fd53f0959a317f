import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Owner-only: other local users must not read what the CLI keeps (a session token opens the account). */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Reads a JSON file; a missing or damaged file reads as undefined (the caller starts afresh). */
export const readJsonFile = async (file: string): Promise<unknown> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * Writes a JSON file with mode 0600 in a 0700 directory. A fresh file is written and renamed over
 * the old one, so the content is never briefly readable by others and a crash never leaves half
 * a file.
 */
export const writeJsonFile = async (file: string, value: unknown): Promise<void> => {
  await mkdir(dirname(file), { recursive: true, mode: DIR_MODE });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: FILE_MODE });
  await chmod(tmp, FILE_MODE); // `mode` applies only to new files; a leftover tmp keeps its own
  await rename(tmp, file);
};

/** Deletes a file if it exists. */
export const removeFile = async (file: string): Promise<void> => {
  await rm(file, { force: true });
};
