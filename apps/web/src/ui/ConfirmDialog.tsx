import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n/LocaleProvider';
import { Button } from './Button';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly pending?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A modal confirmation on the native <dialog>: it traps focus, closes on Escape and returns focus
 * to the opener by itself. The safe choice (cancel) has focus first.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, pending, onConfirm, onCancel } = props;
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <Button autoFocus onClick={onCancel} disabled={pending}>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" pending={pending} onClick={onConfirm} testId="confirm-submit">
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
