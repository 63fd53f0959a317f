import { blobCollector } from './model';

// How the tab hands files over to the user: a Blob download everywhere, or, for packages, a file
// chosen in the browser's save dialog and written as the package streams.

/** Hands a Blob to the browser to save under `fileName` (its download list shows the name). */
export const saveBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The click has started the save; the address is no longer needed once the task ends.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
};

/**
 * Where a package's bytes go while it is written. Like the CLI's atomic file, the package is kept
 * only on `commit`: the library leaves an unfinished ZIP behind when it fails or is cancelled.
 */
export interface PackageTarget {
  write(chunk: Uint8Array): Promise<void> | void;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** The File System Access API's save dialog (Chromium only, so not in TypeScript's DOM types). */
type SaveFilePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle>;

const savePicker = (): SaveFilePicker | null => {
  const w: Window & { showSaveFilePicker?: SaveFilePicker } = window;
  return w.showSaveFilePicker?.bind(w) ?? null;
};

/** Collects the whole package in memory, then downloads it (browsers without a save dialog). */
const blobTarget = (fileName: string): PackageTarget => {
  let collector: ReturnType<typeof blobCollector> | null = blobCollector('application/zip');
  return {
    write: (chunk) => collector?.push(chunk),
    commit: () => {
      if (collector !== null) saveBlob(collector.blob(), fileName);
      collector = null;
      return Promise.resolve();
    },
    discard: () => {
      collector = null;
      return Promise.resolve();
    },
  };
};

/**
 * Opens where a package goes. With a save dialog the user picks the place and the package streams
 * to disk (the browser writes a temporary file and moves it in place only on close, so a failed
 * package never overwrites a file); without one, it is held in memory and downloaded at the end.
 * Call it first, straight from the click: the dialog needs the user's gesture, and nothing is
 * signed yet if the user closes it. Null when the user closed the dialog.
 */
export const openPackageTarget = async (
  fileName: string,
  description: string,
): Promise<PackageTarget | null> => {
  const picker = savePicker();
  if (picker === null) return blobTarget(fileName);
  let handle: FileSystemFileHandle;
  try {
    handle = await picker({
      suggestedName: fileName,
      types: [{ description, accept: { 'application/zip': ['.zip'] } }],
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    // Refused by policy or a missing gesture: the download still works.
    return blobTarget(fileName);
  }
  const writable = await handle.createWritable();
  return {
    // A copy: the library may reuse the buffer while the browser still queues the write.
    write: (chunk) => writable.write(new Uint8Array(chunk)),
    commit: () => writable.close(),
    discard: () => writable.abort().catch(() => undefined),
  };
};
