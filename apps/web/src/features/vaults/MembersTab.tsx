import type { MemberView } from '@vigil/client';
import { assignableRoles, can, type Role, type VaultId } from '@vigil/core';
import { useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { useSession } from '../../app/session';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Loading } from '../../ui/Loading';
import { InviteForm } from './InviteForm';
import { MemberRow } from './MemberRow';
import { useChangeRole, useMembers, useRemoveMember } from './queries';

/** Members of a vault; what the user may change follows the vault policy from @vigil/core. */
export function MembersTab({
  vaultId,
  myRole,
}: {
  readonly vaultId: VaultId;
  readonly myRole: Role;
}) {
  const t = useT();
  const { account } = useSession();
  const members = useMembers(vaultId);
  const changeRole = useChangeRole(vaultId);
  const remove = useRemoveMember(vaultId);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<MemberView | null>(null);

  const assignable = assignableRoles(myRole);
  const mayChange = can(myRole, 'members.changeRole');
  const mayRemove = can(myRole, 'members.remove');
  const mayInvite = can(myRole, 'members.invite');
  // Nobody manages their own membership here, and only roles the actor may grant can be touched.
  const manageable = (member: MemberView) =>
    member.accountId !== account?.id && assignable.includes(member.role);

  const onChangeRole = (member: MemberView, role: Role) => {
    setNotice(null);
    changeRole.mutate(
      { accountId: member.accountId, role },
      {
        onSuccess: () =>
          setNotice(t('members.roleChanged', { email: member.email, role: t(`role.${role}`) })),
      },
    );
  };

  const confirmRemove = () => {
    if (removing === null) return;
    const member = removing;
    remove.mutate(member.accountId, {
      onSuccess: () => {
        setRemoving(null);
        setNotice(t('members.removed', { email: member.email }));
      },
    });
  };

  return (
    <div className="stack-lg">
      {mayInvite ? (
        <InviteForm
          vaultId={vaultId}
          roles={assignable}
          onInvited={(email) => setNotice(t('members.invite.sent', { email }))}
        />
      ) : (
        <p className="muted">{t('members.readOnly')}</p>
      )}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">
          {t('vault.tabs.members')}
          {members.data ? (
            <span className="muted heading-count">
              {' '}
              · {t('members.count', { count: members.data.length })}
            </span>
          ) : null}
        </h2>
        {notice ? <Notice>{notice}</Notice> : null}
        <ErrorAlert error={changeRole.error} />
        {members.isPending ? <Loading /> : null}
        {members.isError ? (
          <div className="stack">
            <ErrorAlert error={members.error} />
            <Button onClick={() => void members.refetch()}>{t('app.retry')}</Button>
          </div>
        ) : null}
        {members.data ? (
          <table className="table members-table">
            <thead>
              <tr>
                <th scope="col">{t('members.col.email')}</th>
                <th scope="col">{t('members.col.role')}</th>
                <th scope="col">{t('members.col.status')}</th>
                <th scope="col">{t('members.col.since')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('members.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => (
                <MemberRow
                  key={member.accountId}
                  member={member}
                  isMe={member.accountId === account?.id}
                  roles={mayChange && manageable(member) ? assignable : null}
                  canRemove={mayRemove && manageable(member)}
                  busy={
                    changeRole.isPending && changeRole.variables?.accountId === member.accountId
                  }
                  onChangeRole={(role) => onChangeRole(member, role)}
                  onRemove={() => {
                    remove.reset();
                    setRemoving(member);
                  }}
                />
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <ConfirmDialog
        open={removing !== null}
        title={t('members.remove.title')}
        confirmLabel={t('members.remove.confirm')}
        pending={remove.isPending}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('members.remove.body', { email: removing?.email ?? '' })}</p>
        <ErrorAlert error={remove.error} />
      </ConfirmDialog>
    </div>
  );
}
