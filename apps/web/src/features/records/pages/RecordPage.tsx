import type { RecordView } from '@vigil/client';
import { anyRecordIdSchema, can, vaultIdSchema, type Role, type VaultId } from '@vigil/core';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useSession } from '../../../app/session';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { EvidenceTab } from '../../evidence/EvidenceTab';
import { PersonPath } from '../../monitoring/person/PersonPath';
import { useMembers, useVault } from '../../vaults/queries';
import { newRecordPath } from '../form/prefill';
import { summaryParts, summaryPeople, summaryText } from '../shared/display';
import { kindLabel } from '../shared/labels';
import { usePeopleNames, useRecord, useSetDeleted } from '../shared/queries';
import { useLabeller } from '../shared/useLabeller';
import { HistorySection } from './HistorySection';
import { RecordFields } from './RecordFields';
import { RelationsSection } from './RelationsSection';
import { PersonTimeline } from './PersonTimeline';
import './pages.css';

/**
 * A record's page: its details (fields, related records both ways, a person's timeline, history)
 * and, for incidents and people, a second tab with the evidence linked to it.
 */
export function RecordPage() {
  const t = useT();
  const params = useParams();
  const vaultId = vaultIdSchema.safeParse(params['vaultId']);
  const recordId = anyRecordIdSchema.safeParse(params['recordId']);
  if (!vaultId.success || !recordId.success) {
    return (
      <div className="page">
        <Link to="/vaults" className="back-link">
          ← {t('vault.back')}
        </Link>
        <div className="alert alert-error" role="alert">
          {t('records.page.notFound')}
        </div>
      </div>
    );
  }
  return <RecordView vaultId={vaultId.data} id={recordId.data} />;
}

function RecordView({ vaultId, id }: { readonly vaultId: VaultId; readonly id: string }) {
  const t = useT();
  const vault = useVault(vaultId);
  const record = useRecord(vaultId, id);
  const back = (
    <Link
      to={`/vaults/${vaultId}/records${record.data ? `?kind=${record.data.kind}` : ''}`}
      className="back-link"
    >
      ← {t('records.page.back')}
    </Link>
  );
  if (record.isPending || vault.isPending) {
    return (
      <div className="page">
        {back}
        <Loading />
      </div>
    );
  }
  if (record.isError || vault.isError) {
    return (
      <div className="page">
        {back}
        <ErrorAlert
          error={record.error ?? vault.error}
          overrides={{ not_found: 'records.page.notFound', forbidden: 'records.page.notFound' }}
        />
      </div>
    );
  }
  return (
    <div className="page stack-lg">
      {back}
      <RecordBody vaultId={vaultId} record={record.data} role={vault.data.role} />
    </div>
  );
}

/** The record kinds evidence is attached to from their page (issue 4). */
const EVIDENCE_KINDS_OF_RECORD: ReadonlySet<string> = new Set(['incident', 'person']);

type RecordTab = 'details' | 'evidence';

/**
 * The page's tabs as links (`?tab=evidence`): each is reachable with Tab, opens with Enter, and the
 * browser's Back returns to the other. Only the tab's name goes into the address.
 */
function RecordTabs({ tab, path }: { readonly tab: RecordTab; readonly path: string }) {
  const t = useT();
  return (
    <nav className="tabs" aria-label={t('records.tabs.label')}>
      <Link
        to={path}
        className={`tab${tab === 'details' ? ' active' : ''}`}
        aria-current={tab === 'details' ? 'page' : undefined}
        data-testid="record-tab-details"
      >
        {t('records.tabs.details')}
      </Link>
      <Link
        to={`${path}?tab=evidence`}
        className={`tab${tab === 'evidence' ? ' active' : ''}`}
        aria-current={tab === 'evidence' ? 'page' : undefined}
        data-testid="record-tab-evidence"
      >
        {t('records.tabs.evidence')}
      </Link>
    </nav>
  );
}

/**
 * Records made from this one's page, already linked to it: a report's findings name the report and
 * its facility. Nothing for other kinds (their links are chosen in the form).
 */
function AddLinked({
  vaultId,
  record,
}: {
  readonly vaultId: VaultId;
  readonly record: RecordView;
}) {
  const t = useT();
  if (record.kind !== 'monitoring-report') return null;
  const to = newRecordPath(vaultId, 'monitoring-finding', {
    report: record.id,
    facility: record.data.facility,
  });
  return (
    <div className="actions">
      <Link className="btn" to={to} data-testid="record-add-finding">
        {t('records.page.addFinding')}
      </Link>
    </div>
  );
}

