// The auditor: which sensitive entries a publication gives away. Safe means that for every count
// from 1 to k − 1, either it is suppressed and the published figures still allow 0 (nobody) or
// some value of k or more — so no one can tell a small group of people is there — or there is
// nothing sensitive. Zeros are not sensitive: that nobody was counted identifies no one.
import { isSensitive, type LinearModel, type Publication } from './model';
import { exposedRangesOf } from './ranges';

/** A sensitive entry the publication gives away. */
export interface EntryProblem {
  readonly entry: number;
  /** What can be inferred: the range of values consistent with the publication. */
  readonly lower: number;
  readonly upper: number;
  readonly reason: string;
}

/** The problems of a publication of a model at threshold k, in order of entry. */
export const auditModel = (
  model: LinearModel,
  publication: Publication,
  k: number,
  flagged: ReadonlySet<number> = new Set(),
): EntryProblem[] => {
  const problems: EntryProblem[] = [];
  const hidden: number[] = [];
  model.values.forEach((value, entry) => {
    const shown = publication[entry];
    if (shown === null) {
      if (isSensitive(value, k) || flagged.has(entry)) hidden.push(entry);
    } else if (shown !== value) {
      problems.push({
        entry,
        lower: shown ?? NaN,
        upper: shown ?? NaN,
        reason: `published as ${shown}, but the count is ${value}`,
      });
    } else if (isSensitive(value, k)) {
      problems.push({
        entry,
        lower: value,
        upper: value,
        reason: `a count from 1 to ${k - 1} is published`,
      });
    } else if (flagged.has(entry)) {
      problems.push({
        entry,
        lower: value,
        upper: value,
        reason: `a figure about 1 to ${k - 1} people is published`,
      });
    }
  });
  for (const [entry, { lower, upper }] of exposedRangesOf(model, publication, hidden, k, flagged)) {
    const reason = Number.isNaN(lower)
      ? 'the published figures contradict each other'
      : lower === upper
        ? `recoverable exactly (${lower}) from the published figures`
        : `known from the published figures to be between ${lower} and ${upper}, a count from 1 to ${k - 1}`;
    problems.push({ entry, lower, upper, reason });
  }
  return problems.sort((x, y) => x.entry - y.entry);
};
