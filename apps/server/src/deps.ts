import type { AuditLog } from './modules/audit/log';
import type { StatisticsStore } from './modules/statistics/store';
import type { InstanceKeys } from './modules/instance/keys';
import type { Clock } from './platform/clock';
import type { Config } from './platform/config';
import type { Db } from './platform/db';
import type { ResultCache } from './platform/result-cache';
import type { ObjectStore } from './platform/storage';

/** What use cases may depend on; built once by `buildApp` and passed down explicitly. */
export interface AppDeps {
  readonly db: Db;
  readonly config: Config;
  readonly clock: Clock;
  readonly keys: InstanceKeys;
  readonly audit: AuditLog;
  /** Evidence ciphertext: a local directory or an S3 bucket. */
  readonly objects: ObjectStore;
  /** Computed answers (facility pages, map values, the register) reused until their data change. */
  readonly answers: ResultCache;
  /** The coded facts of vaults statistics were asked about, kept up to date from changes. */
  readonly statistics: StatisticsStore;
}
