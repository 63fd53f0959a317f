// Evidence files (issue 4): the sealed metadata read from a file, its kind, working-copy lineage.
export * from './kind';
export * from './lineage';
export * from './metadata';
export * from './custody';
