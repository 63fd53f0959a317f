import { INDICATORS, PILLARS } from '@vigil/analytics';
import { useCallback } from 'react';
import type { MessageId } from '../../app/i18n/en';
import { useT } from '../../app/i18n/LocaleProvider';

const indicatorIds = new Set(INDICATORS.map((d) => d.id));
const pillarIds = new Set<string>(PILLARS);

/** Names of indicators and pillars in the reader's language (the catalogue's ids otherwise). */
export function useIndexLabels() {
  const t = useT();
  const indicator = useCallback(
    (id: string) => (indicatorIds.has(id) ? t(`riskIndex.indicator.${id}` as MessageId) : id),
    [t],
  );
  const pillar = useCallback(
    (id: string) => (pillarIds.has(id) ? t(`riskIndex.pillar.${id}` as MessageId) : id),
    [t],
  );
  return { indicator, pillar };
}
