import { useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { searchGroups } from './model/clusters';
import { displayName, type PersonCard } from './model/people';
import { PersonTable } from './PersonTable';

/** The most clusters a list shows at once. */
const SHOWN = 100;
/** The most clusters offered to merge with. */
const MERGE_SHOWN = 20;

const namesOf =
  (cardOf: (id: string) => PersonCard | undefined) =>
  (id: string): readonly string[] => {
    const c = cardOf(id);
    return c === undefined ? [] : [...c.names, ...c.namesAsWritten, ...c.aliases];
  };

/**
 * The clusters of more than one record, searchable by name (a search finds single records too);
 * one opened shows its records side by
 * side, with "Split this record out" under each and "Merge with…" another cluster (any cluster,
 * a single record too, found by name). Both store decisions and link again.
 */
export function Clusters({
  vaultId,
  groups,
  cardOf,
  mayWrite,
  busy,
  onSplit,
  onMerge,
}: {
  readonly vaultId: string;
  readonly groups: readonly (readonly string[])[];
  readonly cardOf: (id: string) => PersonCard | undefined;
  readonly mayWrite: boolean;
  readonly busy: boolean;
  readonly onSplit: (record: string, cluster: readonly string[]) => void;
  readonly onMerge: (cluster: readonly string[], other: readonly string[]) => void;
}) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [openFirst, setOpenFirst] = useState<string | null>(null);
  const [mergeQuery, setMergeQuery] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const names = useMemo(() => namesOf(cardOf), [cardOf]);
  // Without a query: the clusters of several records. A search finds single records too, so
  // two records the model never paired can be opened and merged.
  const searching = query.trim() !== '';
  const found = useMemo(
    () => searchGroups(groups, names, query, searching ? 1 : 2),
    [groups, names, query, searching],
  );
  const multi = useMemo(() => groups.filter((g) => g.length > 1).length, [groups]);
  // A cluster is found again by any of its records, so it stays open when its numbers change.
  const open = openFirst === null ? undefined : groups.find((g) => g.includes(openFirst));
  const mergeCandidates = useMemo(() => {
    if (open === undefined || mergeQuery.trim() === '') return [];
    const others = groups.filter((g) => g !== open);
    return searchGroups(others, names, mergeQuery, 1).slice(0, MERGE_SHOWN);
  }, [groups, names, mergeQuery, open]);

  const label = (g: readonly string[]) =>
    [...new Set(g.map((r) => displayName(cardOf(r)) ?? t('linkage.unnamed')))].join(' · ');

  const openCluster = (first: string) => {
    setOpenFirst(first);
    setMergeQuery('');
    requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="linkage-clusters">
      <div>
        <h2 id={`${id}-title`}>{t('linkage.clusters.title')}</h2>
        <p className="muted small">{t('linkage.clusters.hint')}</p>
      </div>
      {open !== undefined ? (
        <div className="stack lk-cluster" data-testid="linkage-cluster">
          <div className="lk-cluster-head">
            <h3 ref={heading} tabIndex={-1}>
              {label(open)}{' '}
              <span className="muted small">
                {t('linkage.clusters.records', { count: open.length })}
              </span>
            </h3>
            <Button
              variant="quiet"
              onClick={() => setOpenFirst(null)}
              testId="linkage-cluster-close"
            >
              {t('linkage.clusters.close')}
            </Button>
          </div>
          <PersonTable
            vaultId={vaultId}
            cards={open.map(cardOf)}
            headings={open.map((_, i) => `${i + 1}`)}
            testId="linkage-cluster-table"
            {...(mayWrite && open.length > 1
              ? {
                  actions: (card: PersonCard) => (
                    <Button
                      variant="secondary"
                      disabled={busy}
                      onClick={() => {
                        const rest = open.find((r) => r !== card.id);
                        onSplit(card.id, open);
                        if (rest !== undefined) setOpenFirst(rest);
                      }}
                      testId="linkage-split"
                    >
                      {t('linkage.clusters.split')}
                    </Button>
                  ),
                }
              : {})}
          />
          {mayWrite ? (
            <div className="stack">
              <div className="field">
                <label htmlFor={`${id}-merge`}>{t('linkage.clusters.mergeWith')}</label>
                <input
                  id={`${id}-merge`}
                  type="search"
                  value={mergeQuery}
                  onChange={(e) => setMergeQuery(e.target.value)}
                  placeholder={t('linkage.clusters.search')}
                  data-testid="linkage-merge-search"
                />
              </div>
              {mergeCandidates.length > 0 ? (
                <ul className="lk-list">
                  {mergeCandidates.map((g) => (
                    <li key={g[0]}>
                      <span>
                        {label(g)}{' '}
                        <span className="muted small">
                          {t('linkage.clusters.records', { count: g.length })}
                        </span>
                      </span>
                      <Button
                        disabled={busy}
                        onClick={() => onMerge(open, g)}
                        testId="linkage-merge"
                      >
                        {t('linkage.clusters.merge')}
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : mergeQuery.trim() !== '' ? (
                <p className="muted small">{t('linkage.clusters.noMatch')}</p>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('linkage.clusters.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-search-hint`}
          data-testid="linkage-cluster-search"
        />
        <p id={`${id}-search-hint`} className="muted small">
          {t('linkage.clusters.searchHint')}
        </p>
      </div>
      {!searching && multi === 0 ? (
        <p className="muted" data-testid="linkage-clusters-none">
          {t('linkage.clusters.none')}
        </p>
      ) : found.length === 0 ? (
        <p className="muted">{t('linkage.clusters.noMatch')}</p>
      ) : (
        <ul className="lk-list" data-testid="linkage-cluster-list">
          {found.slice(0, SHOWN).map((g) => (
            <li key={g[0]}>
              <button
                type="button"
                className="lk-link-button"
                aria-expanded={open === g}
                onClick={() => openCluster(g[0] ?? '')}
                data-testid="linkage-cluster-item"
              >
                {label(g)}
              </button>
              <span className="muted small">
                {t('linkage.clusters.records', { count: g.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {found.length > SHOWN ? (
        <p className="muted small">{t('linkage.clusters.more', { count: found.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}
