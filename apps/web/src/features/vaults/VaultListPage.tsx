import type { VaultView } from '@vigil/client';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { usePageTitle } from '../../ui/usePageTitle';
import { CreateVaultForm } from './CreateVaultForm';
import { useAcceptInvitation, useVaults } from './queries';
import { RoleBadge } from './RoleBadge';

const byName = (a: VaultView, b: VaultView) => a.name.localeCompare(b.name);

/** The vault list: pending invitations first and distinct, then the user's vaults. */
export function VaultListPage() {
  const t = useT();
  const vaults = useVaults();
  const accept = useAcceptInvitation();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle(t('vaults.list.title'));

  const openCreate = () => {
    setNotice(null);
    setCreating(true);
  };

  const list = vaults.data ?? [];
  const invitations = list.filter((v) => v.status === 'invited').sort(byName);
  const active = list.filter((v) => v.status === 'active').sort(byName);
  const empty = vaults.isSuccess && list.length === 0;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t('vaults.list.title')}</h1>
          <p className="muted">{t('vaults.list.intro')}</p>
        </div>
        {vaults.isSuccess && !empty && !creating ? (
          <Button variant="primary" onClick={openCreate} testId="vault-create-open">
            {t('vaults.list.create')}
          </Button>
        ) : null}
      </div>

      {notice ? <Notice>{notice}</Notice> : null}
      {creating ? (
        <CreateVaultForm
          onCancel={() => setCreating(false)}
          onCreated={(name) => {
            setCreating(false);
            setNotice(t('vaults.create.created', { name }));
          }}
        />
      ) : null}

      <div data-testid="vault-list" aria-busy={vaults.isPending || undefined}>
        {vaults.isPending ? <Loading /> : null}
        {vaults.isError ? (
          <div className="stack">
            <ErrorAlert error={vaults.error} />
            <Button onClick={() => void vaults.refetch()}>{t('app.retry')}</Button>
          </div>
        ) : null}
        {empty && !creating ? (
          <EmptyState
            title={t('vaults.list.empty.title')}
            action={
              <Button variant="primary" onClick={openCreate} testId="vault-create-open">
                {t('vaults.list.empty.action')}
              </Button>
            }
          >
            {t('vaults.list.empty.body')}
          </EmptyState>
        ) : null}

        {invitations.length > 0 ? (
          <section className="section" aria-labelledby="invitations-heading">
            <h2 id="invitations-heading">{t('vaults.list.invitations')}</h2>
            <p className="muted">{t('vaults.list.invitationsIntro')}</p>
            <ErrorAlert error={accept.error} />
            <ul className="vault-grid">
              {invitations.map((vault) => (
                <li key={vault.id} className="vault-card vault-invitation" data-testid="vault-item">
                  <span className="badge badge-invite">{t('vaults.item.invitation')}</span>
                  <h3 className="vault-name">{vault.name}</h3>
                  <p className="muted">
                    {t('vaults.item.role', { role: t(`role.${vault.role}`) })}
                  </p>
                  <Button
                    variant="primary"
                    pending={accept.isPending && accept.variables === vault.id}
                    disabled={accept.isPending}
                    onClick={() =>
                      accept.mutate(vault.id, {
                        onSuccess: () => setNotice(t('vaults.list.accepted', { name: vault.name })),
                      })
                    }
                    testId="vault-accept"
                  >
                    {t('vaults.list.accept')}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {active.length > 0 ? (
          <section className="section" aria-label={t('vaults.list.yours')}>
            {invitations.length > 0 ? <h2>{t('vaults.list.yours')}</h2> : null}
            <ul className="vault-grid">
              {active.map((vault) => (
                <li key={vault.id}>
                  <Link
                    to={`/vaults/${vault.id}`}
                    className="vault-card vault-link"
                    data-testid="vault-item"
                  >
                    <h3 className="vault-name">{vault.name}</h3>
                    <RoleBadge role={vault.role} />
                    <p className="muted small">
                      {t('vaults.item.created', { date: new Date(vault.createdAt) })}
                    </p>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
