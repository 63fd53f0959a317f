import type { EvidenceView } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { useClient } from '../../app/session';
import { ErrorAlert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { CustodyTimeline } from './CustodyTimeline';
import { MetadataFacts } from './MetadataFacts';
import { metadataFacts, PREVIEW_LIMIT, previewKindOf, type PreviewKind } from './model';
import { evidenceKeys } from './queries';
import { saveEvidence, usePreview } from './usePreview';

/** One opened item: the file shown when the browser can, its metadata, download and custody. */
export function EvidencePreview({
  vaultId,
  view,
  nameOf,
  onClose,
}: {
  readonly vaultId: VaultId;
  readonly view: EvidenceView;
  readonly nameOf: (accountId: string) => string;
  readonly onClose: () => void;
}) {
  const t = useT();
  const client = useClient();
  const queryClient = useQueryClient();
  const { item, meta } = view;
  // The type sniffed from the bytes on upload decides the preview, not the name or the claim.
  const mediaType =
    metadataFacts(meta.metadata).mediaType ?? meta.mediaType ?? 'application/octet-stream';
  const kind = previewKindOf(mediaType);
  const tooLarge = meta.size > PREVIEW_LIMIT;
  const preview = usePreview(vaultId, item.id, mediaType, kind !== null && !tooLarge);
  const name = meta.fileName ?? t('evidence.unnamed');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus moves to the opened item so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [item.id]);

  const download = () => {
    setSaving(true);
    setSaveError(null);
    saveEvidence(
      (sink) => client.evidence.download(vaultId, item.id, sink, { action: 'download' }),
      mediaType,
      meta.fileName ?? item.id,
    )
      .catch((error: unknown) => setSaveError(error))
      .finally(() => {
        setSaving(false);
        void queryClient.invalidateQueries({ queryKey: evidenceKeys.custody(vaultId, item.id) });
      });
  };

  return (
    <section
      className="card stack evidence-preview"
      aria-labelledby="evidence-preview-title"
      data-testid="evidence-preview"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="page-head">
        <h3 id="evidence-preview-title" ref={heading} tabIndex={-1}>
          {name}
        </h3>
        <div className="actions">
          <Button onClick={download} pending={saving} testId="evidence-download">
            {t('evidence.download')}
          </Button>
          <Button variant="quiet" onClick={onClose} testId="evidence-close">
            {t('evidence.preview.close')}
          </Button>
        </div>
      </div>
      {saveError !== null ? (
        <div className="stack">
          <div className="alert alert-error" role="alert">
            {t('evidence.download.failed')}
          </div>
          <ErrorAlert error={saveError} />
        </div>
      ) : null}
      {kind === null ? <p className="muted">{t('evidence.preview.none')}</p> : null}
      {kind !== null && tooLarge ? <p className="muted">{t('evidence.preview.tooLarge')}</p> : null}
      {preview?.status === 'loading' ? <Loading label={t('evidence.preview.loading')} /> : null}
      {preview?.status === 'failed' ? (
        <div className="stack">
          <div className="alert alert-error" role="alert">
            {t('evidence.preview.failed')}
          </div>
          <ErrorAlert error={preview.error} />
        </div>
      ) : null}
      {preview?.status === 'ready' && kind !== null ? (
        <PreviewMedia kind={kind} url={preview.url} name={name} />
      ) : null}
      <MetadataFacts meta={meta} />
      <CustodyTimeline vaultId={vaultId} id={item.id} sha256={meta.sha256} nameOf={nameOf} />
    </section>
  );
}

/** The element the browser shows a file of this kind with. */
function PreviewMedia({
  kind,
  url,
  name,
}: {
  readonly kind: PreviewKind;
  readonly url: string;
  readonly name: string;
}) {
  const t = useT();
  switch (kind) {
    case 'image':
      return (
        <img
          className="evidence-media"
          src={url}
          alt={t('evidence.preview.image', { name })}
          data-testid="evidence-image"
        />
      );
    case 'video':
      return <video className="evidence-media" src={url} controls data-testid="evidence-video" />;
    case 'audio':
      return <audio src={url} controls data-testid="evidence-audio" />;
    case 'pdf':
      return (
        <iframe
          className="evidence-pdf"
          src={url}
          title={t('evidence.preview.document', { name })}
          data-testid="evidence-pdf"
        />
      );
  }
}
