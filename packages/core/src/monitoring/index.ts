export * from './alerts';
export * from './indicators';
