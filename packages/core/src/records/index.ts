export * from './kinds';
export type { Field, FieldClass, FieldOptions, FieldSpec, FieldType, PartSpec } from './field';
export * from './tables';
export * from './schema';
export * from './split';
export * from './search';
