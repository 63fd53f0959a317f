import type { RandomAccessReader } from '@vigil/client';
import { open } from 'node:fs/promises';
import { usageError } from '../errors';

/**
 * An evidence package opened for random access: the verifier reads the central directory and
 * each file in slices, so a package of any size is checked with bounded memory. Close it after.
 */
export const openPackageFile = async (
  path: string,
): Promise<{ reader: RandomAccessReader; close(): Promise<void> }> => {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw usageError(
      `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  const info = await handle.stat();
  if (!info.isFile()) {
    await handle.close();
    throw usageError(`${path} is not a file`);
  }
  const file = handle;
  return {
    reader: {
      size: info.size,
      read: async (offset, length) => {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, info.size - offset)));
        let done = 0;
        while (done < buffer.length) {
          const { bytesRead } = await file.read(buffer, done, buffer.length - done, offset + done);
          if (bytesRead === 0) break;
          done += bytesRead;
        }
        return buffer.subarray(0, done);
      },
    },
    close: () => file.close(),
  };
};
