import type { RecordVersionView } from '@vigil/client';
import { fieldClassOf, fieldsOf, type RecordKind, type VaultId } from '@vigil/core';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { messageIdOf, fieldLabel, valuesOf } from '../shared/labels';
import { useRecordHistory } from '../shared/queries';
import { useLabeller } from '../shared/useLabeller';
import { diffRecordData } from './diff';
import { FieldValues, SealedMark } from './RecordFields';

/** Every version of a record, newest first: what changed, who changed it and when. */
export function HistorySection({
  vaultId,
  id,
  kind,
  nameOf,
}: {
  readonly vaultId: VaultId;
  readonly id: string;
  readonly kind: RecordKind;
  /** The name shown for an account (an e-mail opened on this device, "you", or a former member). */
  readonly nameOf: (accountId: string) => string;
}) {
  const t = useT();
  const history = useRecordHistory(vaultId, id);
  return (
    <section className="card stack history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('records.history.title')}</h2>
      <p className="muted small">{t('records.history.intro')}</p>
      {history.isPending ? <Loading /> : null}
      <ErrorAlert error={history.error} />
      {history.data ? (
        <ol reversed className="history-list" data-testid="history">
          {[...history.data.versions]
            .map((version, i, all) => ({ version, previous: all[i - 1] }))
            .reverse()
            .map(({ version, previous }) => (
              <HistoryEntry
                key={version.version}
                vaultId={vaultId}
                kind={kind}
                version={version}
                previous={previous}
                who={nameOf(version.changedBy)}
              />
            ))}
        </ol>
      ) : null}
    </section>
  );
}

function HistoryEntry({
  vaultId,
  kind,
  version,
  previous,
  who,
}: {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  readonly version: RecordVersionView<RecordKind>;
  readonly previous: RecordVersionView<RecordKind> | undefined;
  readonly who: string;
}) {
  const t = useT();
  const l = useLabeller();
  const changes = diffRecordData(
    kind,
    previous?.data as Readonly<Record<string, unknown>> | undefined,
    version.data as Readonly<Record<string, unknown>>,
  );
  const specs = new Map(fieldsOf(kind));
  const change = t(
    messageIdOf(`records.history.change.${version.change}`) ?? 'records.history.title',
  );
  return (
    <li className="history-entry" data-testid="history-entry">
      <h3>{t('records.history.entry', { seq: version.version, reason: change })}</h3>
      <p className="muted small">
        {t('records.history.by', { date: new Date(version.changedAt), name: who })}
      </p>
      {changes.length === 0 ? (
        version.change === 'update' ? (
          <p className="small">{t('records.history.noFieldChanges')}</p>
        ) : null
      ) : (
        <table className="table small" data-testid="history-diff">
          <thead>
            <tr>
              <th scope="col">{t('records.history.colField')}</th>
              {previous !== undefined ? (
                <th scope="col">{t('records.history.colBefore')}</th>
              ) : null}
              <th scope="col">{t('records.history.colAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map(({ field, before, after }) => {
              const spec = specs.get(field as never);
              const show = (value: unknown, className: string) =>
                spec === undefined || valuesOf(value).length === 0 ? (
                  <span className="muted">{t('records.page.empty')}</span>
                ) : (
                  <span className={className}>
                    <FieldValues
                      vaultId={vaultId}
                      kind={kind}
                      name={field}
                      spec={spec}
                      value={value}
                    />
                  </span>
                );
              return (
                <tr key={field}>
                  <th scope="row">
                    {fieldLabel(l, kind, field)}
                    {spec !== undefined && fieldClassOf(kind, spec, field) === 'sealed' ? (
                      <SealedMark />
                    ) : null}
                  </th>
                  {previous !== undefined ? <td>{show(before, 'diff-before')}</td> : null}
                  <td>{show(after, 'diff-after')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </li>
  );
}
