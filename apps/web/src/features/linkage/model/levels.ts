// The linkage engine names comparison levels in English (`levelLabels` of @vigil/analytics);
// this page shows them in the reader's language. A label it does not know is shown as it is.
import type { MessageId } from '../../../app/i18n/en';

/** A level label as a message and its values, or the engine's own words when unknown. */
export type LevelText =
  | {
      readonly id: MessageId;
      readonly values?: Readonly<Record<string, string | number>>;
    }
  | { readonly raw: string };

const FIXED: Readonly<Record<string, MessageId>> = {
  missing: 'linkage.level.missing',
  exact: 'linkage.level.exact',
  different: 'linkage.level.different',
  'same words, other order': 'linkage.level.otherOrder',
  'same name, other transliteration': 'linkage.level.transliteration',
  'words missing on one side': 'linkage.level.wordsMissing',
  'day and month transposed': 'linkage.level.transposed',
  'one typo': 'linkage.level.typo',
  'partial date agrees': 'linkage.level.partial',
  'same year': 'linkage.level.sameYear',
};

/** The message of an engine level label. */
export const levelText = (label: string): LevelText => {
  const fixed = FIXED[label];
  if (fixed !== undefined) return { id: fixed };
  if (label.startsWith('swapped with ')) return { id: 'linkage.level.swapped' };
  const similar = /^(?:folded )?Jaro-Winkler >= ([0-9.]+)$/.exec(label);
  if (similar !== null) return { id: 'linkage.level.similar', values: { value: similar[1] ?? '' } };
  const edits = /^edit distance <= (\d+)$/.exec(label);
  if (edits !== null) {
    return { id: 'linkage.level.editDistance', values: { count: Number(edits[1]) } };
  }
  const years = /^within (\d+) years?$/.exec(label);
  if (years !== null) {
    return { id: 'linkage.level.withinYears', values: { count: Number(years[1]) } };
  }
  return { raw: label };
};
