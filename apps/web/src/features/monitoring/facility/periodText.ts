import type { Labeller } from '../../records/shared/labels';
import { periodLabel } from '../model/periods';

/** A period key in the reader's words ("Q2 2024", "May 2024", "2024"), or "Undated" for null. */
export const periodText = (l: Labeller, period: string | null): string =>
  period === null
    ? l.t('monitoring.period.undated')
    : periodLabel(period, l.locale, (quarter, year) =>
        l.t('monitoring.period.quarter', { quarter: String(quarter), year: String(year) }),
      );
