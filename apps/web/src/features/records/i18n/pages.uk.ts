import type { recordsPagesEn } from './pages.en';

// Same keys and ICU placeholders as pages.en.ts.
export const recordsPagesUk: Record<keyof typeof recordsPagesEn, string> = {};
