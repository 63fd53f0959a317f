-- Expert values of the torture-risk index (issue 6 point 3): ratings of the catalogue's expert
-- indicators (@vigil/analytics INDICATORS, source 'expert') for one unit and period of a vault,
-- with the evidence they rest on and a confidence. Evidence is about laws, decisions and public
-- facts, never about people, so it is stored in plaintext (the API and the app say so). Every
-- change is an event of the vault's audit chain and keeps the previous state in
-- risk_index_expert_value_versions (append-only). A removed value is marked deleted, never erased.
-- Which indicator may be rated at which level, and on what scale, is checked by the server.
-- Only what both PostgreSQL 15 and PGlite run.

CREATE TABLE risk_index_expert_values (
  vault_id uuid NOT NULL REFERENCES vaults (id),
  id uuid NOT NULL,
  indicator text NOT NULL CHECK (indicator ~ '^[a-z][a-z0-9-]{1,63}$'),
  level text NOT NULL CHECK (level IN ('country', 'region', 'facility')),
  -- A country code, a region code or a facility id, as the level writes units. Not a foreign key
  -- to facilities: a merge moves a facility's values to the one it joined when the index is read.
  unit text NOT NULL CHECK (
    (level = 'country' AND unit ~ '^[A-Z]{2}$')
    OR (level = 'region' AND unit ~ '^[A-Z]{2}-[A-Z0-9]{1,3}$')
    OR (level = 'facility'
      AND unit ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')),
  period_from date NOT NULL,
  period_to date NOT NULL,
  -- Finite: NaN and the infinities are not ratings.
  value double precision NOT NULL
    CHECK (value = value AND value > '-Infinity'::float8 AND value < 'Infinity'::float8),
  evidence text NOT NULL CHECK (length(evidence) BETWEEN 1 AND 4000),
  confidence text NOT NULL CHECK (confidence IN ('low', 'medium', 'high')),
  version integer NOT NULL CHECK (version >= 1),
  deleted_at timestamptz,
  deleted_by uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (vault_id, id),
  CHECK (period_from <= period_to),
  CHECK ((deleted_at IS NULL) = (deleted_by IS NULL)),
  CHECK (updated_at >= created_at)
);
-- One live rating per indicator, unit and period; a removed one leaves room for a new one.
CREATE UNIQUE INDEX risk_index_expert_values_key_idx
  ON risk_index_expert_values (vault_id, indicator, unit, period_from, period_to)
  WHERE deleted_at IS NULL;
CREATE INDEX risk_index_expert_values_level_idx
  ON risk_index_expert_values (vault_id, level, deleted_at);

-- Every state of every expert value, the current one included. Never updated, never deleted.
CREATE TABLE risk_index_expert_value_versions (
  vault_id uuid NOT NULL,
  value_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  change text NOT NULL CHECK (change IN ('create', 'update', 'delete')),
  value double precision NOT NULL,
  evidence text NOT NULL,
  confidence text NOT NULL,
  deleted boolean NOT NULL,
  changed_at timestamptz NOT NULL,
  changed_by uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (vault_id, value_id, version),
  FOREIGN KEY (vault_id, value_id) REFERENCES risk_index_expert_values (vault_id, id),
  CHECK (deleted = (change = 'delete'))
);

CREATE FUNCTION risk_index_expert_value_versions_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'risk_index_expert_value_versions is append-only';
END;
$$;
CREATE TRIGGER risk_index_expert_value_versions_append_only
  BEFORE UPDATE OR DELETE ON risk_index_expert_value_versions
  FOR EACH ROW EXECUTE FUNCTION risk_index_expert_value_versions_append_only();
