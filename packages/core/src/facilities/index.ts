export * from './schema';
export * from './regions';
export * from './geo';
export * from './checks';
export * from './similar';
export * from './starter';
