import type { recordsFormEn } from './form.en';

// Same keys and ICU placeholders as form.en.ts.
export const recordsFormUk: Record<keyof typeof recordsFormEn, string> = {};
