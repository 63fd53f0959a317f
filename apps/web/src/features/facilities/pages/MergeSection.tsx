import type { Facility } from '@vigil/core';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../app/i18n/LocaleProvider';
import { ErrorAlert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useLabeller } from '../../records/shared/useLabeller';
import { nameOf } from '../labels';
import { sortByName } from '../model/register';
import { useFacilities, useMergeFacility } from '../queries';

/**
 * "Merge into…": the facility is folded into another of the same region and type (two entries
 * for one place share both), after a confirmation; then the page of the one that remains opens.
 */
export function MergeSection({
  facility,
  onCancel,
}: {
  readonly facility: Facility;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const l = useLabeller();
  const id = useId();
  const navigate = useNavigate();
  const register = useFacilities();
  const merge = useMergeFacility(facility.id);
  const [target, setTarget] = useState('');
  const [confirming, setConfirming] = useState(false);

  const candidates = sortByName(
    (register.data ?? []).filter(
      (f) =>
        f.id !== facility.id &&
        f.mergedInto === null &&
        f.region === facility.region &&
        f.type === facility.type,
    ),
    (f) => nameOf(l, f),
    l.locale,
  );
  const chosen = candidates.find((f) => f.id === target);

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="facility-merge">
      <h2 id={`${id}-title`}>{t('facilities.merge.title')}</h2>
      <p className="muted">{t('facilities.merge.intro')}</p>
      {register.isSuccess && candidates.length === 0 ? <p>{t('facilities.merge.none')}</p> : null}
      {candidates.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-target`}>{t('facilities.merge.target')}</label>
          <select
            id={`${id}-target`}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            data-testid="facility-merge-target"
          >
            <option value="">{t('facilities.field.choose')}</option>
            {candidates.map((f) => (
              <option key={f.id} value={f.id}>
                {nameOf(l, f)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <ErrorAlert error={register.error ?? merge.error} />
      <div className="actions">
        <Button
          variant="danger"
          disabled={chosen === undefined}
          onClick={() => setConfirming(true)}
          testId="facility-merge-submit"
        >
          {t('facilities.merge.confirm')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
      <ConfirmDialog
        open={confirming && chosen !== undefined}
        title={t('facilities.merge.confirmTitle')}
        confirmLabel={t('facilities.merge.confirm')}
        pending={merge.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          merge.mutate(target, {
            onSuccess: (kept: Facility) => {
              setConfirming(false);
              navigate(`/facilities/${kept.id}`, { state: { merged: true } });
            },
            onError: () => setConfirming(false),
          })
        }
      >
        <p>
          {t('facilities.merge.confirmBody', {
            name: nameOf(l, facility),
            value: chosen === undefined ? '' : nameOf(l, chosen),
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
