import type { RecordView } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { useClient } from '../../../app/session';
import { ErrorAlert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { RecordTable } from './RecordTable';

/**
 * Finds people by name through blind indexes (`client.records.findPeople`). What is typed stays in
 * this component: never in the address, never in the query cache.
 */
export function NameSearch({
  vaultId,
  onActive,
}: {
  readonly vaultId: VaultId;
  /** Told whether results are shown, so the list can step aside. */
  readonly onActive: (active: boolean) => void;
}) {
  const t = useT();
  const client = useClient();
  const id = useId();
  const [name, setName] = useState('');
  const find = useMutation({
    mutationFn: (text: string) => client.records.findPeople(vaultId, text, { limit: 50 }),
    onSuccess: () => onActive(true),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    find.mutate(name.trim());
  };
  const clear = () => {
    setName('');
    find.reset();
    onActive(false);
  };
  const results: RecordView[] = (find.data ?? []).map((r) => r.record);
  return (
    <section className="stack" aria-labelledby={`${id}-label`}>
      <form className="form form-row" onSubmit={submit} role="search">
        <div className="field grow">
          <label id={`${id}-label`} htmlFor={id}>
            {t('records.search.name')}
          </label>
          <input
            id={id}
            type="search"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            data-testid="people-search"
          />
          <div className="field-hint" id={`${id}-hint`}>
            {t('records.search.nameHint')}
          </div>
        </div>
        <div className="field-submit">
          <Button type="submit" pending={find.isPending} testId="people-search-submit">
            {t('records.search.nameSubmit')}
          </Button>
        </div>
      </form>
      <ErrorAlert error={find.error} />
      {find.data !== undefined ? (
        <div className="stack" data-testid="people-results">
          <p role="status">{t('records.search.nameResults', { count: results.length })}</p>
          {results.length > 0 ? <RecordTable vaultId={vaultId} records={results} /> : null}
          <div>
            <Button onClick={clear}>{t('records.search.nameClear')}</Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** A free-text box over the records already loaded; searched on this device only. */
export function TextSearchBox({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="field" role="search">
      <label htmlFor={id}>{t('records.search.text')}</label>
      <input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        data-testid="text-search"
      />
      <div className="field-hint" id={`${id}-hint`}>
        {t('records.search.textHint')}
      </div>
    </div>
  );
}
