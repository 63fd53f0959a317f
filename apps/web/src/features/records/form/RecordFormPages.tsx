import { isApiError, newDraftId, type RecordView } from '@vigil/client';
import {
  recordKindSchema,
  vaultIdSchema,
  type RecordData,
  type RecordKind,
  type VaultId,
} from '@vigil/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useClient } from '../../../app/session';
import { ErrorAlert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { DraftPrompt, DraftStatus } from './DraftUi';
import { emptyValues, valuesFromDraft, valuesFromRecord, type FormValues } from './model';
import { prefillFromParams, type Prefill } from './prefill';
import { RecordForm } from './RecordForm';
import { formQueryKeys } from './RelationPicker';
import { useDraftAutosave } from './useDraft';

const recordPath = (vaultId: VaultId, id: string) => `/vaults/${vaultId}/records/${id}`;
const editDraftId = (recordId: string) => `edit-${recordId}`;

/** The draft's form values, whatever shape storage gave back. */
const draftValues = (kind: RecordKind, data: unknown): FormValues =>
  valuesFromDraft(
    kind,
    typeof data === 'object' && data !== null ? (data as { values?: unknown }).values : undefined,
  );

function PageShell({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="page">
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/**
 * `vaults/:vaultId/records/new/:kind`: a new record, resuming an unsaved draft if asked. Links may
 * be filled in from the address (`?report=…&facility=…`, see `prefillFromParams`).
 */
export function NewRecordPage() {
  const t = useT();
  const params = useParams();
  const [search] = useSearchParams();
  const vault = vaultIdSchema.safeParse(params['vaultId']);
  const kind = recordKindSchema.safeParse(params['kind']);
  if (!vault.success) {
    return (
      <PageShell title={t('vault.notFound')}>
        <Link to="/vaults">← {t('vault.back')}</Link>
      </PageShell>
    );
  }
  if (!kind.success) {
    return (
      <PageShell title={t('form.unknownKind', { name: String(params['kind'] ?? '') })}>
        <Link to={`/vaults/${vault.data}`}>← {t('vault.back')}</Link>
      </PageShell>
    );
  }
  const prefill = prefillFromParams(kind.data, search);
  return (
    <NewRecord
      key={`${vault.data}/${kind.data}?${search.toString()}`}
      vaultId={vault.data}
      kind={kind.data}
      prefill={prefill}
    />
  );
}

function NewRecord({
  vaultId,
  kind,
  prefill,
}: {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  readonly prefill: Prefill;
}) {
  const t = useT();
  const client = useClient();
  const title = t('form.title.new', { name: t(`form.kind.${kind}`) });
  const [fresh] = useState(() => ({ draftId: newDraftId(), initial: prefill.values }));
  const [start, setStart] = useState<{ draftId: string; initial: FormValues } | null>(null);
  // Drafts of new records have random ids; drafts of edits are named after their record. Asked
  // once: the form's own autosave must not bring the question back while typing.
  const drafts = useQuery({
    queryKey: ['drafts', vaultId, kind],
    queryFn: async () =>
      (await client.drafts.list(vaultId, kind)).filter((d) => !d.draftId.startsWith('edit-')),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const found = drafts.data?.[0];

  if (start === null && drafts.isPending)
    return (
      <PageShell title={title}>
        <Loading />
      </PageShell>
    );
  if (start === null && found !== undefined) {
    return (
      <PageShell title={title}>
        <DraftPrompt
          savedAt={found.savedAt}
          onResume={async () => {
            const draft = await client.drafts.load(vaultId, found.draftId);
            setStart({ draftId: found.draftId, initial: draftValues(kind, draft?.data) });
          }}
          onDiscard={async () => {
            await client.drafts.remove(vaultId, found.draftId);
            setStart(fresh);
          }}
        />
      </PageShell>
    );
  }
  const begin = start ?? fresh;
  return (
    <PageShell title={title}>
      <FormWithDraft
        vaultId={vaultId}
        kind={kind}
        draftId={begin.draftId}
        initial={begin.initial}
        save={(data) => client.records.create(vaultId, kind, data as RecordData<typeof kind>)}
        cancelTo={
          prefill.from === undefined ? `/vaults/${vaultId}` : recordPath(vaultId, prefill.from)
        }
      />
    </PageShell>
  );
}

/** `vaults/:vaultId/records/:recordId/edit`: a new version of a record, sent with its version. */
export function EditRecordPage() {
  const t = useT();
  const params = useParams();
  const vault = vaultIdSchema.safeParse(params['vaultId']);
  const recordId = params['recordId'] ?? '';
  if (!vault.success || !/^[0-9a-f-]{36}$/.test(recordId)) {
    return (
      <PageShell title={t('vault.notFound')}>
        <Link to="/vaults">← {t('vault.back')}</Link>
      </PageShell>
    );
  }
  return <EditRecord key={`${vault.data}/${recordId}`} vaultId={vault.data} recordId={recordId} />;
}

function EditRecord({
  vaultId,
  recordId,
}: {
  readonly vaultId: VaultId;
  readonly recordId: string;
}) {
  const t = useT();
  const client = useClient();
  const [round, setRound] = useState(0);
  const [start, setStart] = useState<{
    initial: FormValues;
    version: number;
    round: number;
  } | null>(null);
  const record = useQuery({
    queryKey: formQueryKeys.record(vaultId, recordId),
    queryFn: () => client.records.get(vaultId, recordId),
    // Read once per round: a background refetch would swap the form under the typist.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 0,
  });
  const draft = useQuery({
    queryKey: ['drafts', vaultId, 'edit', recordId, round],
    // A draft that no longer opens is no reason to block editing: start from the record.
    queryFn: () => client.drafts.load(vaultId, editDraftId(recordId)).catch(() => undefined),
    gcTime: 0,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
  const view: RecordView | undefined = record.data;
  const fromRecord = useMemo(
    () =>
      view === undefined
        ? null
        : { initial: valuesFromRecord(view.kind, view.data), version: view.version, round },
    [view, round],
  );
  const title = t('form.title.edit', {
    name: view === undefined ? '…' : t(`form.kind.${view.kind}`),
  });

  if (record.isError) {
    return (
      <PageShell title={title}>
        <ErrorAlert error={record.error} />
      </PageShell>
    );
  }
  if (view === undefined || draft.isPending || record.isFetching) {
    return (
      <PageShell title={title}>
        <Loading label={t('form.loading')} />
      </PageShell>
    );
  }
  if (view.deleted) {
    return (
      <PageShell title={title}>
        <div className="alert alert-warning" role="alert">
          {t('form.deleted')}
        </div>
      </PageShell>
    );
  }
  const current = start?.round === round ? start : null;
  if (current === null && draft.data !== undefined && draft.data !== null) {
    const saved = draft.data;
    return (
      <PageShell title={title}>
        <DraftPrompt
          savedAt={saved.savedAt}
          onResume={() =>
            setStart({ initial: draftValues(view.kind, saved.data), version: view.version, round })
          }
          onDiscard={async () => {
            await client.drafts.remove(vaultId, editDraftId(recordId));
            if (fromRecord !== null) setStart(fromRecord);
          }}
        />
      </PageShell>
    );
  }
  const begin = current ?? fromRecord ?? { initial: emptyValues(view.kind), version: 0, round };
  return (
    <PageShell title={title}>
      <FormWithDraft
        key={round}
        vaultId={vaultId}
        kind={view.kind}
        draftId={editDraftId(recordId)}
        baseVersion={begin.version}
        initial={begin.initial}
        save={(data) => client.records.update(vaultId, recordId, data, begin.version)}
        cancelTo={recordPath(vaultId, recordId)}
        onReload={() => {
          setRound((r) => r + 1);
          void record.refetch();
        }}
      />
    </PageShell>
  );
}

/** The form with autosaved drafts, saving, conflict handling and the way back. */
function FormWithDraft({
  vaultId,
  kind,
  draftId,
  baseVersion,
  initial,
  save,
  cancelTo,
  onReload,
}: {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  readonly draftId: string;
  readonly baseVersion?: number;
  readonly initial: FormValues;
  readonly save: (data: Record<string, unknown>) => Promise<{ readonly id: string }>;
  readonly cancelTo: string;
  readonly onReload?: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const latest = useRef<FormValues>(initial);
  const autosave = useDraftAutosave({
    vaultId,
    kind,
    draftId,
    ...(baseVersion === undefined ? {} : { baseVersion }),
  });
  const { schedule, saveNow, stop } = autosave;
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: async (view) => {
      await stop();
      void navigate(recordPath(vaultId, view.id));
      // Lists, record pages and pickers of the vault must show the new version. Not awaited:
      // refetching this form's own record first would flash the loading state before leaving.
      void queryClient.invalidateQueries();
    },
    onError: (error) => {
      // Keep what was typed: the draft is what the conflict notice promises.
      if (isApiError(error, 'conflict')) void saveNow(latest.current);
    },
  });
  const onValuesChange = useCallback(
    (values: FormValues) => {
      latest.current = values;
      schedule(values);
    },
    [schedule],
  );
  const conflict = isApiError(mutation.error, 'conflict');
  const notice = conflict ? (
    <div className="alert alert-warning" role="alert" data-testid="record-conflict">
      <strong>{t('form.conflict.title')}</strong>
      <p>{t('form.conflict.body')}</p>
      {onReload === undefined ? null : (
        <Button onClick={onReload}>{t('form.conflict.reload')}</Button>
      )}
    </div>
  ) : (
    <ErrorAlert error={mutation.error} />
  );
  return (
    <RecordForm
      vaultId={vaultId}
      kind={kind}
      initial={initial}
      onSave={(data) => mutation.mutate(data)}
      saving={mutation.isPending}
      notice={notice}
      status={<DraftStatus state={autosave.state} />}
      onValuesChange={onValuesChange}
      onCancel={() => void navigate(cancelTo)}
    />
  );
}
