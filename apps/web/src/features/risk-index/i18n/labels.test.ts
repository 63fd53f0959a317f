import { INDICATORS, PILLAR_LABELS, PILLARS } from '@vigil/analytics';
import { describe, expect, it } from 'vitest';
import { riskIndexEn } from './riskIndex.en';
import { riskIndexRu } from './riskIndex.ru';
import { riskIndexUk } from './riskIndex.uk';

const catalog = (c: Record<string, string>, key: string) => c[key];

describe('names of indicators and pillars', () => {
  it('are the catalogue’s own in English and Russian, word for word', () => {
    for (const d of INDICATORS) {
      expect(catalog(riskIndexEn, `riskIndex.indicator.${d.id}`), d.id).toBe(d.label.en);
      expect(catalog(riskIndexRu, `riskIndex.indicator.${d.id}`), d.id).toBe(d.label.ru);
    }
    for (const p of PILLARS) {
      expect(catalog(riskIndexEn, `riskIndex.pillar.${p}`), p).toBe(PILLAR_LABELS[p].en);
      expect(catalog(riskIndexRu, `riskIndex.pillar.${p}`), p).toBe(PILLAR_LABELS[p].ru);
    }
  });

  it('exist in Ukrainian for every indicator and pillar, and none more', () => {
    const ids = Object.keys(riskIndexUk).filter((k) => k.startsWith('riskIndex.indicator.'));
    expect(ids.sort()).toEqual(INDICATORS.map((d) => `riskIndex.indicator.${d.id}`).sort());
    for (const p of PILLARS) expect(catalog(riskIndexUk, `riskIndex.pillar.${p}`)).toBeTruthy();
  });
});
