import type { Queryable } from '../audit/repository';
import type { UnitOfWork } from '../audit/log';

/** A live session as the authentication step sees it. */
export interface SessionRow {
  id: string;
  account_id: string;
  client: 'web' | 'cli';
  csrf_token: string;
  expires_at: Date;
}

/** The session whose token hashes to `tokenHash`, if any (expired ones included; callers check). */
export const findSessionByTokenHash = (q: Queryable, tokenHash: string) =>
  q
    .selectFrom('sessions')
    .select(['id', 'account_id', 'client', 'csrf_token', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();

/** Stores a session (only the token's hash); the login event is recorded by the caller's step. */
export const insertSession = async (
  uow: UnitOfWork,
  values: {
    id: string;
    tokenHash: string;
    accountId: string;
    client: 'web' | 'cli';
    csrfToken: string;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<void> => {
  await uow.trx
    .insertInto('sessions')
    .values({
      id: values.id,
      token_hash: values.tokenHash,
      account_id: values.accountId,
      client: values.client,
      csrf_token: values.csrfToken,
      created_at: values.createdAt,
      expires_at: values.expiresAt,
    })
    .execute();
};

/** Ends a session and records `logout`. */
export const deleteSession = async (
  uow: UnitOfWork,
  sessionId: string,
  accountId: string,
): Promise<void> => {
  await uow.trx.deleteFrom('sessions').where('id', '=', sessionId).execute();
  await uow.record({
    chain: 'instance',
    actor: accountId,
    action: 'logout',
    subjectType: 'session',
    subjectId: sessionId,
  });
};
