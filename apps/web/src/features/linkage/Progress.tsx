import type { LinkageStage } from '@vigil/analytics';
import { useT } from '../../app/i18n/LocaleProvider';
import type { MessageId } from '../../app/i18n/en';
import { Button } from '../../ui/Button';
import type { RunProgress } from './worker/client';

const STAGES: Readonly<Record<LinkageStage, MessageId>> = {
  prepare: 'linkage.run.stage.prepare',
  sample: 'linkage.run.stage.sample',
  block: 'linkage.run.stage.block',
  train: 'linkage.run.stage.train',
  score: 'linkage.run.stage.score',
  cluster: 'linkage.run.stage.cluster',
};

/** A determinate bar (a native `<progress>`: no inline style needed) and its words. */
function Bar({
  label,
  value,
  max,
}: {
  readonly label: string;
  readonly value: number;
  readonly max: number | null;
}) {
  return (
    <div className="lk-progress" role="status" data-testid="linkage-progress">
      {max === null ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} value={value} max={Math.max(1, max)} />
      )}
      <span>{label}</span>
    </div>
  );
}

/** Opening the person records: "Opening 3,200 of 10,000 records…". */
export function OpeningProgress({
  done,
  total,
}: {
  readonly done: number;
  readonly total: number | null;
}) {
  const t = useT();
  const label =
    total === null
      ? t('linkage.load.openingUnknown', { done: done.toLocaleString() })
      : t('linkage.load.opening', { done: done.toLocaleString(), total: total.toLocaleString() });
  return <Bar label={label} value={done} max={total} />;
}

/** The linkage in the worker, by stage, with Cancel. */
export function RunningProgress({
  progress,
  onCancel,
}: {
  readonly progress: RunProgress | null;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const stage = progress === null ? 'prepare' : progress.stage;
  const label =
    progress === null
      ? t(STAGES.prepare)
      : t('linkage.run.progress', {
          name: t(STAGES[stage]),
          done: progress.done.toLocaleString(),
          total: progress.total.toLocaleString(),
        });
  return (
    <div className="lk-running">
      <Bar
        label={label}
        value={progress?.done ?? 0}
        max={progress === null ? null : progress.total}
      />
      <Button onClick={onCancel} testId="linkage-cancel">
        {t('linkage.run.cancel')}
      </Button>
    </div>
  );
}
