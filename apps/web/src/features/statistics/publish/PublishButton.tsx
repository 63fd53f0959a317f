import type { VaultId } from '@vigil/core';
import { useState } from 'react';
import { useT } from '../../../app/i18n/LocaleProvider';
import { Button } from '../../../ui/Button';
import { PublishDialog } from './PublishDialog';

/**
 * "Publish public statistics…": opens the dialog, afresh each time (a new dialog starts from the
 * page's period as it is now). Closing it gives focus back to this button (the native dialog).
 */
export function PublishButton({
  vaultId,
  period,
}: {
  readonly vaultId: VaultId;
  readonly period: { readonly from?: string; readonly to?: string };
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  // Each opening mounts a new dialog, so nothing of the last one (a preview, an error) is left.
  const [opening, setOpening] = useState(0);
  return (
    <>
      <Button
        onClick={() => {
          setOpening((n) => n + 1);
          setOpen(true);
        }}
        aria-haspopup="dialog"
        testId="stats-publish-open"
      >
        {t('statistics.publish.open')}
      </Button>
      {opening === 0 ? null : (
        <PublishDialog
          key={opening}
          open={open}
          vaultId={vaultId}
          period={period}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
