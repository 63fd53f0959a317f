import type { EvidenceView } from '@vigil/client';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PACKAGE_LIMIT, packageBytes } from './model';
import type { PackageState } from './usePackage';

/**
 * The package's options and its making, in a modal on the native <dialog> (focus kept inside,
 * Escape handled, focus back to the opener on close). Escape while it runs cancels, like Cancel.
 */
export function PackageDialog({
  open,
  views,
  state,
  onStart,
  onCancel,
  onClose,
}: {
  readonly open: boolean;
  /** The chosen items, in the list's order. */
  readonly views: readonly EvidenceView[];
  readonly state: PackageState;
  readonly onStart: (encrypted: boolean) => void;
  readonly onCancel: () => void;
  readonly onClose: () => void;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [encrypted, setEncrypted] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const running = state.step === 'running';
  const tooLarge = packageBytes(views) > PACKAGE_LIMIT;
  const again = state.step === 'failed' || state.step === 'cancelled';

  return (
    <dialog
      ref={ref}
      className="dialog package-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="evidence-package-dialog"
      onCancel={(event) => {
        event.preventDefault();
        if (running) onCancel();
        else onClose();
      }}
    >
      <h2 id={`${id}-title`}>{t('evidence.package.title')}</h2>
      <div className="dialog-body stack">
        <p>{t('evidence.package.intro', { count: views.length })}</p>
        <fieldset className="stack" disabled={running}>
          <legend>{t('evidence.package.contents')}</legend>
          <Choice
            id={`${id}-decrypted`}
            name={`${id}-contents`}
            checked={!encrypted}
            onChoose={() => setEncrypted(false)}
            label={t('evidence.package.decrypted')}
            hint={t('evidence.package.decryptedHint')}
            testId="evidence-package-decrypted"
          />
          <Choice
            id={`${id}-encrypted`}
            name={`${id}-contents`}
            checked={encrypted}
            onChoose={() => setEncrypted(true)}
            label={t('evidence.package.encrypted')}
            hint={t('evidence.package.encryptedHint')}
            testId="evidence-package-encrypted"
          />
        </fieldset>
        <p className="small">{t('evidence.package.custodyNote')}</p>
        {tooLarge ? <Notice kind="warning">{t('evidence.package.tooLarge')}</Notice> : null}
        {state.step === 'running' ? (
          <PackageProgress done={state.done} total={state.total} stopping={state.stopping} />
        ) : null}
        {state.step === 'cancelled' ? (
          <Notice kind="warning">{t('evidence.package.cancelled')}</Notice>
        ) : null}
        {state.step === 'failed' ? (
          <div className="stack" data-testid="evidence-package-failed">
            <div className="alert alert-error" role="alert">
              {t('evidence.package.failed')}
            </div>
            <ErrorAlert
              error={state.error}
              overrides={{ integrity_failed: 'evidence.package.integrity' }}
            />
          </div>
        ) : null}
      </div>
      <div className="dialog-actions">
        {state.step === 'running' ? (
          // Focus moves here when the work starts: the button pressed to start it is gone.
          <Button
            variant="danger"
            autoFocus
            pending={state.stopping}
            onClick={onCancel}
            testId="evidence-package-cancel"
          >
            {t('evidence.package.cancel')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} testId="evidence-package-close">
              {t('evidence.package.close')}
            </Button>
            <Button
              variant="primary"
              autoFocus={again}
              disabled={tooLarge || views.length === 0}
              onClick={() => onStart(encrypted)}
              testId="evidence-package-submit"
            >
              {t(again ? 'evidence.package.retry' : 'evidence.package.submit')}
            </Button>
          </>
        )}
      </div>
    </dialog>
  );
}

/** One radio of the package's contents (one group: arrow keys move between them), with its hint. */
function Choice({
  id,
  name,
  checked,
  onChoose,
  label,
  hint,
  testId,
}: {
  readonly id: string;
  readonly name: string;
  readonly checked: boolean;
  readonly onChoose: () => void;
  readonly label: string;
  readonly hint: string;
  readonly testId: string;
}) {
  return (
    <div>
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="radio"
          name={name}
          checked={checked}
          onChange={onChoose}
          aria-describedby={`${id}-hint`}
          data-testid={testId}
        />{' '}
        {label}
      </label>
      <div className="field-hint" id={`${id}-hint`}>
        {hint}
      </div>
    </div>
  );
}

/** A determinate bar of items done of total (the library tells after each item). */
function PackageProgress({
  done,
  total,
  stopping,
}: {
  readonly done: number;
  readonly total: number;
  readonly stopping: boolean;
}) {
  const t = useT();
  const text = stopping
    ? t('evidence.package.stopping')
    : t('evidence.package.progress', { done, total });
  return (
    <div className="stack" data-testid="evidence-package-progress">
      <progress
        className="upload-progress"
        max={total}
        value={done}
        aria-label={t('evidence.package.progressLabel')}
        aria-valuetext={text}
      />
      <p className="small" role="status">
        {text}
      </p>
    </div>
  );
}
