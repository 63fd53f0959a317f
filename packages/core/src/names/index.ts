export { nameMatchKeys, MAX_KEYS, MAX_WORDS } from './keys';
export { normaliseName, nameTokens } from './normalise';
export { latinFold } from './fold';
export { systems, transliterate, type TranslitSystem } from './systems';
