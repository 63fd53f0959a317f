import { CPT_HEADINGS, FOLLOW_UP_STATUSES, type FacilityOverview } from '@vigil/core';

export type OverviewFinding = FacilityOverview['findings'][number];

/**
 * Findings under their CPT heading, headings in the order of a CPT report (anything the table
 * does not know last), each heading's findings with the latest follow-up first.
 */
export const findingsByHeading = (
  findings: readonly OverviewFinding[],
): { heading: string; findings: OverviewFinding[] }[] => {
  const order = (h: string) => {
    const i = (CPT_HEADINGS as readonly string[]).indexOf(h);
    return i < 0 ? CPT_HEADINGS.length : i;
  };
  const groups = new Map<string, OverviewFinding[]>();
  for (const f of findings) groups.set(f.heading, [...(groups.get(f.heading) ?? []), f]);
  return [...groups]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([heading, list]) => ({
      heading,
      findings: [...list].sort(
        (a, b) =>
          (b.followUpDate ?? '').localeCompare(a.followUpDate ?? '') || a.id.localeCompare(b.id),
      ),
    }));
};

/** How many findings stand at each follow-up status, in the table's order; empty ones left out. */
export const followUpCounts = (
  findings: readonly Pick<OverviewFinding, 'followUp'>[],
): { status: string; count: number }[] => {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.followUp, (counts.get(f.followUp) ?? 0) + 1);
  const known = FOLLOW_UP_STATUSES.filter((s) => counts.has(s)).map((status) => ({
    status,
    count: counts.get(status) ?? 0,
  }));
  const other = [...counts]
    .filter(([s]) => !(FOLLOW_UP_STATUSES as readonly string[]).includes(s))
    .map(([status, count]) => ({ status, count }));
  return [...known, ...other];
};

/** Statuses that need nothing more from the authorities or from us. */
const SETTLED = new Set(['implemented', 'closed']);
/** Statuses where the authorities failed to act. */
const FAILED = new Set(['no-response', 'not-implemented']);

/** The tone of a follow-up badge: settled, failing, or still open. */
export const followUpTone = (status: string): 'ok' | 'bad' | 'open' =>
  SETTLED.has(status) ? 'ok' : FAILED.has(status) ? 'bad' : 'open';
