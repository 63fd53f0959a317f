import {
  dryRun,
  isApiError,
  isGroupSource,
  isImportFileError,
  parseTable,
  type DryRunResult,
  type FieldSource,
  type ImportMapping,
  type Table,
} from '@vigil/client';
import {
  can,
  fieldsOf,
  RECORD_KINDS,
  type RecordData,
  type RecordKind,
  type VaultId,
  vaultIdSchema,
} from '@vigil/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useClient } from '../../../app/session';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useVault } from '../../vaults/queries';
import { fieldLabel, kindsLabel, messageIdOf, partLabel } from '../shared/labels';
import { recordKeys } from '../shared/queries';
import { useLabeller } from '../shared/useLabeller';
import { formatOfFile, initialMapping, saveMapping, sheetRowOfError } from './import-helpers';
import './pages.css';

/** The import screen: file, kind, column mapping, dry run with every problem, then import. */
export function ImportPage() {
  const t = useT();
  const vaultId = vaultIdSchema.safeParse(useParams()['vaultId']);
  usePageTitle(t('records.import.title'));
  if (!vaultId.success) {
    return (
      <div className="page">
        <div className="alert alert-error" role="alert">
          {t('vault.notFound')}
        </div>
      </div>
    );
  }
  return <ImportScreen vaultId={vaultId.data} />;
}

const browserStorage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

function ImportScreen({ vaultId }: { readonly vaultId: VaultId }) {
  const t = useT();
  const l = useLabeller();
  const vault = useVault(vaultId);
  const [kind, setKind] = useState<RecordKind>('person');
  const [table, setTable] = useState<Table | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [savedUsed, setSavedUsed] = useState(false);
  const [savedNow, setSavedNow] = useState(false);
  const [checked, setChecked] = useState<DryRunResult<RecordKind> | null>(null);
  const [checking, setChecking] = useState<number | null>(null);
  const fileId = useId();

  const start = (nextKind: RecordKind, nextTable: Table | null) => {
    setChecked(null);
    setSavedNow(false);
    if (nextTable === null) {
      setMapping(null);
      return;
    }
    const initial = initialMapping(nextKind, nextTable.columns, browserStorage());
    setMapping(initial.mapping);
    setSavedUsed(initial.saved);
  };

  const onFile = async (file: File | undefined) => {
    setFileError(null);
    setTable(null);
    start(kind, null);
    if (file === undefined) return;
    const format = formatOfFile(file.name);
    try {
      if (format === undefined) throw new Error('CSV (.csv) or XLSX (.xlsx)');
      const parsed = await parseTable(new Uint8Array(await file.arrayBuffer()), format);
      setTable(parsed);
      start(kind, parsed);
    } catch (error) {
      setFileError(
        isImportFileError(error) || error instanceof Error ? error.message : String(error),
      );
    }
  };

  const runCheck = async () => {
    if (table === null || mapping === null) return;
    setChecking(0);
    try {
      setChecked(await dryRun(table, mapping, { onProgress: (done) => setChecking(done) }));
    } finally {
      setChecking(null);
    }
  };

  if (vault.isPending) return <Loading />;
  const mayWrite = vault.data !== undefined && can(vault.data.role, 'records.write');

  return (
    <div className="page stack-lg">
      <Link to={`/vaults/${vaultId}/records?kind=${kind}`} className="back-link">
        ← {t('records.page.back')}
      </Link>
      <h1>{t('records.import.title')}</h1>
      <p className="muted">{t('records.import.intro')}</p>
      <ErrorAlert error={vault.error} />
      {mayWrite ? (
        <>
          <div className="card stack">
            <div className="field">
              <label htmlFor={`${fileId}-kind`}>{t('records.import.kind')}</label>
              <select
                id={`${fileId}-kind`}
                value={kind}
                onChange={(e) => {
                  const next = RECORD_KINDS.find((k) => k === e.target.value) ?? 'person';
                  setKind(next);
                  start(next, table);
                }}
                data-testid="import-kind"
              >
                {RECORD_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindsLabel(l, k)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={fileId}>{t('records.import.file')}</label>
              <input
                id={fileId}
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => void onFile(e.target.files?.[0])}
                data-testid="import-file"
              />
            </div>
            {fileError !== null ? (
              <div className="alert alert-error" role="alert">
                {t('records.import.fileProblem', { reason: fileError })}
              </div>
            ) : null}
            {table !== null ? (
              <p className="muted">{t('records.import.columns', { count: table.rows.length })}</p>
            ) : null}
          </div>
          {table !== null && mapping !== null ? (
            <MappingForm
              kind={kind}
              columns={table.columns}
              mapping={mapping}
              onChange={(next) => {
                setMapping(next);
                setChecked(null);
                setSavedNow(false);
              }}
            >
              {savedUsed ? (
                <p className="muted small">{t('records.import.savedMappingUsed')}</p>
              ) : null}
              <div className="actions">
                <Button
                  variant="primary"
                  onClick={() => void runCheck()}
                  pending={checking !== null}
                  testId="import-dry-run"
                >
                  {t('records.import.dryRun')}
                </Button>
                <Button
                  onClick={() => setSavedNow(saveMapping(mapping, window.localStorage))}
                  testId="import-save-mapping"
                >
                  {t('records.import.saveMapping')}
                </Button>
              </div>
              {savedNow ? <Notice>{t('records.import.mappingSaved')}</Notice> : null}
              {checking !== null ? (
                <p role="status">{t('records.import.checking', { count: checking })}</p>
              ) : null}
            </MappingForm>
          ) : null}
          {checked !== null ? <CheckResult vaultId={vaultId} result={checked} /> : null}
        </>
      ) : null}
    </div>
  );
}

