-- Monitoring reports and their findings (issue 5) are record kinds like the others: coded part in
-- plaintext, the rest sealed, every version kept, so only the kind lists of the CHECKs change.
-- Each vault sets when alerts are raised (@vigil/core alertSettingsSchema; {} = the defaults).
-- Only what both PostgreSQL 15 and PGlite run.

ALTER TABLE vaults
  ADD COLUMN alert_settings jsonb NOT NULL DEFAULT '{}'::jsonb
    CHECK (jsonb_typeof(alert_settings) = 'object');

ALTER TABLE records DROP CONSTRAINT records_kind_check;
ALTER TABLE records ADD CONSTRAINT records_kind_check CHECK (kind IN ('person', 'detention',
  'incident', 'source', 'medical-finding', 'intervention', 'reprisal', 'monitoring-report',
  'monitoring-finding'));

ALTER TABLE import_records DROP CONSTRAINT import_records_kind_check;
ALTER TABLE import_records ADD CONSTRAINT import_records_kind_check CHECK (kind IN ('person',
  'detention', 'incident', 'source', 'medical-finding', 'intervention', 'reprisal',
  'monitoring-report', 'monitoring-finding'));
