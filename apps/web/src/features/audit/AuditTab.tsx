import { can, type Role, type VaultId } from '@vigil/core';
import { useMutation } from '@tanstack/react-query';
import { useT } from '../../app/i18n/LocaleProvider';
import { useClient } from '../../app/session';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/** Verifies a vault's audit chain on this device and shows OK or the first bad event. */
export function AuditTab({
  vaultId,
  myRole,
}: {
  readonly vaultId: VaultId;
  readonly myRole: Role;
}) {
  const t = useT();
  const client = useClient();
  const verify = useMutation({ mutationFn: () => client.audit.verify(vaultId) });

  if (!can(myRole, 'audit.read')) {
    return <p className="muted">{t('audit.forbidden')}</p>;
  }
  const result = verify.data;
  return (
    <section className="card" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('audit.title')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      <div className="actions">
        <Button
          variant="primary"
          pending={verify.isPending}
          onClick={() => verify.mutate()}
          testId="audit-verify"
        >
          {verify.isPending ? t('audit.verifying') : t('audit.verify')}
        </Button>
      </div>
      <ErrorAlert error={verify.error} />
      {result && !verify.isPending ? (
        result.ok ? (
          <div className="alert alert-success" role="status" data-testid="audit-result">
            <p>
              <strong>{t('audit.ok', { count: result.events })}</strong>
            </p>
            <p className="small">
              {t('audit.head')}: <code className="hash">{result.head}</code>
            </p>
          </div>
        ) : (
          <div className="alert alert-error" role="alert" data-testid="audit-result">
            <p>
              <strong>{t('audit.bad', { seq: result.seq })}</strong>
            </p>
            <p className="small">{t('audit.reason', { reason: result.reason })}</p>
          </div>
        )
      ) : null}
    </section>
  );
}
