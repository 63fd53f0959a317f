import type { StatsResponse } from '@vigil/core';
import { useT } from '../../app/i18n/LocaleProvider';
import { peopleNoteOf } from './model/people';

/** "Distinct victims are people after linkage run 4 …" or "… person records; no linkage saved". */
export function PeopleNote({ people }: { readonly people: StatsResponse['people'] }) {
  const t = useT();
  const note = peopleNoteOf(people);
  return <span data-testid="stats-people"> {t(note.id, note.values)}</span>;
}
