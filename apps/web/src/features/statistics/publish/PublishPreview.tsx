import type { PublicationResponse, StatDimension } from '@vigil/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Notice } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { useLabeller } from '../../records/shared/useLabeller';
import { saveBlob } from '../download';
import { dimensionLabel } from '../model/labels';
import {
  previewOf,
  zipName,
  zipOf,
  type PreviewTable,
  type WithheldWhat,
  type WithheldWhy,
} from '../model/publish';

/** The server's publication, the site made of it, and the day it was made. */
export interface Prepared {
  readonly publication: PublicationResponse;
  readonly files: ReadonlyMap<string, string>;
  readonly day: string;
}

/**
 * What the site will show, before anything is downloaded: the tables with their categories and
 * what was merged, suppressed or left out; the tables withheld and why; the files of the ZIP.
 * With nothing to show, it says so and offers no download. Focus moves to its heading.
 */
export function PublishPreview({
  prepared,
  onBack,
  onClose,
}: {
  readonly prepared: Prepared;
  readonly onBack: () => void;
  readonly onClose: () => void;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const { publication, files, day } = prepared;
  const preview = previewOf(publication);
  const k = publication.k;
  const dims = (ds: readonly StatDimension[]) => ds.map((d) => dimensionLabel(l, d));

  const tableTitle = (table: PreviewTable): string => {
    const [first, second] = dims(table.dimensions);
    return second === undefined
      ? t('statistics.publish.table.one', { name: first ?? '' })
      : t('statistics.publish.table.two', { name: first ?? '', value: second });
  };
  const tableFacts = (table: PreviewTable): string =>
    (table.kind === 'cross'
      ? [
          t('statistics.publish.cells', { count: table.cells }),
          ...(table.suppressed > 0
            ? [t('statistics.publish.suppressed', { count: table.suppressed })]
            : []),
        ]
      : [
          t('statistics.publish.categories', { count: table.categories }),
          ...(table.kind === 'series' && table.merged > 0
            ? [t('statistics.publish.merged', { count: table.merged })]
            : []),
          ...(table.kind === 'list' && table.hidden > 0
            ? [t('statistics.publish.hidden', { count: table.hidden, threshold: k })]
            : []),
        ]
    ).join('; ');
  const whatText = (what: WithheldWhat): string => {
    if (what.kind === 'everything') return t('statistics.publish.everything');
    if (what.kind === 'text') return what.text;
    return dims(what.dimensions).join(' × ');
  };
  const whyText = (why: WithheldWhy): string => {
    if (why.kind === 'too-few') return t('statistics.publish.why.tooFew', { threshold: k });
    if (why.kind === 'margin') return t('statistics.publish.why.margin');
    if (why.kind === 'audit') return t('statistics.publish.why.audit');
    return why.text;
  };

  const download = () => {
    setFailed(false);
    try {
      const name = zipName(day);
      saveBlob(new Blob([zipOf(files, day)], { type: 'application/zip' }), name);
      setSaved(name);
    } catch {
      setFailed(true);
    }
  };

  const period =
    publication.from === null && publication.to === null
      ? t('statistics.publish.allDates')
      : `${publication.from ?? '…'} – ${publication.to ?? '…'}`;

  if (preview.empty) {
    return (
      <section className="stack" aria-labelledby={`${id}-title`} data-testid="stats-publish-empty">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="stats-publish-heading">
          {t('statistics.publish.nothing.title')}
        </h3>
        <p>{t('statistics.publish.nothing.body', { threshold: k })}</p>
        <div className="dialog-actions">
          <Button onClick={onBack} testId="stats-publish-back">
            {t('statistics.publish.change')}
          </Button>
          <Button variant="primary" onClick={onClose} testId="stats-publish-close">
            {t('statistics.publish.close')}
          </Button>
        </div>
      </section>
    );
  }

  return (
    <section
      className="stack stats-publish-preview"
      aria-labelledby={`${id}-title`}
      data-testid="stats-publish-preview"
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="stats-publish-heading">
        {t('statistics.publish.preview')}
      </h3>
      <p className="small" data-testid="stats-publish-summary">
        {t('statistics.publish.summary', { count: publication.total ?? 0, period, threshold: k })}
      </p>
      <h4 id={`${id}-tables`}>{t('statistics.publish.tables')}</h4>
      <ul className="stats-publish-list" aria-labelledby={`${id}-tables`}>
        {preview.tables.map((table) => (
          <li key={table.dimensions.join('×')} data-testid="stats-publish-table">
            <strong>{tableTitle(table)}</strong>
            <span className="small muted"> — {tableFacts(table)}</span>
          </li>
        ))}
      </ul>
      <h4 id={`${id}-withheld`}>{t('statistics.publish.withheld')}</h4>
      {preview.withheld.length === 0 ? (
        <p className="small">{t('statistics.publish.withheldNone')}</p>
      ) : (
        <ul className="stats-publish-list" aria-labelledby={`${id}-withheld`}>
          {preview.withheld.map((w, i) => (
            <li key={i} data-testid="stats-publish-withheld">
              {t('statistics.publish.withheldItem', {
                name: whatText(w.what),
                reason: whyText(w.why),
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="small muted" data-testid="stats-publish-files">
        {t('statistics.publish.files', { name: [...files.keys()].join(', ') })}
      </p>
      {saved === null ? null : (
        <Notice>
          <span data-testid="stats-publish-saved">
            {t('statistics.publish.downloaded', { name: saved })}
          </span>
        </Notice>
      )}
      {failed ? (
        <div className="alert alert-error" role="alert">
          {t('statistics.publish.failed')}
        </div>
      ) : null}
      <div className="dialog-actions">
        <Button onClick={onBack} testId="stats-publish-back">
          {t('statistics.publish.change')}
        </Button>
        <Button onClick={onClose} testId="stats-publish-close">
          {t('statistics.publish.close')}
        </Button>
        <Button variant="primary" onClick={download} testId="stats-publish-download">
          {t('statistics.publish.download')}
        </Button>
      </div>
    </section>
  );
}
