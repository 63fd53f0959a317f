import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentDecisions,
  idPairKey,
  isReviewKeyEvent,
  labelsOf,
  moveSelection,
  nextAfterDecision,
  pendingPairs,
  popUndo,
  pushUndo,
  queuedKey,
  reviewKeyAction,
  selectedPair,
  type QueuedPair,
  type StoredDecision,
  undoDecisionOf,
} from './review';

const pair = (left: string, right: string, probability = 0.5): QueuedPair => ({
  left,
  right,
  probability,
  uncertainty: 1,
});

const row = (
  recordA: string,
  recordB: string,
  decision: StoredDecision['decision'],
  at = '2024-01-01T00:00:00Z',
): StoredDecision => ({
  id: `${recordA}-${recordB}-${decision}-${at}`,
  recordA,
  recordB,
  decision,
  probability: 0.5,
  decidedBy: 'acc',
  decidedAt: at,
});

const queue = [pair('a', 'b'), pair('c', 'd'), pair('e', 'f'), pair('g', 'h')];

describe('pair keys', () => {
  it('are the same whichever record comes first, and differ between pairs', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), fc.uuid(), (a, b, c) => {
        expect(idPairKey(a, b)).toBe(idPairKey(b, a));
        if (c !== a && c !== b) expect(idPairKey(a, c)).not.toBe(idPairKey(a, b));
      }),
    );
  });
});

describe('the current decisions', () => {
  it('keep the newest row of each pair and leave withdrawn pairs out', () => {
    const history = [
      row('b', 'a', 'withdrawn', '2024-01-03'),
      row('a', 'b', 'match', '2024-01-02'),
      row('c', 'd', 'non-match', '2024-01-02'),
      row('c', 'd', 'match', '2024-01-01'),
      row('e', 'f', 'unsure'),
    ];
    const current = currentDecisions(history);
    expect([...current.keys()].sort()).toEqual([idPairKey('c', 'd'), idPairKey('e', 'f')]);
    expect(current.get(idPairKey('d', 'c'))?.decision).toBe('non-match');
  });

  it('give the model labels for matches and non-matches only, in a stable order', () => {
    const current = currentDecisions([
      row('e', 'f', 'unsure'),
      row('c', 'd', 'non-match'),
      row('a', 'b', 'match'),
    ]);
    expect(labelsOf(current)).toEqual([
      { a: 'a', b: 'b', decision: 'match' },
      { a: 'c', b: 'd', decision: 'non-match' },
    ]);
  });
});

describe('the queue on the page', () => {
  it('leaves decided pairs out and keeps the order of uncertainty', () => {
    const decided = new Map([[idPairKey('d', 'c'), true]]);
    expect(pendingPairs(queue, decided).map(queuedKey)).toEqual(
      [queue[0], queue[2], queue[3]].map((p) => queuedKey(p as QueuedPair)),
    );
  });

  it('selects the pair asked for while it is pending, else the first one', () => {
    const pending = pendingPairs(queue, new Map([[idPairKey('a', 'b'), true]]));
    expect(selectedPair(pending, idPairKey('e', 'f'))?.left).toBe('e');
    expect(selectedPair(pending, idPairKey('a', 'b'))?.left).toBe('c');
    expect(selectedPair(pending, null)?.left).toBe('c');
    expect(selectedPair([], null)).toBeUndefined();
  });

  it('moves by one with the keys and stops at both ends', () => {
    const keys = queue.map(queuedKey);
    expect(moveSelection(queue, keys[0] ?? null, 1)).toBe(keys[1]);
    expect(moveSelection(queue, keys[3] ?? null, 1)).toBe(keys[3]);
    expect(moveSelection(queue, keys[0] ?? null, -1)).toBe(keys[0]);
    expect(moveSelection(queue, 'gone', 1)).toBe(keys[0]);
    expect(moveSelection([], null, 1)).toBeNull();
  });

  it('goes to the next pending pair after a decision, else back, else nowhere', () => {
    const keys = queue.map(queuedKey);
    const decided = new Map<string, unknown>([[keys[2] ?? '', true]]);
    expect(nextAfterDecision(queue, decided, keys[1] ?? '')).toBe(keys[3]);
    expect(nextAfterDecision(queue, decided, keys[3] ?? '')).toBe(keys[1]);
    const all = new Map<string, unknown>(keys.map((k) => [k, true]));
    expect(nextAfterDecision(queue, all, keys[0] ?? '')).toBeNull();
  });

  it('after any sequence of decisions selects a pending pair, or none when all are decided', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: queue.length - 1 })), (picks) => {
        const decided = new Map<string, unknown>();
        let selected: string | null = queuedKey(queue[0] as QueuedPair);
        for (const pick of picks) {
          const key = queuedKey(queue[pick] as QueuedPair);
          selected = nextAfterDecision(queue, decided, key);
          decided.set(key, true);
        }
        const pending = pendingPairs(queue, decided);
        if (picks.length === 0) return;
        if (pending.length === 0) expect(selected).toBeNull();
        else expect(pending.map(queuedKey)).toContain(selected);
      }),
    );
  });
});

