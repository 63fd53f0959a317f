import { searchRecordText, type RecordView } from '@vigil/client';
import { can, RECORD_KINDS, type RecordKind, type Role, type VaultId } from '@vigil/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { kindsLabel, messageIdOf } from '../shared/labels';
import { useRecordList } from '../shared/queries';
import { useLabeller } from '../shared/useLabeller';
import { FilterBar } from './FilterBar';
import {
  FILTERS_BY_KIND,
  hasFilter,
  hasMainDate,
  listQueryToParams,
  parseListQuery,
  type ListQuery,
} from './filters';
import { NameSearch, TextSearchBox } from './NameSearch';
import { RecordTable } from './RecordTable';
import './pages.css';

/** The vault's Records tab: one list per kind, chosen by `?kind=`, with paging and filters. */
export function RecordsTab({
  vaultId,
  myRole,
}: {
  readonly vaultId: VaultId;
  readonly myRole: Role;
}) {
  const t = useT();
  const l = useLabeller();
  const [params, setParams] = useSearchParams();
  const { query, dropped } = parseListQuery(params);
  const update = (next: ListQuery) => setParams(listQueryToParams(next), { replace: false });
  const mayWrite = can(myRole, 'records.write');

  return (
    <div className="stack-lg">
      <nav className="kind-switcher" aria-label={t('records.list.kindSwitcher')}>
        {RECORD_KINDS.map((kind) => (
          <Link
            key={kind}
            to={`?${listQueryToParams({ kind, showDeleted: query.showDeleted, sort: 'created', filter: {} }).toString()}`}
            className={kind === query.kind ? 'kind-link active' : 'kind-link'}
            aria-current={kind === query.kind ? 'page' : undefined}
            data-testid={`kind-${kind}`}
          >
            {kindsLabel(l, kind)}
          </Link>
        ))}
      </nav>
      <div className="page-head">
        <h2 id="records-heading">{kindsLabel(l, query.kind)}</h2>
        <div className="actions">
          {mayWrite ? (
            <Link
              className="btn btn-primary"
              to={`/vaults/${vaultId}/records/new/${query.kind}`}
              data-testid="record-new"
            >
              {t(newMessage(query.kind))}
            </Link>
          ) : null}
          {mayWrite ? (
            <Link
              className="btn"
              to={`/vaults/${vaultId}/records/import`}
              data-testid="records-import"
            >
              {t('records.io.import')}
            </Link>
          ) : null}
          <Link
            className="btn"
            to={`/vaults/${vaultId}/records/export`}
            data-testid="records-export"
          >
            {t('records.io.export')}
          </Link>
        </div>
      </div>
      {dropped.length > 0 ? <Notice kind="warning">{t('records.filter.invalid')}</Notice> : null}
      {FILTERS_BY_KIND[query.kind].length > 0 || hasMainDate(query.kind) ? (
        <FilterBar query={query} onApply={update} />
      ) : null}
      <label className="check">
        <input
          type="checkbox"
          checked={query.showDeleted}
          onChange={(e) => update({ ...query, showDeleted: e.target.checked })}
          data-testid="records-show-deleted"
        />{' '}
        {t('records.list.showDeleted')}
      </label>
      <RecordList
        key={query.kind}
        vaultId={vaultId}
        query={query}
        mayWrite={mayWrite}
        onClear={() => update({ ...query, filter: {}, sort: 'created' })}
      />
    </div>
  );
}

const newMessage = (kind: RecordKind) => messageIdOf(`records.new.${kind}`) ?? 'records.list.title';

function RecordList({
  vaultId,
  query,
  mayWrite,
  onClear,
}: {
  readonly vaultId: VaultId;
  readonly query: ListQuery;
  readonly mayWrite: boolean;
  readonly onClear: () => void;
}) {
  const [text, setText] = useState('');
  const [nameActive, setNameActive] = useState(false);
  const list = useRecordList(vaultId, query.kind, {
    deleted: query.showDeleted ? 'include' : 'exclude',
    filter: query.filter,
    sort: query.sort,
  });
  // The name search keeps one place in the tree, so its results survive hiding the list.
  const nameSearch =
    query.kind === 'person' ? <NameSearch vaultId={vaultId} onActive={setNameActive} /> : null;
  return (
    <>
      {nameSearch}
      {nameActive ? null : (
        <ListBody
          vaultId={vaultId}
          query={query}
          mayWrite={mayWrite}
          onClear={onClear}
          list={list}
          text={text}
          setText={setText}
        />
      )}
    </>
  );
}

function ListBody({
  vaultId,
  query,
  mayWrite,
  onClear,
  list,
  text,
  setText,
}: {
  readonly vaultId: VaultId;
  readonly query: ListQuery;
  readonly mayWrite: boolean;
  readonly onClear: () => void;
  readonly list: ReturnType<typeof useRecordList>;
  readonly text: string;
  readonly setText: (text: string) => void;
}) {
  const t = useT();
  const filtered = hasFilter(query.filter);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  // Pages of one kind hold views of that kind; the union view type says the same.
  const records = list.data.pages.flatMap((page) => page.records) as RecordView[];
  if (records.length === 0 && filtered) {
    return (
      <EmptyState
        title={t('records.list.noMatchTitle')}
        action={<Button onClick={onClear}>{t('records.filter.clear')}</Button>}
      >
        {t('records.list.noMatch')}
      </EmptyState>
    );
  }
  if (records.length === 0) {
    return (
      <EmptyState
        title={t('records.list.emptyTitle')}
        action={
          mayWrite ? (
            <Link className="btn btn-primary" to={`/vaults/${vaultId}/records/new/${query.kind}`}>
              {t(newMessage(query.kind))}
            </Link>
          ) : undefined
        }
      >
        {t(messageIdOf(`records.empty.${query.kind}`) ?? 'records.list.emptyTitle')}
      </EmptyState>
    );
  }
  const shown = text.trim() === '' ? records : searchRecordText(records, text);
  return (
    <section aria-labelledby="records-heading" className="stack">
      <TextSearchBox value={text} onChange={setText} />
      <p className="muted" role="status">
        {t('records.list.count', { count: shown.length })}
      </p>
      {shown.length > 0 ? (
        <RecordTable vaultId={vaultId} records={shown} />
      ) : (
        <p>{t('records.list.noMatch')}</p>
      )}
      {list.hasNextPage ? (
        <div>
          <Button
            pending={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
            testId="records-load-more"
          >
            {t('records.list.loadMore')}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
