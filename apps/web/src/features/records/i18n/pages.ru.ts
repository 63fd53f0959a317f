import type { recordsPagesEn } from './pages.en';

// Same keys and ICU placeholders as pages.en.ts.
export const recordsPagesRu: Record<keyof typeof recordsPagesEn, string> = {};
