import type { Command } from 'commander';
import { emit, globals, type CliContext } from '../../context';
import { usageError } from '../../errors';
import { openSession, unlockSession } from '../../session';
import { readOwnEmail } from '../../secrets';
import {
  asRole,
  isAccountIdArg,
  parseVaultId,
  resolveMember,
  roleArgument,
  roleOption,
} from './args';
import { registerVaultSettingsCommand } from './settings';
import { MEMBER_SHAPE, VAULT_SHAPE, memberJson, memberTable, vaultJson, vaultTable } from './views';

const PASSWORD_NOTE =
  'Needs the password (VIGIL_PASSWORD or a prompt): account keys are never stored, so they are unlocked on each run.';

/** Registers `vigil vault …`: create, list, invite, accept, members, role, remove, settings. */
export const registerVaultCommands = (program: Command, ctx: CliContext): void => {
  const vault = program.command('vault').description('vaults and their members');

  vault
    .command('create')
    .description('create a vault; you become its owner')
    .requiredOption('--name <name>', 'vault name (sealed: the server never sees it)')
    .option(
      '--my-email <address>',
      'your e-mail as other members will see it (env VIGIL_EMAIL; default: your login e-mail)',
    )
    .addHelpText('after', `\n${PASSWORD_NOTE}\nJSON output (--json): ${VAULT_SHAPE}`)
    .action(async (opts: { name: string; myEmail?: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const name = opts.name.trim();
      if (name === '') throw usageError('--name must not be empty');
      const session = await openSession(ctx, server, { unlock: false });
      const email = await readOwnEmail(ctx, opts.myEmail, session.email);
      const client = await unlockSession(ctx, session.client);
      const created = await client.vaults.create({ name, email });
      emit(ctx, json, vaultJson(created), () => `Created vault ${created.id}.\n`);
    });

  vault
    .command('list')
    .description('list your vaults, including pending invitations')
    .addHelpText(
      'after',
      `\n${PASSWORD_NOTE}\nJSON output (--json): { "vaults": [ ${VAULT_SHAPE} ] }`,
    )
    .action(async (_opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const { client } = await openSession(ctx, server, { unlock: true });
      const vaults = await client.vaults.list();
      emit(ctx, json, { vaults: vaults.map(vaultJson) }, () => vaultTable(vaults));
    });

  vault
    .command('invite')
    .description('invite an existing account to a vault (admins and owners)')
    .argument('<vault-id>', 'the vault')
    .requiredOption('--email <address>', "the invitee's account e-mail")
    .addOption(roleOption())
    .addHelpText('after', `\n${PASSWORD_NOTE}\nJSON output (--json): ${MEMBER_SHAPE}`)
    .action(async (rawVault: string, opts: { email: string; role: string }, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(rawVault);
      const role = asRole(opts.role);
      const { client } = await openSession(ctx, server, { unlock: true });
      const member = await client.vaults.invite(vaultId, { email: opts.email.trim(), role });
      emit(
        ctx,
        json,
        memberJson(member),
        () => `Invited account ${member.accountId} as ${role}.\n`,
      );
    });

  vault
    .command('accept')
    .description('accept an invitation to a vault')
    .argument('<vault-id>', 'the vault you were invited to')
    .addHelpText('after', `\n${PASSWORD_NOTE}\nJSON output (--json): ${VAULT_SHAPE}`)
    .action(async (rawVault: string, _opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(rawVault);
      const { client } = await openSession(ctx, server, { unlock: true });
      const accepted = await client.vaults.accept(vaultId);
      emit(
        ctx,
        json,
        vaultJson(accepted),
        () => `Joined vault ${accepted.id} as ${accepted.role}.\n`,
      );
    });

  vault
    .command('members')
    .description("list a vault's members and invitations")
    .argument('<vault-id>', 'the vault')
    .addHelpText(
      'after',
      `\n${PASSWORD_NOTE}\nJSON output (--json): { "members": [ ${MEMBER_SHAPE} ] }`,
    )
    .action(async (rawVault: string, _opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(rawVault);
      const { client } = await openSession(ctx, server, { unlock: true });
      const members = await client.vaults.members(vaultId);
      emit(ctx, json, { members: members.map(memberJson) }, () => memberTable(members));
    });

  vault
    .command('role')
    .description("change a member's role (admins and owners)")
    .argument('<vault-id>', 'the vault')
    .argument('<member>', 'account id, or e-mail as shown by `vault members`')
    .addArgument(roleArgument())
    .addHelpText(
      'after',
      '\nJSON output (--json): { "vaultId": string, "accountId": string, "role": string }',
    )
    .action(
      async (
        rawVault: string,
        rawMember: string,
        rawRole: string,
        _opts: unknown,
        cmd: Command,
      ) => {
        const { server, json } = globals(ctx, cmd);
        const vaultId = parseVaultId(rawVault);
        const role = asRole(rawRole);
        const { client } = await openSession(ctx, server, { unlock: !isAccountIdArg(rawMember) });
        const accountId = await resolveMember(client, vaultId, rawMember);
        await client.vaults.changeRole(vaultId, accountId, role);
        emit(
          ctx,
          json,
          { vaultId, accountId, role },
          () => `Account ${accountId} is now ${role}.\n`,
        );
      },
    );

  vault
    .command('remove')
    .description(
      'remove a member or withdraw an invitation, then make a new vault key for those who stay (admins and owners)',
    )
    .argument('<vault-id>', 'the vault')
    .argument('<member>', 'account id, or e-mail as shown by `vault members`')
    .addHelpText(
      'after',
      `\n${PASSWORD_NOTE}\nJSON output (--json): { "vaultId": string, "accountId": string, "removed": true }`,
    )
    .action(async (rawVault: string, rawMember: string, _opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(rawVault);
      // Removal rotates the vault key, which needs the keys even for an account id.
      const { client } = await openSession(ctx, server, { unlock: true });
      const accountId = await resolveMember(client, vaultId, rawMember);
      await client.vaults.remove(vaultId, accountId);
      emit(
        ctx,
        json,
        { vaultId, accountId, removed: true },
        () => `Removed account ${accountId}.\n`,
      );
    });

  registerVaultSettingsCommand(vault, ctx);

  vault
    .command('rotate')
    .description(
      'make a new vault key for the current members, e.g. when a member may be compromised (admins and owners)',
    )
    .argument('<vault-id>', 'the vault')
    .addHelpText(
      'after',
      `\n${PASSWORD_NOTE}\nJSON output (--json): { "vaultId": string, "keyVersion": number }`,
    )
    .action(async (rawVault: string, _opts: unknown, cmd: Command) => {
      const { server, json } = globals(ctx, cmd);
      const vaultId = parseVaultId(rawVault);
      const { client } = await openSession(ctx, server, { unlock: true });
      const keyVersion = await client.vaults.rotateKey(vaultId);
      emit(
        ctx,
        json,
        { vaultId, keyVersion },
        () => `The vault key is now version ${keyVersion}.\n`,
      );
    });
};
