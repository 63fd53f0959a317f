import type { RecordSettings, Role, VaultId } from '@vigil/core';
import { useState } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import type { MessageId } from '../../app/i18n/en';
import { ErrorAlert, Notice } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { sensitiveFields, useRotateKey, useSetRecordSettings, withField } from './security';

const fieldLabel = (field: string): MessageId => `vault.security.field.${field}` as MessageId;

/** Owners and admins: which sensitive fields the server may read, and a new vault key on demand. */
export function SecurityTab({
  vaultId,
  settings,
  keyVersion,
}: {
  readonly vaultId: VaultId;
  readonly role: Role;
  readonly settings: RecordSettings;
  readonly keyVersion: number;
}) {
  const t = useT();
  const save = useSetRecordSettings(vaultId);
  const rotate = useRotateKey(vaultId);
  const [draft, setDraft] = useState<RecordSettings>(settings);
  const [confirmRotate, setConfirmRotate] = useState(false);
  const changed = draft.codedSensitiveFields.join() !== settings.codedSensitiveFields.join();
  return (
    <div className="stack">
      <section className="stack" aria-labelledby="sensitive-fields-title">
        <h2 id="sensitive-fields-title">{t('vault.security.fieldsTitle')}</h2>
        <p className="muted">{t('vault.security.fieldsIntro')}</p>
        <fieldset className="stack">
          <legend>{t('vault.security.fieldsLegend')}</legend>
          {sensitiveFields.map((field) => (
            <label key={field} className="check">
              <input
                type="checkbox"
                checked={draft.codedSensitiveFields.includes(field)}
                onChange={(e) => setDraft(withField(draft, field, e.target.checked))}
                data-testid={`expose-${field}`}
              />{' '}
              {t(fieldLabel(field))}
            </label>
          ))}
        </fieldset>
        <p className="muted">{t('vault.security.fieldsNote')}</p>
        <ErrorAlert error={save.error} />
        {save.isSuccess && !changed ? <Notice>{t('vault.security.saved')}</Notice> : null}
        <div>
          <Button
            variant="primary"
            pending={save.isPending}
            disabled={!changed}
            onClick={() => save.mutate(draft)}
            testId="save-settings"
          >
            {t('vault.security.save')}
          </Button>
        </div>
      </section>
      <section className="stack" aria-labelledby="vault-key-title">
        <h2 id="vault-key-title">{t('vault.security.keyTitle')}</h2>
        <p className="muted">{t('vault.security.keyIntro', { count: keyVersion })}</p>
        <ErrorAlert error={rotate.error} />
        {rotate.isSuccess ? <Notice>{t('vault.security.rotated')}</Notice> : null}
        <div>
          <Button
            pending={rotate.isPending}
            onClick={() => setConfirmRotate(true)}
            testId="rotate-now"
          >
            {t('vault.rotation.rotate')}
          </Button>
        </div>
        <ConfirmDialog
          open={confirmRotate}
          title={t('vault.rotation.rotate')}
          confirmLabel={t('vault.rotation.rotate')}
          pending={rotate.isPending}
          onConfirm={() => {
            setConfirmRotate(false);
            rotate.mutate();
          }}
          onCancel={() => setConfirmRotate(false)}
        >
          <p>{t('vault.security.rotateConfirm')}</p>
        </ConfirmDialog>
      </section>
    </div>
  );
}
