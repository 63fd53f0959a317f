-- A vault's record settings (@vigil/core recordSettingsSchema): which sensitive fields (groups at
-- risk by ethnicity, religion, LGBTQ+, disability) the vault exposes as coded so the server can
-- filter on them. Every sensitive field is sealed unless listed. Only what PG 15 and PGlite run.
ALTER TABLE vaults
  ADD COLUMN coded_sensitive_fields text[] NOT NULL DEFAULT '{}'
    CHECK (cardinality(coded_sensitive_fields) <= 64);
