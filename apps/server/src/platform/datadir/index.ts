export { acquireDataDirLock, LOCK_FILE } from './lock';
export type { DataDirLock } from './lock';
