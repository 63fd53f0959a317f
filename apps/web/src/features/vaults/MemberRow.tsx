import type { MemberView } from '@vigil/client';
import type { Role } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { RoleBadge } from './RoleBadge';

interface Props {
  readonly member: MemberView;
  readonly isMe: boolean;
  /** Roles the viewer may set for this member, or null when they may not change it. */
  readonly roles: readonly Role[] | null;
  readonly canRemove: boolean;
  readonly busy: boolean;
  readonly onChangeRole: (role: Role) => void;
  readonly onRemove: () => void;
}

/** One member: e-mail (opened on this device), role (editable when allowed), status, date. */
export function MemberRow({ member, isMe, roles, canRemove, busy, onChangeRole, onRemove }: Props) {
  const t = useT();
  return (
    <tr data-testid="member-row">
      <td data-label={t('members.col.email')}>
        <span className="member-email">{member.email}</span>
        {isMe ? <span className="muted"> {t('members.you')}</span> : null}
      </td>
      <td data-label={t('members.col.role')}>
        {roles ? (
          <select
            className="select-inline"
            aria-label={t('members.changeRole', { email: member.email })}
            value={member.role}
            disabled={busy}
            onChange={(e) => {
              const next = roles.find((r) => r === e.target.value);
              if (next && next !== member.role) onChangeRole(next);
            }}
            data-testid="member-role"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        ) : (
          <RoleBadge role={member.role} />
        )}
      </td>
      <td data-label={t('members.col.status')}>
        <span className={member.status === 'active' ? 'badge badge-ok' : 'badge badge-invite'}>
          {t(`status.${member.status}`)}
        </span>
      </td>
      <td data-label={t('members.col.since')}>
        {t('members.since', { date: new Date(member.createdAt) })}
      </td>
      <td className="cell-actions">
        {canRemove ? (
          <Button
            variant="quiet"
            onClick={onRemove}
            aria-label={t('members.removeLabel', { email: member.email })}
            testId="member-remove"
          >
            {t('members.remove')}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}
