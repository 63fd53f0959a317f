import { Argument, Option } from 'commander';
import {
  accountIdSchema,
  isUuid,
  roles,
  vaultIdSchema,
  type AccountId,
  type Role,
  type VaultId,
} from '@vigil/core';
import type { VigilClient } from '@vigil/client';
import { CliError, usageError } from '../../errors';

/** Parses a vault id argument; anything but a lower-case UUID is a usage error. */
export const parseVaultId = (raw: string): VaultId => {
  const parsed = vaultIdSchema.safeParse(raw.trim().toLowerCase());
  if (!parsed.success) throw usageError('a vault id is a UUID (see `vigil vault list`)');
  return parsed.data;
};

/** The role option/argument, restricted to the roles that exist. */
export const roleOption = (): Option =>
  new Option('--role <role>', 'the member role').choices(roles).makeOptionMandatory();
/** The role as a positional argument. */
export const roleArgument = (): Argument => new Argument('<role>', 'the new role').choices(roles);

/** Narrows a role string already checked by commander's `choices`. */
export const asRole = (raw: string): Role => {
  const role = roles.find((r) => r === raw);
  if (role === undefined) throw usageError(`role must be one of ${roles.join(', ')}`);
  return role;
};

/** True when a member argument names an account id rather than an e-mail address. */
export const isAccountIdArg = (raw: string): boolean => isUuid(raw.trim().toLowerCase());

/**
 * Resolves a member argument (account id, or e-mail as shown by `vault members`) to an account id.
 * An e-mail needs the unlocked client, because member profiles are sealed.
 */
export const resolveMember = async (
  client: VigilClient,
  vaultId: VaultId,
  raw: string,
): Promise<AccountId> => {
  const value = raw.trim().toLowerCase();
  if (isUuid(value)) return accountIdSchema.parse(value);
  const match = (await client.vaults.members(vaultId)).find((m) => m.email.toLowerCase() === value);
  if (match === undefined)
    throw new CliError('not_found', 'no member of this vault has that e-mail');
  return match.accountId;
};
