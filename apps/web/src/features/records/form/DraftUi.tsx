import { useState } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import type { DraftState } from './useDraft';

/** "Draft saved · 12:03": where the autosave stands, announced politely. */
export function DraftStatus({ state }: { readonly state: DraftState }) {
  const t = useT();
  let text = '';
  if (state.phase === 'saving') text = t('form.draft.saving');
  else if (state.phase === 'saved') text = t('form.draft.saved', { date: state.at });
  else if (state.phase === 'failed') text = t('form.draft.failed');
  return (
    <span role="status" data-testid="draft-status">
      {text}
    </span>
  );
}

/** Offers to resume an unsaved draft found on this device, or to discard it. */
export function DraftPrompt({
  savedAt,
  onResume,
  onDiscard,
}: {
  readonly savedAt: string;
  readonly onResume: () => Promise<void> | void;
  readonly onDiscard: () => Promise<void> | void;
}) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = (action: () => Promise<void> | void) => async () => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="draft-prompt-title" data-testid="draft-prompt">
      <h2 id="draft-prompt-title">{t('form.draft.resume.title')}</h2>
      <p>{t('form.draft.resume.body', { date: new Date(savedAt) })}</p>
      <p className="muted small">{t('form.draft.note')}</p>
      <ErrorAlert error={error} />
      <div className="actions">
        {/* The likely choice first, and focused: Enter resumes. */}
        <Button
          variant="primary"
          autoFocus
          pending={busy}
          onClick={run(onResume)}
          testId="draft-resume"
        >
          {t('form.draft.resume.yes')}
        </Button>
        <Button disabled={busy} onClick={run(onDiscard)} testId="draft-discard">
          {t('form.draft.resume.no')}
        </Button>
      </div>
    </section>
  );
}
