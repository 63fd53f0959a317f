// Scanning for canary markers in files and text, shared by the canary tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every form in which a marker could sit in a file: as typed, lower-cased, base64 or hex of it. */
export const formsOf = (text: string): string[] => [
  text,
  text.toLowerCase(),
  Buffer.from(text).toString('base64').slice(0, -4),
  Buffer.from(text).toString('base64url').slice(0, -4),
  Buffer.from(text).toString('hex'),
];

/** Every non-empty file under a directory, recursively. */
export const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() && statSync(path).size > 0 ? [path] : [];
  });

/** Which needles occur in which files (as raw bytes, so binary pages are searched too). */
export const occurrences = (
  files: readonly string[],
  needles: Record<string, string>,
): string[] => {
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const [label, value] of Object.entries(needles)) {
      for (const form of formsOf(value)) {
        if (bytes.includes(Buffer.from(form))) found.push(`${label} in ${file}`);
      }
    }
  }
  return found;
};
