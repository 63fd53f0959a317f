import { SEALED_FIELD_NAMES, type ExcludedRecord, type VaultExportResult } from '@vigil/client';
import {
  EXPORT_PURPOSES,
  recordKindSchema,
  vaultIdSchema,
  type ExportPurpose,
  type VaultId,
} from '@vigil/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useClient } from '../../../app/session';
import { ErrorAlert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Progress } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { fieldLabel, kindLabel, messageIdOf } from '../shared/labels';
import { useLabeller } from '../shared/useLabeller';
import { RecordLink } from './RecordLink';
import './pages.css';

type SealedMode = 'all' | 'none' | 'some';

/** The vault export screen: format, purpose, sealed fields; what consent left out; downloads. */
export function ExportPage() {
  const t = useT();
  const vaultId = vaultIdSchema.safeParse(useParams()['vaultId']);
  usePageTitle(t('records.export.title'));
  if (!vaultId.success) {
    return (
      <div className="page">
        <div className="alert alert-error" role="alert">
          {t('vault.notFound')}
        </div>
      </div>
    );
  }
  return <ExportForm vaultId={vaultId.data} />;
}

const purposeLabel = (t: ReturnType<typeof useT>, purpose: ExportPurpose): string =>
  t(
    purpose === 'backup'
      ? 'records.export.purpose.backup'
      : (messageIdOf(`records.enum.source.consent.${purpose}`) ?? 'records.export.purpose'),
  );

function ExportForm({ vaultId }: { readonly vaultId: VaultId }) {
  const t = useT();
  const l = useLabeller();
  const client = useClient();
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [purpose, setPurpose] = useState<ExportPurpose>('backup');
  const [sealedMode, setSealedMode] = useState<SealedMode>('all');
  const [chosen, setChosen] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const run = useMutation({
    mutationFn: () =>
      client.exports.vault(vaultId, {
        format,
        purpose,
        sealedFields: sealedMode === 'some' ? chosen : sealedMode,
        onProgress: setProgress,
      }),
    onSettled: () => setProgress(null),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate();
  };

  return (
    <div className="page stack-lg">
      <Link to={`/vaults/${vaultId}/records`} className="back-link">
        ← {t('records.page.back')}
      </Link>
      <h1>{t('records.export.title')}</h1>
      <p className="muted">{t('records.export.intro')}</p>
      <form className="card stack" onSubmit={submit}>
        <fieldset className="stack">
          <legend>{t('records.export.format')}</legend>
          {(['json', 'csv'] as const).map((f) => (
            <label className="check" key={f}>
              <input
                type="radio"
                name="format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
                data-testid={`export-format-${f}`}
              />{' '}
              {t(`records.export.format.${f}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="export-purpose">{t('records.export.purpose')}</label>
          <select
            id="export-purpose"
            value={purpose}
            onChange={(e) =>
              setPurpose(EXPORT_PURPOSES.find((p) => p === e.target.value) ?? 'backup')
            }
            data-testid="export-purpose"
          >
            {EXPORT_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {purposeLabel(t, p)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="stack">
          <legend>{t('records.export.sealed')}</legend>
          {(['all', 'none', 'some'] as const).map((m) => (
            <label className="check" key={m}>
              <input
                type="radio"
                name="sealed"
                value={m}
                checked={sealedMode === m}
                onChange={() => setSealedMode(m)}
                data-testid={`export-sealed-${m}`}
              />{' '}
              {t(`records.export.sealed.${m}`)}
            </label>
          ))}
          {sealedMode === 'some' ? (
            <div className="filter-bar">
              {SEALED_FIELD_NAMES.map((name) => {
                const [kindText = '', field = ''] = name.split('.');
                const kind = recordKindSchema.safeParse(kindText);
                if (!kind.success) return null;
                return (
                  <label className="check" key={name}>
                    <input
                      type="checkbox"
                      checked={chosen.includes(name)}
                      onChange={(e) =>
                        setChosen(
                          e.target.checked ? [...chosen, name] : chosen.filter((c) => c !== name),
                        )
                      }
                    />{' '}
                    {kindLabel(l, kind.data)}: {fieldLabel(l, kind.data, field)}
                  </label>
                );
              })}
            </div>
          ) : null}
        </fieldset>
        <div className="actions">
          <Button type="submit" variant="primary" pending={run.isPending} testId="export-submit">
            {t('records.export.submit')}
          </Button>
        </div>
        {progress !== null ? (
          <Progress
            label={t('records.export.progress', { count: progress.done, total: progress.total })}
          />
        ) : null}
        <ErrorAlert error={run.error} />
      </form>
      {run.data ? <ExportResult vaultId={vaultId} result={run.data} /> : null}
    </div>
  );
}

function ExportResult({
  vaultId,
  result,
}: {
  readonly vaultId: VaultId;
  readonly result: VaultExportResult;
}) {
  const t = useT();
  return (
    <section className="card stack" aria-labelledby="export-result-heading">
      <h2 id="export-result-heading">{t('records.export.done', { count: result.files.length })}</h2>
      <ul className="stack" data-testid="export-files">
        {result.files.map((file) => (
          <li key={file.name}>
            <DownloadLink name={file.name} content={file.content} />
          </li>
        ))}
      </ul>
      <h3>{t('records.export.excludedTitle')}</h3>
      {result.excluded.length === 0 ? (
        <p className="muted">{t('records.export.excludedNone')}</p>
      ) : (
        <ExcludedTable vaultId={vaultId} excluded={result.excluded} />
      )}
    </section>
  );
}

/** A download of text made on this device (a blob: URL, revoked when the link goes away). */
function DownloadLink({ name, content }: { readonly name: string; readonly content: string }) {
  const t = useT();
  const url = useMemo(
    () =>
      URL.createObjectURL(
        new Blob([content], { type: name.endsWith('.json') ? 'application/json' : 'text/csv' }),
      ),
    [name, content],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <a className="btn" href={url} download={name} data-testid="export-download">
      {t('records.export.download', { name })}
    </a>
  );
}

function ExcludedTable({
  vaultId,
  excluded,
}: {
  readonly vaultId: VaultId;
  readonly excluded: readonly ExcludedRecord[];
}) {
  const t = useT();
  const l = useLabeller();
  return (
    <table className="table small" data-testid="export-excluded">
      <thead>
        <tr>
          <th scope="col">{t('records.export.colKind')}</th>
          <th scope="col">{t('records.export.colRecord')}</th>
          <th scope="col">{t('records.export.colReason')}</th>
        </tr>
      </thead>
      <tbody>
        {excluded.map((e) => (
          <tr key={`${e.kind}:${e.id}`}>
            <td>{kindLabel(l, e.kind)}</td>
            <td>
              <RecordLink vaultId={vaultId} target={e.kind} id={e.id} />
            </td>
            <td>
              {t(messageIdOf(`records.export.reason.${e.reason}`) ?? 'records.export.colReason')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
