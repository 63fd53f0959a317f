import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { errorCodeOf } from './i18n/errors';

type Listener = (error: unknown) => void;
const listeners = new Set<Listener>();

/** Subscribes to every failed query and mutation (the session watches for ended sessions). */
export const onRequestError = (listener: Listener): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const emit = (error: unknown): void => {
  for (const listener of listeners) listener(error);
};

// Only failures that may be transient are retried; a 4xx answer will not change on its own.
const transient = new Set(['network_error', 'internal_error', 'rate_limited']);

/** The app's query cache. Decrypted data lives here, so it is cleared on lock and sign-out. */
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    queryCache: new QueryCache({ onError: emit }),
    mutationCache: new MutationCache({ onError: emit }),
    defaultOptions: {
      queries: {
        retry: (count, error) => count < 2 && transient.has(errorCodeOf(error) ?? ''),
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
      mutations: { retry: false },
    },
  });
