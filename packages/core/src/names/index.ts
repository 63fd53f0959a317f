export { nameMatchKeys, MAX_KEYS, MAX_WORDS } from './keys';
export { normaliseName, nameTokens } from './normalise';
export { latinFold } from './fold';
export { nameWordSpellings, cachedNameWordSpellings } from './spellings';
export { systems, transliterate, type TranslitSystem } from './systems';
