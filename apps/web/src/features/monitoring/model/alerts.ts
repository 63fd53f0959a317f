import {
  ALERT_KINDS,
  alertSettingsSchema,
  type Alert,
  type AlertKind,
  type AlertSettings,
} from '@vigil/core';
import type { Labeller } from '../../records/shared/labels';

/** The alerts of each kind, kinds in core's order (the server's order kept inside each). */
export const alertsByKind = (alerts: readonly Alert[]): { kind: AlertKind; alerts: Alert[] }[] =>
  ALERT_KINDS.map((kind) => ({ kind, alerts: alerts.filter((a) => a.kind === kind) })).filter(
    (g) => g.alerts.length > 0,
  );

/** A stable key of an alert, for lists. */
export const alertKey = (a: Alert): string =>
  a.kind === 'incident-cluster' ? `cluster:${a.facility}` : `${a.kind}:${a.detention}`;

/** The people the alerts name (to open their names on this device), each once. */
export const alertPeople = (alerts: readonly Alert[]): string[] => [
  ...new Set(
    alerts.flatMap((a) => (a.kind !== 'incident-cluster' && a.person !== null ? [a.person] : [])),
  ),
];

/**
 * What an alert says, in words, without the person or facility (the page puts their names, as
 * links, beside it): "Held incommunicado for 12 days, since 1 Jan 2026", "Moved 5 days ago
 * (on …) to a place no one recorded", "5 incidents between … and …".
 */
export const alertText = (l: Labeller, alert: Alert, day: (iso: string) => string): string => {
  if (alert.kind === 'incident-cluster') {
    return l.t('monitoring.alerts.clusterText', {
      count: alert.incidents.length,
      day: day(alert.from),
      value: day(alert.to),
    });
  }
  return l.t(
    alert.kind === 'incommunicado'
      ? 'monitoring.alerts.incommunicadoText'
      : 'monitoring.alerts.unknownTransferText',
    { count: alert.days, day: day(alert.since) },
  );
};

/** The settings form's text as settings, or the fields that are not whole numbers in range. */
export const parseAlertSettings = (
  text: Readonly<Record<keyof AlertSettings, string>>,
): { ok: true; settings: AlertSettings } | { ok: false; fields: (keyof AlertSettings)[] } => {
  const numbers = Object.fromEntries(
    Object.entries(text).map(([k, v]) => [k, /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : Number.NaN]),
  );
  const parsed = alertSettingsSchema.safeParse(numbers);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const fields = [
    ...new Set(parsed.error.issues.map((i) => String(i.path[0]) as keyof AlertSettings)),
  ];
  return { ok: false, fields };
};

/** The number shown on the navigation's badge: every alert of every vault, or null for none. */
export const badgeCount = (counts: readonly (number | undefined)[]): number | null => {
  const total = counts.reduce<number>((n, c) => n + (c ?? 0), 0);
  return total > 0 ? total : null;
};
