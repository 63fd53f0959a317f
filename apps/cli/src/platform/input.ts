import { readFile } from 'node:fs/promises';

/** Reads a whole text file given on the command line (e.g. `--file record.json`). */
export const readTextFile = (path: string): Promise<string> => readFile(path, 'utf8');

/** Reads this process's standard input to its end. */
export const readProcessStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
};
