import type { RecordView } from '@vigil/client';
import type { RecordKind, VaultId } from '@vigil/core';
import { useQuery } from '@tanstack/react-query';
import { nameTokens } from '@vigil/core';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useClient } from '../../../app/session';
import { Combobox } from './Combobox';
import { recordOptions } from './relations';
import { useFormLocale, useFormText } from './text';

/** The picker lists at most this many records of a kind (the server's largest page). */
const PICKER_LIMIT = 1000;
/** Name lookup waits for typing to pause this long. */
const LOOKUP_DELAY_MS = 300;

/** Query keys of the form's own reads, under the vault's `records` key so saves refresh them. */
export const formQueryKeys = {
  all: (vaultId: VaultId) => ['records', vaultId] as const,
  options: (vaultId: VaultId, kind: RecordKind) => ['records', vaultId, 'picker', kind] as const,
  record: (vaultId: VaultId, id: string) => ['records', vaultId, 'form', id] as const,
};

/**
 * Picks records of one kind: the vault's records are listed and opened on this device, then
 * searched here by name or label, so no name is ever sent to the server to search.
 */
export function RelationPicker({
  id,
  vaultId,
  target,
  value,
  multi,
  onChange,
  describedBy,
  invalid,
}: {
  readonly id: string;
  readonly vaultId: VaultId;
  readonly target: RecordKind;
  readonly value: readonly string[];
  readonly multi: boolean;
  readonly onChange: (value: string[]) => void;
  readonly describedBy: string;
  readonly invalid: boolean;
}) {
  const t = useT();
  const tx = useFormText();
  const locale = useFormLocale();
  const client = useClient();
  const records = useQuery({
    queryKey: formQueryKeys.options(vaultId, target),
    queryFn: () => client.records.list(vaultId, target, { limit: PICKER_LIMIT }),
  });
  // People beyond the listed page are found by their whole name through blind indexes (name
  // lookup needs whole words: a first and last name, or two of three), never sent in clear.
  const [typed, setTyped] = useState('');
  const [lookup, setLookup] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setLookup(typed.trim()), LOOKUP_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: [...formQueryKeys.options(vaultId, target), 'lookup', lookup],
    queryFn: () => client.records.findPeople(vaultId, lookup, { limit: 20 }),
    enabled: target === 'person' && nameTokens(lookup).length >= 2,
  });
  const views = useMemo(() => {
    // A page of one kind: each view's `kind` is that kind, whatever the union says.
    const listed = (records.data?.records ?? []) as readonly RecordView[];
    const known = new Set(listed.map((v) => v.id));
    const extra = (found.data ?? []).map((m) => m.record).filter((r) => !known.has(r.id));
    return [...listed, ...extra];
  }, [records.data, found.data]);
  const options = useMemo(
    () =>
      recordOptions(
        views,
        locale,
        (short) => t('form.relation.unnamed', { name: short }),
        (field, v) => tx(`form.enum.${field}.${v}`, v),
      ),
    [views, locale, t, tx],
  );
  const status = records.isPending
    ? t('form.relation.loading')
    : records.isError
      ? t('form.relation.failed')
      : undefined;
  return (
    <Combobox
      id={id}
      options={options}
      value={value}
      multi={multi}
      onChange={onChange}
      describedBy={describedBy}
      invalid={invalid}
      {...(status === undefined ? {} : { status })}
      testId={`relation-${target}`}
      onQueryChange={setTyped}
    />
  );
}
