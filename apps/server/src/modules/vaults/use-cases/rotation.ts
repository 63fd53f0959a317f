import {
  ErrorCode,
  VigilError,
  envelopeHeader,
  type FieldError,
  type RotateVaultRequest,
  type VaultSummary,
} from '@vigil/core';
import type { AppDeps } from '../../../deps';
import { listMembers } from '../repository';
import { rotationState, writeRotation } from '../rotation-repository';
import { summaryFor } from './vaults';

const invalid = (fields: FieldError[]) =>
  new VigilError(ErrorCode.validationFailed, 'The rotation does not fit this vault.', fields);

/** Envelopes of the rotation whose plaintext header names another key version than the new one. */
const envelopesNotUnder = (body: RotateVaultRequest): FieldError[] => {
  const under = (path: string, envelope: string): FieldError[] =>
    envelopeHeader(envelope)?.keyVersion === body.keyVersion
      ? []
      : [{ path, message: `must be sealed under the new key version ${body.keyVersion}` }];
  return [
    ...under('body.name', body.name),
    ...under('body.previousKey', body.previousKey),
    ...body.members.flatMap((m, i) => under(`body.members.${i}.profile`, m.profile)),
  ];
};

/**
 * Makes the key version the admin's client sent the vault's current one: every remaining member
 * (invitations too) gets it, the name and profiles are sealed under it, the previous key joins the
 * chain. Refused unless it is exactly the next version and covers exactly the vault's members.
 */
export const rotateVault = (
  deps: AppDeps,
  accountId: string,
  vaultId: string,
  body: RotateVaultRequest,
): Promise<VaultSummary> =>
  deps.audit.run(async (uow) => {
    const state = await rotationState(uow.trx, vaultId);
    if (state === undefined) throw new VigilError(ErrorCode.notFound, 'Not found.');
    if (body.keyVersion !== state.key_version + 1) {
      throw new VigilError(
        ErrorCode.staleKeyVersion,
        `The vault key is at version ${state.key_version}; a rotation makes version ${state.key_version + 1}.`,
      );
    }
    const wrongEnvelopes = envelopesNotUnder(body);
    if (wrongEnvelopes.length > 0) throw invalid(wrongEnvelopes);
    const members = new Set((await listMembers(uow.trx, vaultId)).map((m) => m.account_id));
    const given: string[] = body.members.map((m) => m.accountId);
    const unknown = given.flatMap((id, i) =>
      members.has(id) && given.indexOf(id) === i
        ? []
        : [{ path: `body.members.${i}.accountId`, message: 'not a member, or named twice' }],
    );
    const missing = [...members].filter((id) => !given.includes(id)).length;
    if (unknown.length > 0 || missing > 0) {
      throw invalid([
        ...unknown,
        ...(missing > 0
          ? [{ path: 'body.members', message: `${missing} member(s) of the vault are missing` }]
          : []),
      ]);
    }
    await writeRotation(uow, {
      vaultId,
      actor: accountId,
      from: state.key_version,
      to: body.keyVersion,
      name: body.name,
      previousKey: body.previousKey,
      members: body.members,
      at: deps.clock(),
    });
    return summaryFor(uow.trx, accountId, vaultId);
  });
