import { can, vaultIdSchema, type VaultId } from '@vigil/core';
import { Link, NavLink, useParams } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/usePageTitle';
import { AuditTab } from '../audit/AuditTab';
import { RecordsTab } from '../records/pages/RecordsTab';
import { MembersTab } from './MembersTab';
import { useRememberVault } from './current';
import { useAcceptInvitation, useVault } from './queries';
import { RoleBadge } from './RoleBadge';
import { RotationBanner } from './RotationBanner';
import { SecurityTab } from './SecurityTab';

type VaultTab = 'members' | 'audit' | 'records' | 'security';

/** A vault's page with its sections as tabs; the id in the address is checked before use. */
export function VaultPage({ tab }: { readonly tab: VaultTab }) {
  const t = useT();
  const params = useParams();
  const parsed = vaultIdSchema.safeParse(params['vaultId']);
  if (!parsed.success) {
    return (
      <div className="page">
        <BackLink />
        <div className="alert alert-error" role="alert">
          {t('vault.notFound')}
        </div>
      </div>
    );
  }
  return <VaultView vaultId={parsed.data} tab={tab} />;
}

function BackLink() {
  const t = useT();
  return (
    <Link to="/vaults" className="back-link">
      ← {t('vault.back')}
    </Link>
  );
}

function VaultView({ vaultId, tab }: { readonly vaultId: VaultId; readonly tab: VaultTab }) {
  const t = useT();
  const vault = useVault(vaultId);
  const accept = useAcceptInvitation();
  // Pages outside a vault (a facility's page, alerts, the map) start from the vault opened last.
  useRememberVault(vaultId);
  usePageTitle(vault.data?.name ?? t('vaults.list.title'));

  if (vault.isPending) {
    return (
      <div className="page">
        <BackLink />
        <Loading />
      </div>
    );
  }
  if (vault.isError) {
    return (
      <div className="page">
        <BackLink />
        <ErrorAlert
          error={vault.error}
          overrides={{ not_found: 'vault.notFound', forbidden: 'vault.notFound' }}
        />
      </div>
    );
  }
  const { name, role, status, rotationRequired, recordSettings, keyVersion } = vault.data;
  const showAudit = can(role, 'audit.read');
  const showSecurity = can(role, 'vault.settings');
  return (
    <div className="page">
      <BackLink />
      <div className="page-head">
        <h1 className="vault-title">{name}</h1>
        <span className="muted">
          {t('vault.yourRoleLabel')} <RoleBadge role={role} />
        </span>
      </div>
      {status === 'invited' ? (
        <div className="alert alert-info stack">
          <p>{t('vault.invited')}</p>
          <ErrorAlert error={accept.error} />
          <div>
            <Button
              variant="primary"
              pending={accept.isPending}
              onClick={() => accept.mutate(vaultId, { onSuccess: () => void vault.refetch() })}
              testId="vault-accept"
            >
              {t('vaults.list.accept')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          {rotationRequired ? <RotationBanner vaultId={vaultId} role={role} /> : null}
          <nav className="tabs" aria-label={t('vault.tabs.label')}>
            <NavLink end to={`/vaults/${vaultId}`} className="tab" data-testid="members-tab">
              {t('vault.tabs.members')}
            </NavLink>
            <NavLink to={`/vaults/${vaultId}/records`} className="tab" data-testid="records-tab">
              {t('vault.tabs.records')}
            </NavLink>
            {showAudit ? (
              <NavLink to={`/vaults/${vaultId}/audit`} className="tab" data-testid="audit-tab">
                {t('vault.tabs.audit')}
              </NavLink>
            ) : null}
            {showSecurity ? (
              <NavLink
                to={`/vaults/${vaultId}/security`}
                className="tab"
                data-testid="security-tab"
              >
                {t('vault.tabs.security')}
              </NavLink>
            ) : null}
          </nav>
          <div className="tab-panel">
            {tab === 'members' ? <MembersTab vaultId={vaultId} myRole={role} /> : null}
            {tab === 'audit' ? <AuditTab vaultId={vaultId} myRole={role} /> : null}
            {tab === 'records' ? <RecordsTab vaultId={vaultId} myRole={role} /> : null}
            {tab === 'security' && showSecurity ? (
              <SecurityTab
                key={recordSettings.codedSensitiveFields.join()}
                vaultId={vaultId}
                role={role}
                settings={recordSettings}
                keyVersion={keyVersion}
              />
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}
