import type { ReviewExplanation } from '@vigil/analytics';
import { useEffect, useRef } from 'react';
import { useT } from '../../app/i18n/LocaleProvider';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { Loading } from '../../ui/Loading';
import { Explanation } from './Explanation';
import { displayName, type PersonCard } from './model/people';
import {
  isReviewKeyEvent,
  queuedKey,
  reviewKeyAction,
  type QueuedPair,
  type ReviewDecision,
} from './model/review';
import { PersonTable } from './PersonTable';
import { usePairExplanation } from './usePairExplanation';

/** The most pairs the list shows at once (the rest are counted). */
const SHOWN = 200;

/**
 * The review queue: pending pairs on the left, the selected pair side by side with the model's
 * explanation on the right, and the decision buttons. Keys m, n, u decide; j/k and the arrows
 * move; z undoes (anywhere on the page but in a field).
 */
export function ReviewQueue({
  vaultId,
  pending,
  selected,
  cardOf,
  onSelect,
  onMove,
  onDecide,
  onUndo,
  canUndo,
  mayWrite,
  busy,
  explain,
  runId,
  announcement,
}: {
  readonly vaultId: string;
  readonly pending: readonly QueuedPair[];
  readonly selected: QueuedPair | undefined;
  readonly cardOf: (id: string) => PersonCard | undefined;
  readonly onSelect: (key: string) => void;
  readonly onMove: (delta: number) => void;
  readonly onDecide: (decision: Exclude<ReviewDecision, 'withdrawn'>) => void;
  readonly onUndo: () => void;
  readonly canUndo: boolean;
  readonly mayWrite: boolean;
  readonly busy: boolean;
  readonly explain: (left: string, right: string) => Promise<ReviewExplanation | null>;
  readonly runId: number;
  readonly announcement: string;
}) {
  const t = useT();
  const explanation = usePairExplanation(explain, selected?.left, selected?.right, runId);
  const listRef = useRef<HTMLOListElement>(null);

  // The page's keys. Held in a ref so the listener is added once and always sees fresh props.
  const handlers = useRef({ onMove, onDecide, onUndo, mayWrite, busy, canUndo, selected });
  handlers.current = { onMove, onDecide, onUndo, mayWrite, busy, canUndo, selected };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isReviewKeyEvent(event)) return;
      const h = handlers.current;
      const action = reviewKeyAction(event.key);
      if (action === 'next' || action === 'previous') {
        event.preventDefault();
        h.onMove(action === 'next' ? 1 : -1);
        return;
      }
      if (!h.mayWrite || h.busy) return;
      event.preventDefault();
      if (action === 'undo') {
        if (h.canUndo) h.onUndo();
      } else if (action !== undefined && h.selected !== undefined) {
        h.onDecide(action);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  // Keep the selected pair in view in the list.
  const selectedKey = selected === undefined ? null : queuedKey(selected);
  useEffect(() => {
    if (selectedKey === null) return;
    listRef.current
      ?.querySelector(`[data-key="${CSS.escape(selectedKey)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  // When the last pair is decided its buttons go: focus goes to the queue's heading, not the body.
  const heading = useRef<HTMLHeadingElement>(null);
  const hadPairs = useRef(pending.length > 0);
  useEffect(() => {
    const has = pending.length > 0;
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (hadPairs.current && !has && focusLost) heading.current?.focus();
    hadPairs.current = has;
  }, [pending.length]);

  const nameOf = (id: string) => displayName(cardOf(id)) ?? t('linkage.unnamed');

  return (
    <section className="card stack" aria-labelledby="lk-queue-title" data-testid="linkage-queue">
      <div>
        <h2 id="lk-queue-title" ref={heading} tabIndex={-1}>
          {t('linkage.queue.title')}
        </h2>
        <p className="muted small">{t('linkage.queue.hint')}</p>
      </div>
      <p className="lk-live" role="status" data-testid="linkage-announcement">
        {announcement}
      </p>
      {pending.length === 0 || selected === undefined ? (
        <EmptyState title={t('linkage.empty.queue.title')}>
          {t('linkage.empty.queue.body')}
        </EmptyState>
      ) : (
        <div className="lk-review">
          <div className="lk-queue">
            <ol
              ref={listRef}
              aria-label={t('linkage.queue.label')}
              data-testid="linkage-queue-list"
            >
              {pending.slice(0, SHOWN).map((pair) => {
                const key = queuedKey(pair);
                const current = key === selectedKey;
                return (
                  <li key={key} data-key={key}>
                    <button
                      type="button"
                      className={current ? 'lk-pair lk-pair-current' : 'lk-pair'}
                      aria-current={current ? 'true' : undefined}
                      onClick={() => onSelect(key)}
                      data-testid="linkage-queue-item"
                    >
                      <span>
                        {nameOf(pair.left)} ↔ {nameOf(pair.right)}
                      </span>
                      <span className="muted small lk-num">
                        {t('linkage.queue.probability', {
                          percent: Math.round(pair.probability * 100),
                        })}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
            {pending.length > SHOWN ? (
              <p className="muted small">
                {t('linkage.queue.more', { count: pending.length - SHOWN })}
              </p>
            ) : null}
          </div>
          <div className="lk-pair-view stack" data-testid="linkage-pair">
            <h3 className="visually-hidden">{t('linkage.pair.title')}</h3>
            <PersonTable
              vaultId={vaultId}
              cards={[cardOf(selected.left), cardOf(selected.right)]}
              headings={[t('linkage.pair.left'), t('linkage.pair.right')]}
              testId="linkage-pair-table"
            />
            {mayWrite ? (
              <div className="stack">
                <div className="actions lk-decide">
                  <Button
                    variant="primary"
                    disabled={busy}
                    onClick={() => onDecide('match')}
                    testId="linkage-decide-match"
                    aria-keyshortcuts="m"
                  >
                    {t('linkage.pair.match')} <kbd>m</kbd>
                  </Button>
                  <Button
                    disabled={busy}
                    onClick={() => onDecide('non-match')}
                    testId="linkage-decide-non-match"
                    aria-keyshortcuts="n"
                  >
                    {t('linkage.pair.nonMatch')} <kbd>n</kbd>
                  </Button>
                  <Button
                    disabled={busy}
                    onClick={() => onDecide('unsure')}
                    testId="linkage-decide-unsure"
                    aria-keyshortcuts="u"
                  >
                    {t('linkage.pair.unsure')} <kbd>u</kbd>
                  </Button>
                  <Button
                    variant="quiet"
                    disabled={busy || !canUndo}
                    onClick={onUndo}
                    testId="linkage-undo"
                    aria-keyshortcuts="z"
                  >
                    {t('linkage.pair.undo')} <kbd>z</kbd>
                  </Button>
                </div>
                <p className="muted small" data-testid="linkage-keys">
                  {t('linkage.pair.keys')}
                </p>
              </div>
            ) : null}
            {explanation === undefined ? (
              <Loading label={t('linkage.explain.loading')} />
            ) : explanation === null ? (
              <p className="muted">{t('linkage.explain.notCompared')}</p>
            ) : (
              <Explanation explanation={explanation} />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
