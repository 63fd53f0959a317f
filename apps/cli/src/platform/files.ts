import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DIR_MODE, FILE_MODE } from './json-file';
import { usageError } from '../errors';

/** Reads a file named on the command line as bytes; a missing file is a usage error. */
export const readInputFile = async (path: string): Promise<Uint8Array> => {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw usageError(`cannot read ${path} (${reason})`);
  }
};

/**
 * Writes export files into `dir` (created 0700 if needed), each 0600: an export holds opened
 * records, readable by this user only. Names are reduced to their base name. Returns the paths.
 */
export const writeExportFiles = async (
  dir: string,
  files: readonly { name: string; content: string }[],
): Promise<string[]> => {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  const paths: string[] = [];
  for (const file of files) {
    const path = join(dir, basename(file.name));
    await writeFile(path, file.content, { mode: FILE_MODE });
    await chmod(path, FILE_MODE);
    paths.push(path);
  }
  return paths;
};

/**
 * Writes a public site into `dir` (created if needed): readable by everyone, since it is meant to
 * be served (0644 files, 0755 directory). Names are reduced to their base name. Returns the paths.
 */
export const writePublicFiles = async (
  dir: string,
  files: ReadonlyMap<string, string>,
): Promise<string[]> => {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const paths: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, basename(name));
    await writeFile(path, content, { mode: 0o644 });
    await chmod(path, 0o644);
    paths.push(path);
  }
  return paths;
};
