import type { estimationEn } from './estimation.en';

// Russian messages of the estimation page (keys and placeholders as estimation.en.ts).
export const estimationRu: Record<keyof typeof estimationEn, string> = {
  'estimation.nav': 'Оценка',
  'estimation.title': 'Оценка незадокументированных жертв',
};
