import type { AuditLog } from './modules/audit/log';
import type { InstanceKeys } from './modules/instance/keys';
import type { Clock } from './platform/clock';
import type { Config } from './platform/config';
import type { Db } from './platform/db';

/** What use cases may depend on; built once by `buildApp` and passed down explicitly. */
export interface AppDeps {
  readonly db: Db;
  readonly config: Config;
  readonly clock: Clock;
  readonly keys: InstanceKeys;
  readonly audit: AuditLog;
}
