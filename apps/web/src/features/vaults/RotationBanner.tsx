import { can, type Role, type VaultId } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { useRotateKey } from './security';

/**
 * Shown while a vault waits for a new key after a member left: nothing new can be saved until an
 * owner or admin makes one (their device seals it for everyone who stays).
 */
export function RotationBanner({
  vaultId,
  role,
}: {
  readonly vaultId: VaultId;
  readonly role: Role;
}) {
  const t = useT();
  const rotate = useRotateKey(vaultId);
  const mayRotate = can(role, 'vault.rotate');
  return (
    <div className="alert alert-warning stack" role="alert" data-testid="rotation-required">
      <p>{t('vault.rotation.required')}</p>
      <p>{mayRotate ? t('vault.rotation.adminHint') : t('vault.rotation.memberHint')}</p>
      <ErrorAlert error={rotate.error} />
      {mayRotate ? (
        <div>
          <Button
            variant="primary"
            pending={rotate.isPending}
            onClick={() => rotate.mutate()}
            testId="rotate-key"
          >
            {t('vault.rotation.rotate')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
