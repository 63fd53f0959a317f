import type { Alert } from '@vigil/core';
import { describe, expect, it } from 'vitest';
import { labellerFor } from '../../records/shared/labeller.test-helpers';
import {
  alertKey,
  alertPeople,
  alertsByKind,
  alertText,
  badgeCount,
  parseAlertSettings,
} from './alerts';

const held: Alert = {
  kind: 'incommunicado',
  detention: 'd1',
  person: 'p1',
  facility: 'f1',
  since: '2026-01-01',
  days: 12,
};
const moved: Alert = { ...held, kind: 'unknown-transfer', detention: 'd2', person: 'p2', days: 1 };
const cluster: Alert = {
  kind: 'incident-cluster',
  facility: 'f1',
  from: '2026-01-01',
  to: '2026-01-09',
  incidents: ['i1', 'i2', 'i3'],
};

describe('alerts', () => {
  it('are grouped by kind in core’s order, kinds without alerts left out', () => {
    expect(alertsByKind([cluster, held]).map((g) => g.kind)).toEqual([
      'incommunicado',
      'incident-cluster',
    ]);
    expect(alertKey(cluster)).not.toBe(alertKey(held));
  });

  it('name each person once, so only their names are opened', () => {
    expect(alertPeople([held, moved, { ...held, detention: 'd3' }, cluster])).toEqual(['p1', 'p2']);
  });

  it('say what happened and for how long, in each language', () => {
    const day = (iso: string) => iso;
    expect(alertText(labellerFor('en'), held, day)).toBe(
      'held incommunicado for 12 days, since 2026-01-01',
    );
    expect(alertText(labellerFor('en'), moved, day)).toBe(
      'moved to a place no one recorded on 2026-01-01, 1 day ago',
    );
    expect(alertText(labellerFor('en'), cluster, day)).toBe(
      '3 incidents between 2026-01-01 and 2026-01-09',
    );
    expect(alertText(labellerFor('ru'), held, day)).toBe('без связи 12 дней, с 2026-01-01');
    expect(alertText(labellerFor('uk'), { ...held, days: 3 }, day)).toBe(
      'без зв’язку 3 дні, з 2026-01-01',
    );
  });

  it('count every vault’s alerts on the badge, and show none for zero', () => {
    expect(badgeCount([2, undefined, 1])).toBe(3);
    expect(badgeCount([0, undefined])).toBeNull();
    expect(badgeCount([])).toBeNull();
  });

  it('accept settings that are whole numbers in range, and name the fields that are not', () => {
    expect(
      parseAlertSettings({
        incommunicadoDays: '3',
        clusterWindowDays: ' 30 ',
        clusterThreshold: '5',
      }),
    ).toEqual({
      ok: true,
      settings: { incommunicadoDays: 3, clusterWindowDays: 30, clusterThreshold: 5 },
    });
    expect(
      parseAlertSettings({ incommunicadoDays: '0', clusterWindowDays: 'x', clusterThreshold: '1' }),
    ).toEqual({
      ok: false,
      fields: ['incommunicadoDays', 'clusterWindowDays', 'clusterThreshold'],
    });
    expect(
      parseAlertSettings({
        incommunicadoDays: '2.5',
        clusterWindowDays: '30',
        clusterThreshold: '5',
      }),
    ).toEqual({ ok: false, fields: ['incommunicadoDays'] });
  });
});
