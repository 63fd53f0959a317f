import { isStorageError } from './errors';
import { bytesOf, startDigest } from './hashing';
import type { ObjectStore } from './types';

/** An object as the database knows it: where it is, and its size and SHA-256 when stored. */
export interface ExpectedObject {
  readonly key: string;
  readonly size: number;
  /** Lower-case hex SHA-256 of the stored bytes (the ciphertext). */
  readonly sha256: string;
}

/** What a scrub found; keys are ids only, so the report may be logged. */
export interface ScrubReport {
  /** Objects examined. */
  checked: number;
  /** Keys with no object. */
  missing: string[];
  /** Keys whose bytes no longer have the expected size or SHA-256. */
  damaged: string[];
  /** Keys that could not be read to the end (I/O or service failure); worth a second look. */
  unreadable: string[];
}

/**
 * Re-reads every expected object and compares its size and SHA-256 with what was recorded at
 * put, one object at a time, streaming (memory stays bounded whatever the sizes). A failure to
 * read one object is reported and the scrub goes on; a bad key is a caller's bug and throws.
 */
export async function scrubObjects(
  store: ObjectStore,
  expected: AsyncIterable<ExpectedObject> | Iterable<ExpectedObject>,
): Promise<ScrubReport> {
  const report: ScrubReport = { checked: 0, missing: [], damaged: [], unreadable: [] };
  for await (const object of expected) {
    report.checked += 1;
    const outcome = await checkOne(store, object);
    if (outcome !== 'ok') report[outcome].push(object.key);
  }
  return report;
}

type Outcome = 'ok' | 'missing' | 'damaged' | 'unreadable';

async function checkOne(store: ObjectStore, object: ExpectedObject): Promise<Outcome> {
  try {
    const stream = await store.get(object.key);
    const digest = await startDigest();
    for await (const chunk of bytesOf(stream)) digest.update(chunk);
    const { size, sha256 } = digest.finish();
    return size === object.size && sha256 === object.sha256.toLowerCase() ? 'ok' : 'damaged';
  } catch (error) {
    if (isStorageError(error, 'not_found')) return 'missing';
    if (isStorageError(error, 'bad_key')) throw error;
    return 'unreadable';
  }
}