describe('the review keyboard', () => {
  it('maps m, n, u, j, k, the arrows and z to their actions and nothing else', () => {
    expect(['m', 'n', 'u', 'j', 'k', 'ArrowDown', 'ArrowUp', 'z'].map(reviewKeyAction)).toEqual([
      'match',
      'non-match',
      'unsure',
      'next',
      'previous',
      'next',
      'previous',
      'undo',
    ]);
    expect(reviewKeyAction('x')).toBeUndefined();
    expect(reviewKeyAction('M')).toBeUndefined();
  });

  it('leaves keys typed in a field or with a modifier to others', () => {
    const base = { key: 'm', altKey: false, ctrlKey: false, metaKey: false };
    expect(isReviewKeyEvent({ ...base, target: { tagName: 'BUTTON' } })).toBe(true);
    expect(isReviewKeyEvent({ ...base, target: { tagName: 'INPUT' } })).toBe(false);
    expect(isReviewKeyEvent({ ...base, target: { tagName: 'SELECT' } })).toBe(false);
    expect(isReviewKeyEvent({ ...base, target: { isContentEditable: true } })).toBe(false);
    expect(isReviewKeyEvent({ ...base, ctrlKey: true, target: null })).toBe(false);
    expect(isReviewKeyEvent({ ...base, key: 'q', target: null })).toBe(false);
  });
});

describe('undo', () => {
  it('takes back the newest decision first and keeps a bounded history', () => {
    let stack = pushUndo([], { recordA: 'a', recordB: 'b', decision: 'match' });
    stack = pushUndo(stack, { recordA: 'c', recordB: 'd', decision: 'unsure' });
    const first = popUndo(stack);
    expect(first?.step.recordA).toBe('c');
    expect(popUndo(first?.rest ?? [])?.step.recordA).toBe('a');
    expect(popUndo([])).toBeUndefined();
    let long: ReturnType<typeof pushUndo> = [];
    for (let i = 0; i < 10; i += 1) {
      long = pushUndo(long, { recordA: `${i}`, recordB: 'x', decision: 'match' }, 3);
    }
    expect(long.map((s) => s.recordA)).toEqual(['7', '8', '9']);
  });
});

describe('undo from the history', () => {
  it('gives the pair back the decision it had before, or withdraws it when it had none', () => {
    const split = row('a', 'b', 'non-match', '2024-01-01');
    const merge = row('b', 'a', 'match', '2024-01-02');
    const other = row('c', 'd', 'unsure', '2024-01-03');
    const history = [other, merge, split];
    expect(undoDecisionOf(history, merge)).toEqual({ decision: 'non-match', probability: 0.5 });
    expect(undoDecisionOf(history, split)).toEqual({ decision: 'withdrawn' });
    expect(undoDecisionOf(history, other)).toEqual({ decision: 'withdrawn' });
    const withdrawn = row('a', 'b', 'withdrawn', '2024-01-01T12:00:00Z');
    expect(undoDecisionOf([merge, withdrawn, split], merge)).toEqual({ decision: 'withdrawn' });
  });
});
