import type { VaultView } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { Loading } from '../../ui/Loading';
import { useCurrentVault } from '../vaults/current';

/**
 * The vault a page outside any vault shows its vault sections for: the vault's name, a choice
 * when the member has several, and a clear word when they have none. `children` renders the
 * sections for the chosen vault.
 */
export function VaultChooser({
  intro,
  suffix,
  children,
}: {
  readonly intro?: string;
  /** Words after a vault's name in the choice (e.g. its number of alerts). */
  readonly suffix?: (vault: VaultView) => string;
  readonly children: (vault: VaultView) => ReactNode;
}) {
  const t = useT();
  const id = useId();
  const { vaults, readable, current, choose } = useCurrentVault();
  if (vaults.isPending) return <Loading />;
  if (vaults.isError) return <ErrorAlert error={vaults.error} />;
  if (current === undefined) {
    return (
      <p className="muted" data-testid="monitoring-no-vault">
        {t('monitoring.vault.none')} <Link to="/vaults">{t('monitoring.vault.toVaults')}</Link>
      </p>
    );
  }
  return (
    <>
      <div className="mon-vault">
        {intro === undefined ? null : <p className="muted small">{intro}</p>}
        {readable.length > 1 ? (
          <div className="field mon-vault-select">
            <label htmlFor={`${id}-vault`}>{t('monitoring.vault.label')}</label>
            <select
              id={`${id}-vault`}
              value={current.id}
              onChange={(e) => choose(e.target.value as VaultId)}
              data-testid="monitoring-vault"
            >
              {readable.map((v) => (
                <option key={v.id} value={v.id}>
                  {suffix === undefined ? v.name : `${v.name} ${suffix(v)}`}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="small">
            {t('monitoring.vault.label')}: <strong>{current.name}</strong>
          </p>
        )}
      </div>
      {children(current)}
    </>
  );
}
