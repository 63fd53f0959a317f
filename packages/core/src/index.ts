export * from './ids';
export * from './encoding';
export * from './errors';
export * from './roles';
export * from './api/identity';
export * from './api/vaults';
export * from './api/audit';
export * from './api/instance';
export * from './api/routes';
export * from './api/records';
export * from './api/imports';
export * from './api/evidence';
export * from './api/facilities';
export * from './api/monitoring';
export * from './api/statistics';
export * from './api/risk-index';
export * from './api/linkage';
export * from './monitoring';
export * from './facilities';
export * from './vocab';
export * from './dates';
export * from './records';
export * from './consent';
export {
  nameMatchKeys,
  normaliseName,
  nameTokens,
  latinFold,
  nameWordSpellings,
  cachedNameWordSpellings,
  transliterate,
  systems as translitSystems,
  type TranslitSystem,
} from './names';
export * from './evidence';
export * from './statistics/labels';
