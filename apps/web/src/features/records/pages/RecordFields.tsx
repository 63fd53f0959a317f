import { fieldClassOf, fieldsOf, type FieldSpec, type RecordKind, type VaultId } from '@vigil/core';
import { useT } from '../../../app/i18n/LocaleProvider';
import { fieldLabel, formatValue, valuesOf } from '../shared/labels';
import { useLabeller } from '../shared/useLabeller';
import { RecordLink } from './RecordLink';

/** A small mark on encrypted fields, with its meaning for screen readers and on hover. */
export function SealedMark() {
  const t = useT();
  return (
    <span className="sealed-mark" title={t('records.page.sealedHint')}>
      <svg
        aria-hidden="true"
        focusable="false"
        width="10"
        height="12"
        viewBox="0 0 10 12"
        className="lock-icon"
      >
        <path
          d="M2.5 5V3.5a2.5 2.5 0 0 1 5 0V5"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
        />
        <rect x="1" y="5" width="8" height="6.5" rx="1.2" fill="currentColor" />
      </svg>{' '}
      {t('records.page.sealed')}
    </span>
  );
}

/** The values of one field: relation ids as links, everything else labelled in the user's language. */
export function FieldValues({
  vaultId,
  kind,
  name,
  spec,
  value,
}: {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  readonly name: string;
  readonly spec: FieldSpec;
  readonly value: unknown;
}) {
  const l = useLabeller();
  const values = valuesOf(value);
  const render = (v: unknown) =>
    spec.type === 'relation' && spec.relation !== undefined && typeof v === 'string' ? (
      <RecordLink vaultId={vaultId} target={spec.relation} id={v} />
    ) : (
      formatValue(l, kind, name, spec, v)
    );
  if (values.length === 1) return <>{render(values[0])}</>;
  return (
    <ul>
      {values.map((v, i) => (
        <li key={i}>{render(v)}</li>
      ))}
    </ul>
  );
}

/** Every recorded field of a record, in table order, labelled; sealed ones marked. */
export function RecordFields({
  vaultId,
  kind,
  data,
}: {
  readonly vaultId: VaultId;
  readonly kind: RecordKind;
  readonly data: Readonly<Record<string, unknown>>;
}) {
  const l = useLabeller();
  const present = fieldsOf(kind).filter(([name]) => valuesOf(data[name]).length > 0);
  return (
    <dl className="record-fields" data-testid="record-fields">
      {present.map(([name, spec]) => (
        <div key={name} style={{ display: 'contents' }} data-field={name}>
          <dt>
            {fieldLabel(l, kind, name)}
            {fieldClassOf(kind, spec, name) === 'sealed' ? <SealedMark /> : null}
          </dt>
          <dd>
            <FieldValues vaultId={vaultId} kind={kind} name={name} spec={spec} value={data[name]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
