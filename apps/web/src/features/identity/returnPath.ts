/**
 * Where to go after signing in or unlocking: the protected page that sent the user here, if it
 * is a path inside this app, else the vault list. Never an absolute URL (no open redirect).
 */
export const returnPath = (state: unknown): string => {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//')) return from;
  }
  return '/vaults';
};
