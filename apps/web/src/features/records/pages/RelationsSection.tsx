import type { RecordView } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import type { ReactNode } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Loading } from '../../../ui/Loading';
import { fieldLabel } from '../shared/labels';
import { useLinkedRecords } from '../shared/queries';
import { outgoingLinks } from '../shared/relations';
import { useLabeller } from '../shared/useLabeller';
import { RecordLink, SummaryLink } from './RecordLink';

/**
 * Related records both ways: what this record names (an incident's victim, sources,
 * perpetrators) and what names it (a person's detentions, incidents, sources, findings…), then
 * `actions` (e.g. "Add a finding" on a report).
 */
export function RelationsSection({
  vaultId,
  record,
  actions,
}: {
  readonly vaultId: VaultId;
  readonly record: RecordView;
  readonly actions?: ReactNode;
}) {
  const t = useT();
  const l = useLabeller();
  const outgoing = outgoingLinks(record);
  const incoming = useLinkedRecords(vaultId, record.kind, record.id);
  const naming = (incoming.data ?? []).filter((r) => !r.record.deleted);
  return (
    <section className="card stack relations" aria-labelledby="relations-heading">
      <h2 id="relations-heading">{t('records.relations.title')}</h2>
      {outgoing.length > 0 ? (
        <div>
          <h3>{t('records.relations.outgoing')}</h3>
          <ul data-testid="relations-outgoing">
            {outgoing.map(({ field, target, id }) => (
              <li key={`${field}:${id}`}>
                {fieldLabel(l, record.kind, field)}:{' '}
                <RecordLink vaultId={vaultId} target={target} id={id} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {incoming.isPending ? <Loading /> : null}
      <ErrorAlert error={incoming.error} />
      {naming.length > 0 ? (
        <div>
          <h3>{t('records.relations.incoming')}</h3>
          <ul data-testid="relations-incoming">
            {naming.map(({ field, record: other }) => (
              <li key={`${other.id}:${field}`}>
                <SummaryLink vaultId={vaultId} record={other} withKind />{' '}
                <span className="muted small">({fieldLabel(l, other.kind, field)})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {outgoing.length === 0 && incoming.isSuccess && naming.length === 0 ? (
        <p className="muted">{t('records.relations.none')}</p>
      ) : null}
      {actions}
    </section>
  );
}
