export * from './partial-date';
export * from './order';
export * from './text';
