import type { EvidenceView } from '@vigil/client';
import type { VaultId } from '@vigil/core';
import { useId, useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { PackageDialog } from './PackageDialog';
import { usePackage } from './usePackage';

/**
 * The list's package action: how many items are chosen, "Package for court…" (disabled, with the
 * hint, until one is), the dialog, and what happened once a package is saved.
 */
export function PackageBar({
  vaultId,
  selected,
}: {
  readonly vaultId: VaultId;
  /** The chosen items, in the list's order: the package keeps it. */
  readonly selected: readonly EvidenceView[];
}) {
  const t = useT();
  const pkg = usePackage(vaultId);
  const [open, setOpen] = useState(false);
  const hintId = useId();
  const { state } = pkg;

  const start = (encrypted: boolean) => {
    void pkg
      .start(
        selected.map((v) => v.item.id),
        encrypted,
      )
      .then((saved) => {
        if (saved) setOpen(false);
      });
  };

  return (
    <div className="stack" data-testid="evidence-package-bar">
      <div className="package-bar">
        <Button
          variant="primary"
          disabled={selected.length === 0}
          aria-describedby={hintId}
          onClick={() => {
            pkg.reset();
            setOpen(true);
          }}
          testId="evidence-package-open"
        >
          {t('evidence.package.open')}
        </Button>
        <span id={hintId} className="field-hint" data-testid="evidence-package-hint">
          {selected.length === 0
            ? t('evidence.package.none')
            : t('evidence.package.selected', { count: selected.length })}
        </span>
      </div>
      {state.step === 'done' && !open ? (
        <Notice>
          <span data-testid="evidence-package-done">
            {t(state.encrypted ? 'evidence.package.doneEncrypted' : 'evidence.package.done', {
              count: state.count,
            })}
          </span>{' '}
          <span className="small">{t('evidence.package.verifyHint')}</span>
        </Notice>
      ) : null}
      <PackageDialog
        open={open}
        views={selected}
        state={state}
        onStart={start}
        onCancel={pkg.cancel}
        onClose={() => setOpen(false)}
      />
    </div>
  );
}
