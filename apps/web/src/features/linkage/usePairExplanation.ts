import type { ReviewExplanation } from '@vigil/analytics';
import { useEffect, useState } from 'react';
import { idPairKey } from './model/review';

/** Asks the worker why two records score as they do; undefined while it answers. */
export function usePairExplanation(
  explain: (left: string, right: string) => Promise<ReviewExplanation | null>,
  left: string | undefined,
  right: string | undefined,
  /** Changes with every finished run, so a new run's explanations are asked for. */
  runId: number,
): ReviewExplanation | null | undefined {
  const [answer, setAnswer] = useState<{
    readonly key: string;
    readonly explanation: ReviewExplanation | null;
  } | null>(null);
  const key =
    left === undefined || right === undefined ? null : `${runId}:${idPairKey(left, right)}`;
  useEffect(() => {
    if (key === null || left === undefined || right === undefined) return;
    let current = true;
    explain(left, right).then(
      (explanation) => {
        if (current) setAnswer({ key, explanation });
      },
      () => {
        if (current) setAnswer({ key, explanation: null });
      },
    );
    return () => {
      current = false;
    };
  }, [explain, key, left, right]);
  if (key === null) return null;
  return answer?.key === key ? answer.explanation : undefined;
}
