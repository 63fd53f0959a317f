import { createVigilClient, type VigilClient } from '@vigil/client';
import type { AccountView } from '@vigil/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { localStorageDrafts } from '../features/records/form/draftStorage';
import { errorCodeOf } from './i18n/errors';
import { onRequestError } from './queryClient';

/**
 * Where the user stands. `locked`: a session cookie exists but the private keys are not in memory
 * (after a reload or an explicit lock), so nothing encrypted can be opened until the password is
 * entered again.
 */
export type SessionStatus = 'starting' | 'unreachable' | 'signedOut' | 'locked' | 'unlocked';

export interface LoginInput {
  readonly email: string;
  readonly password: string;
  readonly totpCode?: string;
  readonly recoveryCode?: string;
}

export interface Session {
  readonly client: VigilClient;
  readonly status: SessionStatus;
  readonly account: AccountView | null;
  /** The e-mail typed at sign-in, in memory only; unknown after a reload. */
  readonly email: string | null;
  readonly startError: unknown;
  /** True after an explicit sign-out: the next sign-in starts at the vault list, not the old page. */
  readonly signedOutByUser: boolean;
  register(email: string, password: string): Promise<void>;
  login(input: LoginInput): Promise<void>;
  unlock(password: string): Promise<void>;
  lock(): void;
  logout(): Promise<void>;
  retryStart(): void;
  /** Records a change the server made to the account (2FA on or off). */
  setTotpEnabled(enabled: boolean): void;
}

const SessionContext = createContext<Session | null>(null);

const createClient = (): VigilClient =>
  createVigilClient({ baseUrl: window.location.origin, mode: 'web', drafts: localStorageDrafts() });

/** Owns the one API client and the sign-in state derived from it. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [client] = useState(createClient);
  const [status, setStatus] = useState<SessionStatus>('starting');
  const [account, setAccount] = useState<AccountView | null>(null);
  const [email, setEmail] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [signedOutByUser, setSignedOutByUser] = useState(false);

  useEffect(() => {
    let cancelled = false;
    client.resume().then(
      (view) => {
        if (cancelled) return;
        setAccount(view);
        setStatus(client.isUnlocked() ? 'unlocked' : 'locked');
      },
      (error: unknown) => {
        if (cancelled) return;
        if (errorCodeOf(error) === 'unauthenticated') {
          setStatus('signedOut');
        } else {
          setStartError(error);
          setStatus('unreachable');
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, attempt]);

  // A request can find the session gone (expired, revoked) or the keys locked; follow it.
  useEffect(
    () =>
      onRequestError((error) => {
        const code = errorCodeOf(error);
        if (code === 'unauthenticated') {
          client.lock();
          queryClient.clear();
          setAccount(null);
          setStatus('signedOut');
        } else if (code === 'locked') {
          queryClient.clear();
          setStatus('locked');
        }
      }),
    [client, queryClient],
  );

  const login = useCallback(
    async (input: LoginInput) => {
      await client.login({ ...input });
      queryClient.clear();
      setAccount(client.account());
      setEmail(input.email.trim().toLowerCase());
      setSignedOutByUser(false);
      setStatus('unlocked');
    },
    [client, queryClient],
  );

  const register = useCallback(
    async (newEmail: string, password: string) => {
      await client.register({ email: newEmail, password });
      await login({ email: newEmail, password });
    },
    [client, login],
  );

  const unlock = useCallback(
    async (password: string) => {
      await client.unlock(password);
      setAccount(client.account());
      setStatus('unlocked');
    },
    [client],
  );

  const lock = useCallback(() => {
    client.lock();
    // Decrypted names and e-mails sit in the query cache: locking must drop them too.
    queryClient.clear();
    setStatus('locked');
  }, [client, queryClient]);

  const logout = useCallback(async () => {
    try {
      await client.logout();
    } finally {
      queryClient.clear();
      setAccount(null);
      setEmail(null);
      setSignedOutByUser(true);
      setStatus('signedOut');
    }
  }, [client, queryClient]);

  const retryStart = useCallback(() => {
    setStatus('starting');
    setAttempt((n) => n + 1);
  }, []);

  const setTotpEnabled = useCallback((enabled: boolean) => {
    setAccount((current) => (current === null ? null : { ...current, totpEnabled: enabled }));
  }, []);

  const session = useMemo<Session>(
    () => ({
      client,
      status,
      account,
      email,
      startError,
      signedOutByUser,
      register,
      login,
      unlock,
      lock,
      logout,
      retryStart,
      setTotpEnabled,
    }),
    [
      client,
      status,
      account,
      email,
      startError,
      signedOutByUser,
      register,
      login,
      unlock,
      lock,
      logout,
      retryStart,
      setTotpEnabled,
    ],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The current session. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The API client; only meaningful in screens that require an unlocked session. */
export function useClient(): VigilClient {
  return useSession().client;
}
