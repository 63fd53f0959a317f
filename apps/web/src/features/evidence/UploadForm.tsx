import { EVIDENCE_KINDS, type EvidenceKind, type VaultId } from '@vigil/core';
import { useId, useState, type DragEvent } from 'react';
import { useLocale, useT } from '../../app/i18n/LocaleProvider';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/Loading';
import { formatBytes, percentOf } from './model';
import { useUpload, type Resumable } from './useUpload';

/** Adds a file to a record: choose or drop it, check the kind, add a note, upload with progress. */
export function UploadForm({
  vaultId,
  recordId,
}: {
  readonly vaultId: VaultId;
  readonly recordId: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const upload = useUpload(vaultId, recordId);
  const [note, setNote] = useState('');
  const [dragging, setDragging] = useState(false);
  const id = useId();
  const { state } = upload;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && state.step !== 'uploading') void upload.choose(file);
  };

  const chooser = (
    <div
      className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
      data-testid="evidence-drop"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p>{t('evidence.upload.drop')}</p>
      {/* The input itself stays visible and focusable: it is the keyboard's way in. */}
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('evidence.upload.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          data-testid="evidence-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) void upload.choose(file);
            event.target.value = '';
          }}
        />
      </div>
    </div>
  );

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('evidence.upload.title')}</h3>
      {state.step === 'done' ? <Notice>{t('evidence.upload.done')}</Notice> : null}
      {state.step === 'cancelled' ? (
        <Notice kind="warning">{t('evidence.upload.cancelled')}</Notice>
      ) : null}
      {state.step === 'failed' ? (
        <div className="stack" data-testid="evidence-upload-failed">
          <div className="alert alert-error" role="alert">
            {t('evidence.upload.failed')}
          </div>
          <ErrorAlert error={state.error} />
        </div>
      ) : null}
      {(state.step === 'failed' || state.step === 'cancelled') && state.resume !== null ? (
        <ResumeButton resumable={state.resume} onResume={(r) => void upload.resume(r)} />
      ) : null}
      {state.step === 'idle' ||
      state.step === 'done' ||
      state.step === 'cancelled' ||
      state.step === 'failed'
        ? chooser
        : null}
      {state.step === 'reading' ? <Loading label={t('evidence.upload.reading')} /> : null}
      {state.step === 'ready' ? (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void upload.upload(state.file, state.metadata, note).then(() => setNote(''));
          }}
        >
          <p data-testid="evidence-selected">
            {t('evidence.upload.selected', {
              name: state.file.name,
              size: formatBytes(state.file.size, locale),
            })}
          </p>
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('evidence.upload.kind')}</label>
            <select
              id={`${id}-kind`}
              value={upload.kind}
              data-testid="evidence-kind"
              aria-describedby={`${id}-kind-hint`}
              onChange={(event) => upload.setKind(event.target.value as EvidenceKind)}
            >
              {EVIDENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`evidence.kind.${kind}`)}
                </option>
              ))}
            </select>
            <div className="field-hint" id={`${id}-kind-hint`}>
              {t('evidence.upload.kindHint')}
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('evidence.upload.note')}</label>
            <textarea
              id={`${id}-note`}
              value={note}
              maxLength={10000}
              rows={3}
              data-testid="evidence-note"
              aria-describedby={`${id}-note-hint`}
              onChange={(event) => setNote(event.target.value)}
            />
            <div className="field-hint" id={`${id}-note-hint`}>
              {t('evidence.upload.noteHint')}
            </div>
          </div>
          <div className="actions">
            <Button type="submit" variant="primary" testId="evidence-upload">
              {t('evidence.upload.submit')}
            </Button>
            <Button variant="quiet" onClick={upload.reset}>
              {t('evidence.upload.other')}
            </Button>
          </div>
        </form>
      ) : null}
      {state.step === 'uploading' ? (
        <UploadProgress
          done={state.progress?.done ?? 0}
          total={state.progress?.total ?? state.file.size}
          completing={state.progress?.phase === 'completing'}
          locale={locale}
          onCancel={upload.cancel}
        />
      ) : null}
    </section>
  );
}

/** A determinate progress bar with percent and bytes, and the way to stop. */
function UploadProgress({
  done,
  total,
  completing,
  locale,
  onCancel,
}: {
  readonly done: number;
  readonly total: number;
  readonly completing: boolean;
  readonly locale: string;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const percent = percentOf({ done, total });
  const text = completing
    ? t('evidence.upload.completing')
    : t('evidence.upload.progress', {
        percent,
        done: formatBytes(done, locale),
        total: formatBytes(total, locale),
      });
  return (
    <div className="stack" data-testid="evidence-progress">
      <progress
        className="upload-progress"
        max={100}
        value={percent}
        aria-label={t('evidence.upload.progressLabel')}
        aria-valuetext={text}
      />
      <p className="small" role="status">
        {text}
      </p>
      <div className="actions">
        <Button variant="danger" onClick={onCancel} testId="evidence-cancel">
          {t('evidence.upload.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** Continues an upload the server already holds parts of, with the same file. */
function ResumeButton({
  resumable,
  onResume,
}: {
  readonly resumable: Resumable;
  readonly onResume: (r: Resumable) => void;
}) {
  const t = useT();
  return (
    <div className="actions">
      <Button variant="primary" onClick={() => onResume(resumable)} testId="evidence-resume">
        {t('evidence.upload.resume', { name: resumable.file.name })}
      </Button>
    </div>
  );
}
