export * from './kinds';
export * from './field';
export * from './tables';
export * from './schema';
export * from './split';
