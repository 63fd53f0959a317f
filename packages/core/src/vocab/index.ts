export * from './ids';
export * from './schema';
export * from './normalise';
export * from './registry';
export * from './api';
export * from './enum-labels';