/** The record's own content: fields, relations, a person's timeline and the history. */
function RecordDetails({
  vaultId,
  record,
  nameOf,
  mayWrite,
}: {
  readonly vaultId: VaultId;
  readonly record: RecordView;
  readonly nameOf: (accountId: string) => string;
  readonly mayWrite: boolean;
}) {
  const t = useT();
  return (
    <>
      <section className="card" aria-labelledby="fields-heading">
        <h2 id="fields-heading">{t('records.page.fields')}</h2>
        <RecordFields
          vaultId={vaultId}
          kind={record.kind}
          data={record.data as Readonly<Record<string, unknown>>}
        />
      </section>
      <RelationsSection
        vaultId={vaultId}
        record={record}
        actions={
          mayWrite && !record.deleted ? <AddLinked vaultId={vaultId} record={record} /> : null
        }
      />
      {record.kind === 'person' ? <PersonTimeline vaultId={vaultId} personId={record.id} /> : null}
      {record.kind === 'person' ? <PersonPath vaultId={vaultId} personId={record.id} /> : null}
      <HistorySection vaultId={vaultId} id={record.id} kind={record.kind} nameOf={nameOf} />
    </>
  );
}

function RecordBody({
  vaultId,
  record,
  role,
}: {
  readonly vaultId: VaultId;
  readonly record: RecordView;
  readonly role: Role;
}) {
  const t = useT();
  const l = useLabeller();
  const { account } = useSession();
  const members = useMembers(vaultId);
  const setDeleted = useSetDeleted(vaultId, record.id);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const parts = summaryParts(l, record);
  const nameOfPerson = usePeopleNames(vaultId, summaryPeople(parts));
  const title = summaryText(l, record, parts, nameOfPerson);
  // The record's name is opened data: the document title stays generic (it is kept in history).
  usePageTitle(kindLabel(l, record.kind));
  const mayWrite = can(role, 'records.write');
  const mayDelete = can(role, 'records.delete');
  const [params] = useSearchParams();
  const hasEvidence = EVIDENCE_KINDS_OF_RECORD.has(record.kind);
  const tab: RecordTab = hasEvidence && params.get('tab') === 'evidence' ? 'evidence' : 'details';

  const nameOfAccount = (accountId: string): string => {
    if (accountId === account?.id) return t('records.page.you');
    return members.data?.find((m) => m.accountId === accountId)?.email ?? t('records.page.someone');
  };

  const confirm = () =>
    setDeleted.mutate(!record.deleted, {
      onSuccess: (view) => {
        setConfirming(false);
        setNotice(t(view.deleted ? 'records.page.deletedNotice' : 'records.page.restoredNotice'));
      },
    });

  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted small">{kindLabel(l, record.kind)}</p>
          <h1 data-testid="record-title">{title}</h1>
          <p className="muted small">
            {t('records.page.version', { seq: record.version })} ·{' '}
            {t('records.page.updated', {
              date: new Date(record.updatedAt),
              name: nameOfAccount(record.updatedBy),
            })}
          </p>
        </div>
        <div className="actions">
          {mayWrite && !record.deleted ? (
            <Link
              className="btn btn-primary"
              to={`/vaults/${vaultId}/records/${record.id}/edit`}
              data-testid="record-edit"
            >
              {t('records.page.edit')}
            </Link>
          ) : null}
          {mayDelete ? (
            <Button
              variant={record.deleted ? 'secondary' : 'danger'}
              onClick={() => {
                setNotice(null);
                setDeleted.reset();
                setConfirming(true);
              }}
              testId={record.deleted ? 'record-restore' : 'record-delete'}
            >
              {t(record.deleted ? 'records.page.restore' : 'records.page.delete')}
            </Button>
          ) : null}
        </div>
      </div>
      {notice !== null ? <Notice>{notice}</Notice> : null}
      {record.deleted ? <Notice kind="warning">{t('records.page.deleted')}</Notice> : null}
      {hasEvidence ? (
        <RecordTabs tab={tab} path={`/vaults/${vaultId}/records/${record.id}`} />
      ) : null}
      {tab === 'evidence' ? (
        <EvidenceTab vaultId={vaultId} recordId={record.id} role={role} nameOf={nameOfAccount} />
      ) : (
        <RecordDetails
          vaultId={vaultId}
          record={record}
          nameOf={nameOfAccount}
          mayWrite={mayWrite}
        />
      )}
      <ConfirmDialog
        open={confirming}
        title={t(record.deleted ? 'records.page.restoreTitle' : 'records.page.deleteTitle')}
        confirmLabel={t(record.deleted ? 'records.page.restore' : 'records.page.delete')}
        pending={setDeleted.isPending}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <p>{t(record.deleted ? 'records.page.restoreBody' : 'records.page.deleteBody')}</p>
        <ErrorAlert error={setDeleted.error} />
      </ConfirmDialog>
    </>
  );
}
