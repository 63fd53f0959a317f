import type { Role } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';

/** A role as a small labelled badge, its meaning in the tooltip. */
export function RoleBadge({ role }: { readonly role: Role }) {
  const t = useT();
  return (
    <span className={`badge badge-role badge-${role}`} title={t(`role.hint.${role}`)}>
      {t(`role.${role}`)}
    </span>
  );
}
