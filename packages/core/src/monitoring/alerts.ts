import { z } from 'zod';

/**
 * Alerts for people at risk in places no one may visit (issue 5): computed on coded data only, so
 * the server can raise them without reading a name. Pure: the same records and day give the same
 * alerts, in the same order.
 */

/** When an alert is raised; each vault sets its own. */
export const alertSettingsSchema = z.strictObject({
  /** Days a person may be held incommunicado before an alert. */
  incommunicadoDays: z.number().int().min(1).max(365).default(3),
  /** The window, in days up to today, in which incidents at one facility are counted. */
  clusterWindowDays: z.number().int().min(1).max(365).default(30),
  /** How many incidents at one facility within the window make a cluster. */
  clusterThreshold: z.number().int().min(2).max(10_000).default(5),
});
export type AlertSettings = z.output<typeof alertSettingsSchema>;
export const DEFAULT_ALERT_SETTINGS: AlertSettings = alertSettingsSchema.parse({});

export const ALERT_KINDS = ['incommunicado', 'unknown-transfer', 'incident-cluster'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Whereabouts (HURIDOCS MT 30) that hide the person: location not disclosed, capture denied. */
const HIDDEN_WHEREABOUTS = ['0102', '02'];
const NO_COUNSEL = new Set(['010000000000', '120000000000']);

/**
 * True when a detention's codes say the person may not see a lawyer: no counsel or no
 * consultation permitted (MT 31), or no outside contact at all (MT 30, 010102…).
 */
export const counselDenied = (d: {
  whereabouts?: string | null | undefined;
  lawyerAccess?: readonly string[] | null | undefined;
}): boolean =>
  (d.lawyerAccess ?? []).some((c) => NO_COUNSEL.has(c)) ||
  d.whereabouts?.startsWith('010102') === true;

/**
 * True when nobody outside knows where the person is or may reach them: whereabouts hidden, or
 * outside contact, counsel or consultation not permitted.
 */
export const isIncommunicado = (d: {
  whereabouts?: string | null | undefined;
  lawyerAccess?: readonly string[] | null | undefined;
}): boolean =>
  HIDDEN_WHEREABOUTS.some((prefix) => d.whereabouts?.startsWith(prefix) === true) ||
  counselDenied(d);

/** A detention as the alert rules read it: coded fields and its days (ISO, inclusive). */
export interface AlertDetention {
  readonly id: string;
  readonly person: string | null;
  readonly facility: string | null;
  readonly transferTo: string | null;
  /** First possible day of the detention, or null when unknown. */
  readonly start: string | null;
  /** Last day held, or null while ongoing. */
  readonly end: string | null;
  readonly whereabouts: string | null;
  readonly lawyerAccess: readonly string[];
}

export interface AlertIncident {
  readonly id: string;
  readonly facility: string;
  /** Earliest possible day of the incident. */
  readonly day: string;
}

export const alertSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('incommunicado'),
    detention: z.string(),
    person: z.string().nullable(),
    facility: z.string().nullable(),
    since: z.string(),
    days: z.number().int(),
  }),
  z.strictObject({
    kind: z.literal('unknown-transfer'),
    detention: z.string(),
    person: z.string().nullable(),
    facility: z.string().nullable(),
    since: z.string(),
    days: z.number().int(),
  }),
  z.strictObject({
    kind: z.literal('incident-cluster'),
    facility: z.string(),
    from: z.string(),
    to: z.string(),
    incidents: z.array(z.string()),
  }),
]);
export type Alert = z.infer<typeof alertSchema>;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The first day (ISO) of the cluster window that ends on `today`, today included. */
export const clusterWindowStart = (today: string, settings: AlertSettings): string =>
  isoOf(dayNumber(today) - settings.clusterWindowDays + 1);

/** Statuses after which a person needs no alert: free or known dead. */
const SETTLED_STATUSES = new Set(['at-liberty', 'dead']);

/**
 * Every alert on `today` (ISO day):
 * - incommunicado: an ongoing detention whose whereabouts or counsel codes say nobody may reach
 *   the person, held at least `incommunicadoDays` days;
 * - unknown-transfer: a detention that ended with no `transferTo`, of a person still detained or
 *   missing (coded status), with no later detention recorded — they were moved somewhere unknown;
 * - incident-cluster: at least `clusterThreshold` incidents at one facility dated within the last
 *   `clusterWindowDays` days (today included).
 * Sorted by kind, then longest-standing or largest first, then id.
 */
export const computeAlerts = (
  input: {
    readonly detentions: readonly AlertDetention[];
    readonly incidents: readonly AlertIncident[];
    /** Coded status of each person (person id → status code). */
    readonly personStatus: ReadonlyMap<string, string>;
  },
  settings: AlertSettings,
  today: string,
): Alert[] => {
  const now = dayNumber(today);
  const alerts: Alert[] = [];

  for (const d of input.detentions) {
    if (d.end !== null || d.start === null || !isIncommunicado(d)) continue;
    const days = now - dayNumber(d.start);
    if (days >= settings.incommunicadoDays) {
      alerts.push({
        kind: 'incommunicado',
        detention: d.id,
        person: d.person,
        facility: d.facility,
        since: d.start,
        days,
      });
    }
  }

  const latestStart = new Map<string, number>();
  for (const d of input.detentions) {
    if (d.person === null || d.start === null) continue;
    latestStart.set(d.person, Math.max(latestStart.get(d.person) ?? -Infinity, dayNumber(d.start)));
  }
  for (const d of input.detentions) {
    if (d.end === null || d.transferTo !== null || d.person === null) continue;
    const status = input.personStatus.get(d.person);
    if (
      status === undefined ||
      SETTLED_STATUSES.has(status) ||
      !['detained', 'missing'].includes(status)
    )
      continue;
    const end = dayNumber(d.end);
    if ((latestStart.get(d.person) ?? -Infinity) > end) continue;
    if (end > now) continue;
    alerts.push({
      kind: 'unknown-transfer',
      detention: d.id,
      person: d.person,
      facility: d.facility,
      since: d.end,
      days: now - end,
    });
  }

  const from = dayNumber(clusterWindowStart(today, settings));
  const byFacility = new Map<string, { id: string; day: number }[]>();
  for (const i of input.incidents) {
    const day = dayNumber(i.day);
    if (day < from || day > now) continue;
    byFacility.set(i.facility, [...(byFacility.get(i.facility) ?? []), { id: i.id, day }]);
  }
  for (const [facility, list] of byFacility) {
    if (list.length < settings.clusterThreshold) continue;
    const sorted = [...list].sort((a, b) => a.day - b.day || a.id.localeCompare(b.id));
    alerts.push({
      kind: 'incident-cluster',
      facility,
      from: isoOf(sorted[0]?.day ?? from),
      to: isoOf(sorted[sorted.length - 1]?.day ?? now),
      incidents: sorted.map((x) => x.id),
    });
  }

  const weight = (a: Alert): number =>
    a.kind === 'incident-cluster' ? a.incidents.length : a.days;
  const key = (a: Alert): string => (a.kind === 'incident-cluster' ? a.facility : a.detention);
  return alerts.sort(
    (a, b) =>
      ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind) ||
      weight(b) - weight(a) ||
      key(a).localeCompare(key(b)),
  );
};
