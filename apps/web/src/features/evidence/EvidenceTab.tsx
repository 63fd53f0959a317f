import { can, type Role, type VaultId } from '@vigil/core';
import { useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../ui/Alert';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { EvidenceList } from './EvidenceList';
import { EvidencePreview } from './EvidencePreview';
import { chosenOf, type Selection } from './model';
import { PackageBar } from './PackageBar';
import { useLinkedEvidence } from './queries';
import { UploadForm } from './UploadForm';
import './evidence.css';

/**
 * A record's evidence: the files linked to it, adding one, opening one with its custody, and
 * packaging chosen ones for court.
 */
export function EvidenceTab({
  vaultId,
  recordId,
  role,
  nameOf,
}: {
  readonly vaultId: VaultId;
  readonly recordId: string;
  readonly role: Role;
  readonly nameOf: (accountId: string) => string;
}) {
  const t = useT();
  const evidence = useLinkedEvidence(vaultId, recordId);
  // Which item is open stays in component state: an evidence id in the address would be kept in
  // the browser's history of a shared computer for no gain.
  const [openId, setOpenId] = useState<string | null>(null);
  const opened = evidence.data?.items.find((v) => v.item.id === openId);
  // Like the opened item, the choice of items to package stays in memory, out of the address.
  const [selection, setSelection] = useState<Selection>(() => new Set());
  // Packaging signs an export per item, as the CLI does: the same right as opening one.
  const mayPackage = can(role, 'evidence.read');
  const items = evidence.data?.items ?? [];
  return (
    <div className="stack-lg" data-testid="evidence-tab">
      <section className="card stack" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('evidence.title')}</h2>
        <p className="muted small">{t('evidence.intro')}</p>
        {evidence.isPending ? <Loading /> : null}
        <ErrorAlert error={evidence.error} />
        {evidence.data?.items.length === 0 ? (
          <EmptyState title={t('evidence.emptyTitle')}>{t('evidence.empty')}</EmptyState>
        ) : null}
        {items.length > 0 && mayPackage ? (
          <PackageBar vaultId={vaultId} selected={chosenOf(selection, items)} />
        ) : null}
        {items.length > 0 ? (
          <EvidenceList
            items={items}
            onOpen={setOpenId}
            selection={selection}
            onSelect={mayPackage ? setSelection : null}
          />
        ) : null}
      </section>
      {opened !== undefined ? (
        <EvidencePreview
          key={opened.item.id}
          vaultId={vaultId}
          view={opened}
          nameOf={nameOf}
          onClose={() => setOpenId(null)}
        />
      ) : null}
      {can(role, 'evidence.write') ? <UploadForm vaultId={vaultId} recordId={recordId} /> : null}
    </div>
  );
}
