import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/** Where the package's bytes go, in order; awaited, so a slow disk slows the writer down. */
export type PackageSink = (chunk: Uint8Array) => Promise<void> | void;

/**
 * A streaming ZIP writer on fflate's `Zip`. fflate hands out output synchronously; the chunks
 * wait in `pending` only until the next `flush`, which every `add` awaits: so memory holds one
 * input piece and its output, whatever the size of the files. Evidence files are stored, not
 * deflated (photos and videos are compressed already, and stored bytes are easier to check by
 * hand); the small JSON and report files are deflated.
 */
export const zipWriter = (sink: PackageSink) => {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else pending.push(chunk);
    if (final) finished = true;
  });
  const flush = async (): Promise<void> => {
    if (failure !== null) throw failure;
    while (pending.length > 0) {
      const chunk = pending.shift();
      if (chunk !== undefined && chunk.length > 0) await sink(chunk);
    }
  };
  return {
    /** Adds a file from a stream of pieces; resolves once its bytes reached the sink. */
    async addStream(path: string, pieces: AsyncIterable<Uint8Array>) {
      const entry = new ZipPassThrough(path);
      zip.add(entry);
      for await (const piece of pieces) {
        entry.push(piece);
        await flush();
      }
      entry.push(new Uint8Array(0), true);
      await flush();
    },
    /** Adds a small file held in memory (JSON, the reports), deflated. */
    async addBytes(path: string, bytes: Uint8Array) {
      const entry = new ZipDeflate(path, { level: 6 });
      zip.add(entry);
      entry.push(bytes, true);
      await flush();
    },
    /** Writes the central directory; the package is whole only once this resolves. */
    async end() {
      zip.end();
      await flush();
      if (!finished) throw new Error('the zip did not finish');
    },
    /** Stops the zip (after a failure): the sink has an unfinished, unreadable package. */
    abort() {
      zip.terminate();
    },
  };
};
