import {
  ACCESS_LEVELS,
  CPT_HEADINGS,
  FOLLOW_UP_STATUSES,
  MONITORING_METHODS,
  type FacilityId,
  type MonitoringFindingId,
  type MonitoringReportId,
  type SourceId,
} from '@vigil/core';
import { newId, type GenContext } from './context';
import { dayOf, isoOf, onDay } from './dates';
import { demoRecord, type DemoFacility } from './model';
import { monitoringFindingText, monitoringTexts } from './texts';

type Access = (typeof ACCESS_LEVELS)[number];

/** Headings findings are filed under most in places no one may visit. */
const HEADING_WEIGHTS = CPT_HEADINGS.map(
  (h) =>
    [
      h,
      h === 'ill-treatment' ? 6 : h.startsWith('conditions.') || h === 'health-care' ? 3 : 2,
    ] as const,
);

/** The first day of the month `back` months before the month of `day`. */
const monthStart = (day: number, back: number): number => {
  const iso = isoOf(day);
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - back;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return dayOf(`${year}-${String(month).padStart(2, '0')}-01`);
};

/**
 * Remote monitoring reports on the facilities most present in the dataset: one per half year
 * back from the last day, each with a few findings and their follow-up. `sourcesAt` gives the
 * sources about people held at each facility, some of which the reports draw on.
 */
export const generateMonitoring = (
  ctx: GenContext,
  facilities: readonly DemoFacility[],
  sourcesAt: ReadonlyMap<FacilityId, readonly SourceId[]>,
): void => {
  const { random, until } = ctx;
  for (const f of facilities) {
    const reports = random.int(2, 3);
    for (let r = 0; r < reports; r++) {
      // Half years ending with the last full month before `until`, newest first.
      const from = monthStart(until, 6 * (r + 1));
      const to = monthStart(until, 6 * r) - 1;
      if (from < ctx.start) break;
      const informants = random.int(2, 25);
      const cellArea = random.int(8, 40);
      const bad = f.authority === 'de-facto' || random.chance(0.6);
      const access = (): Access =>
        random.weighted(
          ACCESS_LEVELS.map(
            (a) =>
              [
                a,
                bad ? (a === 'denied' || a === 'restricted' ? 4 : 1) : a === 'unrestricted' ? 4 : 1,
              ] as const,
          ),
        );
      const known = sourcesAt.get(f.id) ?? [];
      const id = newId<MonitoringReportId>(ctx);
      ctx.emit(
        demoRecord('monitoring-report', id, {
          facility: f.id,
          ...(known.length > 0 ? { sources: random.some(known, random.int(1, 3)) } : {}),
          period: { precision: 'range', from: onDay(from), to: onDay(to) },
          methods: random.some(
            MONITORING_METHODS.filter((m) => m !== 'in-person'),
            random.int(1, 3),
          ),
          informants,
          peopleHeld:
            f.capacity === null
              ? random.int(150, 1500)
              : Math.round(f.capacity * (0.7 + random.next() * 0.7)),
          cellArea,
          peopleInCell: Math.max(
            1,
            Math.round((cellArea / (bad ? 2 : 4)) * (0.8 + random.next() * 0.6)),
          ),
          doctorAccess: access(),
          lawyerAccess: access(),
          familyContact: access(),
          punishmentCellPlacements: random.int(0, bad ? 150 : 30),
          deathsReported: random.weighted([
            [0, 8],
            [1, 2],
            [2, 1],
          ] as const),
          ...monitoringTexts(random, informants),
        }),
      );
      const findings = random.int(2, 5);
      for (let k = 0; k < findings; k++) {
        const followUp = random.weighted(
          FOLLOW_UP_STATUSES.map(
            (s) =>
              [
                s,
                s === 'no-response' ? 6 : s === 'open' ? 5 : s === 'not-implemented' ? 4 : 2,
              ] as const,
          ),
        );
        const established = Math.min(until, to + random.int(30, 200));
        ctx.emit(
          demoRecord('monitoring-finding', newId<MonitoringFindingId>(ctx), {
            report: id,
            facility: f.id,
            heading: random.weighted(HEADING_WEIGHTS),
            kind: random.weighted([
              ['recommendation', 6],
              ['comment', 3],
              ['request-for-information', 2],
            ] as const),
            followUp,
            ...(followUp === 'open' ? {} : { followUpDate: onDay(established) }),
            text: monitoringFindingText(random),
            ...(followUp === 'open' || followUp === 'no-response'
              ? {}
              : { followUpNotes: `${monitoringFindingText(random)} Ответ властей получен.` }),
          }),
        );
      }
    }
  }
};