function MappingForm({
  kind,
  columns,
  mapping,
  onChange,
  children,
}: {
  readonly kind: RecordKind;
  readonly columns: readonly string[];
  readonly mapping: ImportMapping;
  readonly onChange: (next: ImportMapping) => void;
  readonly children: ReactNode;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const columnOf = (source: FieldSource | undefined) =>
    source !== undefined && 'column' in source ? source.column : '';
  const without = <V,>(record: Readonly<Record<string, V>>, key: string): Record<string, V> =>
    Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  const setField = (field: string, column: string) => {
    const rest = without(mapping.fields, field);
    onChange({ ...mapping, fields: column === '' ? rest : { ...rest, [field]: { column } } });
  };
  const setPart = (field: string, part: string, column: string) => {
    const current = mapping.fields[field];
    const others = without(
      current !== undefined && isGroupSource(current) ? current.parts : {},
      part,
    );
    const parts = column === '' ? others : { ...others, [part]: { column } };
    const rest = without(mapping.fields, field);
    onChange({
      ...mapping,
      fields: Object.keys(parts).length === 0 ? rest : { ...rest, [field]: { parts } },
    });
  };
  const select = (key: string, label: string, value: string, set: (c: string) => void) => (
    <div className="field" key={key}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={value}
        onChange={(e) => set(e.target.value)}
        data-testid={`import-map-${key}`}
      >
        <option value="">{t('records.import.noColumn')}</option>
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('records.import.mapping')}</h2>
      <p className="muted small">{t('records.import.mappingIntro')}</p>
      <div className="filter-bar">
        {fieldsOf(kind).flatMap(([field, spec]) => {
          const source = mapping.fields[field];
          if (spec.type !== 'group') {
            const value = source !== undefined && !isGroupSource(source) ? columnOf(source) : '';
            return [select(field, fieldLabel(l, kind, field), value, (c) => setField(field, c))];
          }
          return Object.keys(spec.parts ?? {}).map((part) => {
            const partSource =
              source !== undefined && isGroupSource(source) ? source.parts[part] : undefined;
            return select(
              `${field}.${part}`,
              `${fieldLabel(l, kind, field)}: ${partLabel(l, part)}`,
              columnOf(partSource),
              (c) => setPart(field, part, c),
            );
          });
        })}
      </div>
      {children}
    </section>
  );
}

