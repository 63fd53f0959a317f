/**
 * The seven pillars of the index, after the dimensions of OMCT's Global Torture Index. Their order
 * is the order of every pillar list the index returns.
 */
export const PILLARS = [
  'political-commitment',
  'institutional-violence',
  'deprivation-of-liberty',
  'impunity',
  'victims-rights',
  'protection-for-all',
  'civic-space',
] as const;
export type Pillar = (typeof PILLARS)[number];

/** The kind of unit scored: a country, a region (federal subject or oblast), or a facility. */
export type Level = 'country' | 'region' | 'facility';

/** Every level, broadest first. */
export const LEVELS: readonly Level[] = ['country', 'region', 'facility'];

/** Display names of the pillars for the methodology page and charts. */
export const PILLAR_LABELS: Readonly<Record<Pillar, { readonly en: string; readonly ru: string }>> =
  {
    'political-commitment': {
      en: 'Political commitment against torture',
      ru: 'Политическая приверженность борьбе с пытками',
    },
    'institutional-violence': {
      en: 'Police brutality and institutional violence',
      ru: 'Полицейское и институциональное насилие',
    },
    'deprivation-of-liberty': {
      en: 'Freedom from torture while deprived of liberty',
      ru: 'Защита от пыток в местах лишения свободы',
    },
    impunity: { en: 'Ending impunity', ru: 'Преодоление безнаказанности' },
    'victims-rights': { en: "Victims' rights", ru: 'Права пострадавших' },
    'protection-for-all': {
      en: 'Protection for all (groups at risk)',
      ru: 'Защита для всех (группы риска)',
    },
    'civic-space': {
      en: 'Right to defend and civic space',
      ru: 'Право на правозащитную деятельность и гражданское пространство',
    },
  };
