import { fieldClassOf, fieldsOf, getVocabulary, termLabel } from '@vigil/core';
import { useState, type FormEvent } from 'react';
import { FacilityPicker } from '../form/FacilityPicker';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { useLabeller } from '../shared/useLabeller';
import type { RecordFilter, RecordSort } from './filter-types';
import {
  FILTER_VOCABS,
  FILTERS_BY_KIND,
  hasFilter,
  hasMainDate,
  isDay,
  isFacilityId,
  isRegion,
  SORTS,
  type ListQuery,
} from './filters';

/**
 * Group codes the server can filter on: those of the person's coded group fields. Sensitive
 * groups are sealed by default (DATA-MODEL.md), so offering them would only ever find nothing.
 */
const CODED_GROUPS: ReadonlySet<string> = new Set(
  fieldsOf('person').flatMap(([name, spec]) =>
    spec.vocab === 'groups-at-risk' && fieldClassOf('person', spec, name) === 'coded'
      ? (spec.terms ?? [])
      : [],
  ),
);

type Draft = {
  from: string;
  to: string;
  facility: string;
  region: string;
  methods: string[];
  agencies: string[];
  groups: string[];
  sort: RecordSort;
};

const draftOf = (query: ListQuery): Draft => ({
  from: query.filter.from ?? '',
  to: query.filter.to ?? '',
  facility: query.filter.facility ?? '',
  region: query.filter.region ?? '',
  methods: query.filter.methods ?? [],
  agencies: query.filter.agencies ?? [],
  groups: query.filter.groups ?? [],
  sort: query.sort,
});

/** The coded filters that apply to the kind, and the sort; applied to the address on submit. */
export function FilterBar({
  query,
  onApply,
}: {
  readonly query: ListQuery;
  readonly onApply: (next: ListQuery) => void;
}) {
  const t = useT();
  const l = useLabeller();
  const allowed = FILTERS_BY_KIND[query.kind];
  const [draft, setDraft] = useState<Draft>(() => draftOf(query));
  const [shownFor, setShownFor] = useState(query);
  if (shownFor !== query) {
    // The address changed (back button, kind switch): show what it says.
    setShownFor(query);
    setDraft(draftOf(query));
  }
  const errors = {
    from: draft.from !== '' && !isDay(draft.from) ? t('records.filter.badDate') : null,
    to: draft.to !== '' && !isDay(draft.to) ? t('records.filter.badDate') : null,
    facility:
      draft.facility !== '' && !isFacilityId(draft.facility.trim().toLowerCase())
        ? t('records.filter.badFacility')
        : null,
    region:
      draft.region !== '' && !isRegion(draft.region.trim().toUpperCase())
        ? t('records.filter.badRegion')
        : null,
  };
  const [tried, setTried] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.values(errors).some((e) => e !== null)) return;
    const filter: { -readonly [K in keyof RecordFilter]: RecordFilter[K] } = {};
    if (allowed.includes('from') && draft.from !== '') filter.from = draft.from;
    if (allowed.includes('to') && draft.to !== '') filter.to = draft.to;
    if (allowed.includes('facility') && draft.facility !== '') {
      filter.facility = draft.facility.trim().toLowerCase();
    }
    if (allowed.includes('region') && draft.region !== '') {
      filter.region = draft.region.trim().toUpperCase();
    }
    for (const key of ['methods', 'agencies', 'groups'] as const) {
      if (allowed.includes(key) && draft[key].length > 0) filter[key] = draft[key];
    }
    onApply({ ...query, filter, sort: draft.sort });
  };

  const sorts = SORTS.filter((s) => hasMainDate(query.kind) || !s.endsWith('date'));
  const codeSelect = (key: 'methods' | 'agencies' | 'groups') => {
    const vocab = getVocabulary(FILTER_VOCABS[key]);
    const terms = (vocab?.terms ?? []).filter(
      (term) => term.retired !== true && (key !== 'groups' || CODED_GROUPS.has(term.code)),
    );
    return (
      <div className="field" key={key}>
        <label htmlFor={`filter-${key}`}>{t(`records.filter.${key}`)}</label>
        <select
          id={`filter-${key}`}
          multiple
          value={draft[key]}
          onChange={(e) =>
            setDraft({ ...draft, [key]: [...e.target.selectedOptions].map((o) => o.value) })
          }
          data-testid={`filter-${key}`}
        >
          {terms.map((term) => (
            <option key={term.code} value={term.code}>
              {'\u2003'.repeat(Math.max(0, (term.level ?? 1) - 1))}
              {termLabel(term, l.locale)}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const textField = (key: 'from' | 'to' | 'region', type: 'date' | 'text', hint?: string) => (
    <div className="field" key={key}>
      <label htmlFor={`filter-${key}`}>{t(`records.filter.${key}`)}</label>
      <input
        id={`filter-${key}`}
        type={type}
        value={draft[key]}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        aria-invalid={tried && errors[key] !== null ? true : undefined}
        aria-describedby={tried && errors[key] !== null ? `filter-${key}-error` : undefined}
        data-testid={`filter-${key}`}
        autoComplete="off"
        spellCheck={false}
        placeholder={hint}
      />
      {tried && errors[key] !== null ? (
        <div className="field-error" id={`filter-${key}-error`}>
          {errors[key]}
        </div>
      ) : null}
    </div>
  );

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="filters-heading" noValidate>
      <h3 id="filters-heading">{t('records.filter.title')}</h3>
      <div className="filter-bar">
        {allowed.includes('from') ? textField('from', 'date') : null}
        {allowed.includes('to') ? textField('to', 'date') : null}
        {allowed.includes('facility') ? (
          <div className="field" key="facility">
            <label htmlFor="filter-facility">{t('records.filter.facility')}</label>
            <FacilityPicker
              id="filter-facility"
              value={draft.facility}
              onChange={(facility) => setDraft({ ...draft, facility })}
              describedBy={tried && errors.facility !== null ? 'filter-facility-error' : ''}
              invalid={tried && errors.facility !== null}
              testId="filter-facility"
            />
            {tried && errors.facility !== null ? (
              <div className="field-error" id="filter-facility-error">
                {errors.facility}
              </div>
            ) : null}
          </div>
        ) : null}
        {allowed.includes('region') ? textField('region', 'text', 'RU-MOS') : null}
        {allowed.includes('methods') ? codeSelect('methods') : null}
        {allowed.includes('agencies') ? codeSelect('agencies') : null}
        {allowed.includes('groups') ? codeSelect('groups') : null}
        <div className="field">
          <label htmlFor="filter-sort">{t('records.filter.sort')}</label>
          <select
            id="filter-sort"
            value={draft.sort}
            onChange={(e) =>
              setDraft({ ...draft, sort: sorts.find((s) => s === e.target.value) ?? 'created' })
            }
            data-testid="filter-sort"
          >
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`records.filter.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="actions">
        <Button type="submit" variant="primary" testId="filter-apply">
          {t('records.filter.apply')}
        </Button>
        {hasFilter(query.filter) || query.sort !== 'created' ? (
          <Button
            onClick={() => onApply({ ...query, filter: {}, sort: 'created' })}
            testId="filter-clear"
          >
            {t('records.filter.clear')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
