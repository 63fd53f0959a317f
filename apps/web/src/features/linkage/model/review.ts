// The review's state on this page, as pure functions: which queued pairs are still to decide,
// where the selection goes after a decision or a key press, the labels the model is given, and
// the decisions of this session that "Undo" can take back. Record ids only: nothing here reads
// a name, so it can be tested without opening a record.

/** A reviewer's answer about a pair ('withdrawn' takes an earlier answer back). */
export type ReviewDecision = 'match' | 'non-match' | 'unsure' | 'withdrawn';

/** A decision as the server keeps it (the shape of core's `LinkDecision`). */
export interface StoredDecision {
  readonly id: string;
  readonly recordA: string;
  readonly recordB: string;
  readonly decision: ReviewDecision;
  readonly probability: number | null;
  readonly decidedBy: string;
  readonly decidedAt: string;
}

/** A pair the worker queued for review (ids of person records; `probability` of a match). */
export interface QueuedPair {
  readonly left: string;
  readonly right: string;
  readonly probability: number;
  readonly uncertainty: number;
}

/** A pair's key on this page: the two ids in order, so (a, b) and (b, a) are one pair. */
export const idPairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The key of a queued pair. */
export const queuedKey = (pair: QueuedPair): string => idPairKey(pair.left, pair.right);

/**
 * The current decision of each pair, from the server's list of current decisions (or its
 * history, newest first): the first row of a pair wins, and a withdrawn pair has none.
 */
export const currentDecisions = (
  rows: readonly StoredDecision[],
): ReadonlyMap<string, StoredDecision> => {
  const seen = new Set<string>();
  const out = new Map<string, StoredDecision>();
  for (const row of rows) {
    const key = idPairKey(row.recordA, row.recordB);
    if (seen.has(key)) continue;
    seen.add(key);
    if (row.decision !== 'withdrawn') out.set(key, row);
  }
  return out;
};

/** A label for the linkage model: only a match or a non-match teaches it anything. */
export interface IdLabel {
  readonly a: string;
  readonly b: string;
  readonly decision: 'match' | 'non-match';
}

/** The labels the current decisions give the model ("unsure" gives none), in a stable order. */
export const labelsOf = (current: ReadonlyMap<string, StoredDecision>): IdLabel[] =>
  [...current.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([, d]) =>
      d.decision === 'match' || d.decision === 'non-match'
        ? [{ a: d.recordA, b: d.recordB, decision: d.decision }]
        : [],
    );

/** The queued pairs nobody has decided yet, in the queue's order (most uncertain first). */
export const pendingPairs = (
  queue: readonly QueuedPair[],
  decided: ReadonlyMap<string, unknown>,
): QueuedPair[] => queue.filter((p) => !decided.has(queuedKey(p)));

/**
 * The pair to show: the one asked for while it is still pending, else the first pending one,
 * else none.
 */
export const selectedPair = (
  pending: readonly QueuedPair[],
  wanted: string | null,
): QueuedPair | undefined =>
  (wanted === null ? undefined : pending.find((p) => queuedKey(p) === wanted)) ?? pending[0];

/** The key `delta` places from `current` in the pending list (clamped at both ends). */
export const moveSelection = (
  pending: readonly QueuedPair[],
  current: string | null,
  delta: number,
): string | null => {
  if (pending.length === 0) return null;
  const at = current === null ? -1 : pending.findIndex((p) => queuedKey(p) === current);
  const from = at < 0 ? 0 : at + delta;
  const next = pending[Math.min(pending.length - 1, Math.max(0, from))];
  return next === undefined ? null : queuedKey(next);
};

/**
 * Where the selection goes once `decidedKey` is decided: the next pending pair after it in the
 * queue's order, else the one before it, else none.
 */
export const nextAfterDecision = (
  queue: readonly QueuedPair[],
  decided: ReadonlyMap<string, unknown>,
  decidedKey: string,
): string | null => {
  const at = queue.findIndex((p) => queuedKey(p) === decidedKey);
  const open = (p: QueuedPair | undefined): boolean =>
    p !== undefined && queuedKey(p) !== decidedKey && !decided.has(queuedKey(p));
  for (let i = at + 1; i < queue.length; i += 1) {
    const p = queue[i];
    if (open(p) && p !== undefined) return queuedKey(p);
  }
  for (let i = at - 1; i >= 0; i -= 1) {
    const p = queue[i];
    if (open(p) && p !== undefined) return queuedKey(p);
  }
  return null;
};

/** A key of the review and what it does (shown on screen as well). */
export type ReviewKeyAction = 'match' | 'non-match' | 'unsure' | 'next' | 'previous' | 'undo';

/** The review's keyboard: m, n, u decide; j / ↓ and k / ↑ move; z undoes. */
export const reviewKeyAction = (key: string): ReviewKeyAction | undefined => {
  switch (key) {
    case 'm':
      return 'match';
    case 'n':
      return 'non-match';
    case 'u':
      return 'unsure';
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 'z':
      return 'undo';
    default:
      return undefined;
  }
};

/**
 * The keys the review answers only when nothing else wants them: not while typing in a field,
 * not with a modifier (browser shortcuts stay the browser's).
 */
export const isReviewKeyEvent = (event: {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly target: unknown;
}): boolean => {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target as { tagName?: unknown; isContentEditable?: unknown } | null;
  const tag = typeof target?.tagName === 'string' ? target.tagName.toLowerCase() : '';
  if (tag === 'input' || tag === 'textarea' || tag === 'select') return false;
  if (target?.isContentEditable === true) return false;
  return reviewKeyAction(event.key) !== undefined;
};

/** One step of this session's review that "Undo" can take back. */
export interface UndoStep {
  readonly recordA: string;
  readonly recordB: string;
  readonly decision: Exclude<ReviewDecision, 'withdrawn'>;
}

/** The undo stack after a decision (at most `limit` kept, newest last). */
export const pushUndo = (stack: readonly UndoStep[], step: UndoStep, limit = 50): UndoStep[] =>
  [...stack, step].slice(-limit);

/** The step "Undo" takes back and the stack without it; undefined when there is nothing. */
export const popUndo = (
  stack: readonly UndoStep[],
): { readonly step: UndoStep; readonly rest: UndoStep[] } | undefined => {
  const step = stack.at(-1);
  return step === undefined ? undefined : { step, rest: stack.slice(0, -1) };
};

/**
 * What "Undo" on a decision of the history posts: the decision the pair had before it (so undoing
 * a merge that overrode a split gives the split back), or `withdrawn` when it had none. `history`
 * is newest first, as the server lists it.
 */
export const undoDecisionOf = (
  history: readonly StoredDecision[],
  row: StoredDecision,
): { readonly decision: ReviewDecision; readonly probability?: number } => {
  const key = idPairKey(row.recordA, row.recordB);
  const at = history.findIndex((r) => r.id === row.id);
  const before = history
    .slice(at < 0 ? history.length : at + 1)
    .find((r) => idPairKey(r.recordA, r.recordB) === key);
  if (before === undefined || before.decision === 'withdrawn') return { decision: 'withdrawn' };
  return before.probability === null
    ? { decision: before.decision }
    : { decision: before.decision, probability: before.probability };
};