function CheckResult({
  vaultId,
  result,
}: {
  readonly vaultId: VaultId;
  readonly result: DryRunResult<RecordKind>;
}) {
  const t = useT();
  const l = useLabeller();
  const client = useClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<{ phase: string; done: number; total: number } | null>(
    null,
  );
  const okRows = result.rows.flatMap((r) => (r.ok ? [r] : []));
  const records = okRows.map((r) => r.record);
  const sheetRows = okRows.map((r) => r.row);
  const run = useMutation({
    mutationFn: () =>
      client.records.importRecords(
        vaultId,
        result.kind,
        records as readonly RecordData<RecordKind>[],
        { onProgress: (p) => setProgress(p) },
      ),
    onSettled: () => {
      setProgress(null);
      return queryClient.invalidateQueries({ queryKey: recordKeys.all(vaultId) });
    },
  });
  const problems = result.rows.flatMap((r) => (r.ok ? [] : r.problems));
  const failure =
    run.error !== null && isApiError(run.error)
      ? sheetRowOfError(run.error.fields, sheetRows)
      : undefined;

  return (
    <section
      className="card stack"
      aria-labelledby="import-check-heading"
      data-testid="import-result"
    >
      <h2 id="import-check-heading">{t('records.import.dryRun')}</h2>
      {result.mappingProblems.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <p>{t('records.import.mappingProblems')}</p>
          <ul>
            {result.mappingProblems.map((p, i) => (
              <li key={i}>
                {[p.field, p.column].filter(Boolean).join(' / ')} {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.ready ? (
        <Notice>{t('records.import.ready', { count: records.length })}</Notice>
      ) : (
        <div className="alert alert-warning" role="status">
          {t('records.import.notReady', { count: result.summary.withProblems })}
        </div>
      )}
      {problems.length > 0 ? (
        <table className="table small" data-testid="import-problems">
          <thead>
            <tr>
              <th scope="col">{t('records.import.colRow')}</th>
              <th scope="col">{t('records.import.colColumn')}</th>
              <th scope="col">{t('records.import.colField')}</th>
              <th scope="col">{t('records.import.colProblem')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p, i) => (
              <tr key={i}>
                <td>{p.row}</td>
                <td>{p.column ?? ''}</td>
                <td>{fieldLabel(l, result.kind, p.field.split('.')[0] ?? p.field)}</td>
                <td>
                  <strong>
                    {t(
                      messageIdOf(`records.import.problem.${p.kind}`) ??
                        'records.import.colProblem',
                    )}
                  </strong>
                  {p.value !== undefined && p.value !== '' ? <> «{p.value}»</> : null}
                  <div className="muted">{p.message}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result.ready && records.length > 0 && !run.isSuccess ? (
        <div className="actions">
          <Button
            variant="primary"
            pending={run.isPending}
            onClick={() => run.mutate()}
            testId="import-submit"
          >
            {t('records.import.submit')}
          </Button>
        </div>
      ) : null}
      {progress !== null ? (
        <div className="stack" role="status">
          <progress max={progress.total} value={progress.done} className="import-progress" />
          <span>
            {t(
              messageIdOf(`records.import.phase.${progress.phase}`) ??
                'records.import.phase.uploading',
              { count: progress.done },
            )}
          </span>
        </div>
      ) : null}
      {run.isSuccess ? (
        <Notice>{t('records.import.done', { count: run.data.ids.length })}</Notice>
      ) : null}
      {run.isError ? (
        failure !== undefined ? (
          <div className="alert alert-error" role="alert">
            {t('records.import.failedRow', { seq: failure.row, reason: failure.message })}
          </div>
        ) : (
          <>
            <div className="alert alert-error" role="alert">
              {t('records.import.failed')}
            </div>
            <ErrorAlert error={run.error} />
          </>
        )
      ) : null}
    </section>
  );
}
