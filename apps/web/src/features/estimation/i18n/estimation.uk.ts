import type { estimationEn } from './estimation.en';

// Ukrainian messages of the estimation page (keys and placeholders as estimation.en.ts).
export const estimationUk: Record<keyof typeof estimationEn, string> = {
  'estimation.nav': 'Оцінка',
  'estimation.title': 'Оцінка незадокументованих жертв',
};
