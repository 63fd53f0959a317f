import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { AppDeps } from './deps';
import { createAuditLog } from './modules/audit/log';
import { registerAuditRoutes } from './modules/audit/routes';
import { registerEvidenceRoutes } from './modules/evidence/routes';
import { registerFacilityRoutes } from './modules/facilities/routes';
import { seedStarterFacilities } from './modules/facilities/seed';
import { registerMonitoringRoutes } from './modules/monitoring/routes';
import { registerStatisticsRoutes } from './modules/statistics/routes';
import { StatisticsStore } from './modules/statistics/store';
import { scheduleScrub } from './modules/evidence/scrub';
import { registerIdentityRoutes } from './modules/identity/routes';
import { loadInstanceKeys } from './modules/instance/keys';
import { registerInstanceRoutes } from './modules/instance/routes';
import { registerImportRoutes } from './modules/imports/routes';
import { registerRecordRoutes } from './modules/records/routes';
import { registerRiskIndexRoutes } from './modules/risk-index/routes';
import { registerLinkageRoutes } from './modules/linkage/routes';
import { registerVaultRoutes } from './modules/vaults/routes';
import { registerVocabRoutes } from './modules/vocab/routes';
import { systemClock, type Clock } from './platform/clock';
import type { Config } from './platform/config';
import type { Db } from './platform/db';
import { lazyObjectStore, openObjectStore, type ObjectStore } from './platform/storage';
import { createHttpServer } from './platform/http';
import { createLogger } from './platform/logger';
import { ResultCache } from './platform/result-cache';

/** Memory for computed answers: a facility page of 5,000 detentions is about 1 MB. */
const ANSWER_CACHE_BYTES = 16 * 1024 * 1024;

/** What the app is built from; the database is opened (and closed) by whoever builds it. */
export interface BuildOptions {
  readonly db: Db;
  readonly config: Config;
  readonly logger?: Logger;
  readonly clock?: Clock;
  /** Where evidence ciphertext goes; by default the configured store, opened on first use. */
  readonly objects?: ObjectStore;
}

/**
 * The composition root of the HTTP app: instance keys, the audit log, the HTTP server and every
 * module's routes. Tests call this with a test database and `app.inject`; `startServer` listens.
 */
export const buildApp = async (options: BuildOptions): Promise<FastifyInstance> => {
  const { db, config } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const clock = options.clock ?? systemClock;
  const keys = await loadInstanceKeys(db);
  const audit = createAuditLog({ db, keys, clock, checkpointEvery: config.checkpointEvery });
  const objects = options.objects ?? lazyObjectStore(() => openObjectStore(config, config.dataDir));
  const answers = new ResultCache(ANSWER_CACHE_BYTES);
  const statistics = new StatisticsStore();
  const deps: AppDeps = { db, config, clock, keys, audit, objects, answers, statistics };
  await seedStarterFacilities(deps);

  const app = await createHttpServer(config, logger);
  registerInstanceRoutes(app, deps);
  registerIdentityRoutes(app, deps);
  registerVaultRoutes(app, deps);
  registerAuditRoutes(app, deps);
  registerVocabRoutes(app, deps);
  registerRecordRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerEvidenceRoutes(app, deps);
  registerFacilityRoutes(app, deps);
  registerMonitoringRoutes(app, deps);
  registerStatisticsRoutes(app, deps);
  registerRiskIndexRoutes(app, deps);
  registerLinkageRoutes(app, deps);
  scheduleScrub(app, deps);
  return app;
};
