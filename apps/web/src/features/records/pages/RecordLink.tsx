import type { RecordView } from '@vigil/client';
import { RECORD_KINDS, type RelationTarget, type VaultId } from '@vigil/core';
import { Link } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { FacilityLink } from '../../facilities/FacilityLink';
import { summaryParts, summaryPeople, summaryText } from '../shared/display';
import { kindLabel } from '../shared/labels';
import { usePeopleNames, useRecord } from '../shared/queries';
import { useLabeller } from '../shared/useLabeller';

const isRecordKind = (target: RelationTarget): target is (typeof RECORD_KINDS)[number] =>
  (RECORD_KINDS as readonly string[]).includes(target);

/**
 * A link to a related record, named by its summary once opened; a facility by its name in the
 * register (linked to its page); evidence by id.
 */
export function RecordLink({
  vaultId,
  target,
  id,
}: {
  readonly vaultId: VaultId;
  readonly target: RelationTarget;
  readonly id: string;
}) {
  if (target === 'facility') return <FacilityLink id={id} />;
  if (!isRecordKind(target)) return <code>{id}</code>;
  return <OpenedRecordLink vaultId={vaultId} id={id} />;
}

function OpenedRecordLink({ vaultId, id }: { readonly vaultId: VaultId; readonly id: string }) {
  const t = useT();
  const record = useRecord(vaultId, id);
  if (record.isError) {
    return (
      <span className="muted">
        <code>{id}</code> ({t('records.relations.missing')})
      </span>
    );
  }
  if (record.data === undefined) return <span className="muted">{t('app.loading')}</span>;
  return <SummaryLink vaultId={vaultId} record={record.data} withKind={false} />;
}

/** A link to an opened record, named by its one-line summary (optionally prefixed by its kind). */
export function SummaryLink({
  vaultId,
  record,
  withKind,
}: {
  readonly vaultId: VaultId;
  readonly record: RecordView;
  readonly withKind: boolean;
}) {
  const l = useLabeller();
  const parts = summaryParts(l, record);
  const nameOf = usePeopleNames(vaultId, summaryPeople(parts));
  const text = summaryText(l, record, parts, nameOf);
  return (
    <Link to={`/vaults/${vaultId}/records/${record.id}`} data-testid="related-link">
      {withKind ? `${kindLabel(l, record.kind)}: ${text}` : text}
    </Link>
  );
}
