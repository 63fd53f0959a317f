import { describe, expect, it } from 'vitest';
import { CONSENT_EXCLUSIONS, RATE_BASES, STAT_DIMENSIONS } from '../api/statistics';
import { getVocabulary } from '../vocab/registry';
import {
  STAT_VOCABULARIES,
  consentExclusionLabel,
  distinctVictimsLabel,
  noDenominatorLabel,
  rateDenominatorLabel,
  rateUnitLabel,
  statValueLabel,
  victimsCountedAsLabel,
} from './labels';

describe('labels of statistics', () => {
  it('name a coded method, a region and a facility in the language asked for', () => {
    expect(statValueLabel('region', 'RU-ROS', 'ru')).toBe('Ростовская область');
    expect(statValueLabel('region', 'RU-ROS', 'en')).toMatch(/Rostov/);
    expect(statValueLabel('facility', 'f1', 'en', new Map([['f1', 'SIZO-2 Taganrog']]))).toBe(
      'SIZO-2 Taganrog',
    );
    const code = getVocabulary('violence-methods')?.terms[0]?.code ?? '';
    expect(statValueLabel('method', code, 'en')).not.toBe(code);
  });

  it('say unknown for a missing value, and none recorded for an incident without intervention', () => {
    expect(statValueLabel('sex', null, 'en')).toBe('unknown');
    expect(statValueLabel('intervention-outcome', null, 'ru')).toBe('не записано');
  });

  it('point only at vocabularies that exist, for dimensions that exist', () => {
    for (const [dimension, list] of Object.entries(STAT_VOCABULARIES)) {
      expect(STAT_DIMENSIONS).toContain(dimension);
      expect(getVocabulary(list), list).toBeDefined();
    }
  });

  it('show a value it cannot name as it is', () => {
    expect(statValueLabel('method', 'not-a-code', 'en')).toBe('not-a-code');
    expect(statValueLabel('quarter', '2024-Q2', 'en')).toBe('2024-Q2');
  });
});

describe('labels of rates and consent exclusions', () => {
  it('name every rate basis and exclusion reason in en, ru and uk, each language its own words', () => {
    for (const basis of RATE_BASES) {
      const words = ['en', 'ru', 'uk'].map((l) => rateUnitLabel(basis, l));
      expect(new Set(words).size).toBe(3);
      expect(rateDenominatorLabel(basis, 'ru')).not.toBe(rateDenominatorLabel(basis, 'en'));
    }
    for (const reason of CONSENT_EXCLUSIONS) {
      const words = ['en', 'ru', 'uk'].map((l) => consentExclusionLabel(reason, l));
      expect(new Set(words).size).toBe(3);
    }
    expect(rateUnitLabel('capacity', 'en')).toBe('per 1,000 places');
    expect(noDenominatorLabel('ru')).toBe('нет знаменателя');
  });

  it('say whether distinct victims are the people of a linkage run or person records, in en, ru and uk', () => {
    expect(distinctVictimsLabel(4, 'en')).toBe('distinct victims (people after linkage run 4)');
    expect(distinctVictimsLabel(null, 'en')).toBe(
      'distinct victims (person records; no linkage saved)',
    );
    for (const lang of ['en', 'ru', 'uk']) {
      expect(victimsCountedAsLabel(12, lang)).toContain('12');
      expect(victimsCountedAsLabel(null, lang)).not.toBe(victimsCountedAsLabel(1, lang));
    }
    expect(victimsCountedAsLabel(3, 'ru')).toBe('люди после связывания, расчёт 3');
    expect(victimsCountedAsLabel(null, 'uk')).toBe('записи про людей; зв’язування не збережено');
  });
});
