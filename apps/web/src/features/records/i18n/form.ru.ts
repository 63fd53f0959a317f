import type { recordsFormEn } from './form.en';

// Same keys and ICU placeholders as form.en.ts.
export const recordsFormRu: Record<keyof typeof recordsFormEn, string> = {};
