// Pure, deterministic analysis code shared by the server, the CLI and the web app (Web Workers):
// statistics and cross-tabulations with drill-down, disclosure control for published tables, and
// the torture-risk index. No I/O, no framework; randomness only from seeded generators.
export * from './statistics/index';
export * from './disclosure/index';
export * from './risk-index/index';
export * from './publish/index';
export * from './estimation/index';
export * from './linkage/index';
