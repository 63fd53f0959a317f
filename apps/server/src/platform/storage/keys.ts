import { StorageError } from './errors';

/** A key that passed `objectKey`: lower-case ids and separators only, never a name. */
export type ObjectKey = string & { readonly __brand: 'ObjectKey' };

// Lower-case letters, digits, '/', '_' and '-': no dots (so no '..' and no hidden or temp
// names on disk), no leading '/', no empty segment, no trailing '/'.
const KEY = /^[a-z0-9][a-z0-9/_-]{0,200}$/;
const PREFIX = /^[a-z0-9/_-]{0,201}$/;

/** Validates a key (e.g. `evidence/<vaultId>/<objectId>`); anything else is StorageError `bad_key`. */
export const objectKey = (key: string): ObjectKey => {
  if (!KEY.test(key) || key.includes('//') || key.endsWith('/')) throw new StorageError('bad_key');
  return key as ObjectKey;
};

/** Validates a list prefix: the key alphabet, possibly empty or ending in '/'. */
export const keyPrefix = (prefix: string): string => {
  if (!PREFIX.test(prefix) || prefix.startsWith('/') || prefix.includes('//')) {
    throw new StorageError('bad_key');
  }
  return prefix;
};
