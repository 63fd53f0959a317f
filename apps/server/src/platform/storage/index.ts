// The object store of evidence files (ciphertext only): one interface, two adapters.
export type {
  ByteRange,
  ByteSource,
  ListedObject,
  ObjectStore,
  PutOptions,
  PutResult,
} from './types';
export { StorageError, isStorageError, storageErrorCodes, type StorageErrorCode } from './errors';
export { objectKey, keyPrefix, type ObjectKey } from './keys';
export { LocalDirStore } from './local-dir-store';
export { openObjectStore } from './open';
export { scrubObjects, type ExpectedObject, type ScrubReport } from './scrub';
export { lazyObjectStore } from './lazy';
export { openTempObjectStore } from './temp';
