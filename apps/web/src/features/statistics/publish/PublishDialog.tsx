import type { PublicationQuery, PublicationResponse, VaultId } from '@vigil/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useLocale, useT } from '../../../app/i18n/LocaleProvider';
import { useClient } from '../../../app/session';
import { todayIso } from '../../facilities/labels';
import {
  defaultSettings,
  publicationQueryOf,
  siteFilesOf,
  type PublishSettings,
  type SettingsProblem,
} from '../model/publish';
import { PublishPreview, type Prepared } from './PublishPreview';
import { PublishSettingsForm } from './PublishSettingsForm';

/**
 * Public statistics of the vault in a modal on the native <dialog> (focus kept inside, Escape
 * closes, focus back to the opener): the settings, then the server's publication made into the
 * static site here, previewed table by table with what was withheld and why, and downloaded as a
 * ZIP file made in this browser.
 */
export function PublishDialog({
  open,
  vaultId,
  period,
  onClose,
}: {
  readonly open: boolean;
  readonly vaultId: VaultId;
  readonly period: { readonly from?: string; readonly to?: string };
  readonly onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const client = useClient();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [settings, setSettings] = useState<PublishSettings>(() => defaultSettings(period, locale));
  const [problems, setProblems] = useState<readonly SettingsProblem[]>([]);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const publication = useMutation({
    mutationFn: (query: PublicationQuery): Promise<PublicationResponse> =>
      client.statistics.publication(vaultId, query),
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const prepare = (event: FormEvent) => {
    event.preventDefault();
    const checked = publicationQueryOf(settings);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    // What was asked is kept with the answer: settings typed meanwhile do not change this site.
    const asked = settings;
    publication.mutate(checked.query, {
      onSuccess: (answer) => {
        const day = todayIso();
        setPrepared({
          publication: answer,
          day,
          files: siteFilesOf(answer, { title: asked.title, lang: asked.lang, generatedOn: day }),
        });
      },
    });
  };

  const checked = publicationQueryOf(settings);
  const k = prepared?.publication.k ?? (checked.ok ? checked.query.k : 5);
  return (
    <dialog
      ref={ref}
      className="dialog stats-publish-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-explain`}
      data-testid="stats-publish-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('statistics.publish.title')}</h2>
      <p id={`${id}-explain`} className="small" data-testid="stats-publish-explain">
        {t('statistics.publish.explain', { threshold: k })}
      </p>
      {prepared === null ? (
        <PublishSettingsForm
          settings={settings}
          problems={problems}
          pending={publication.isPending}
          error={publication.error}
          onChange={setSettings}
          onSubmit={prepare}
          onClose={onClose}
        />
      ) : (
        <PublishPreview
          prepared={prepared}
          onBack={() => {
            publication.reset();
            setPrepared(null);
          }}
          onClose={onClose}
        />
      )}
    </dialog>
  );
}
