-- Record linkage (issue 7 points 4 and 7). Linkage runs on decrypted names on the client; the
-- server keeps only ids: reviewers' decisions on pairs of person records, and runs that say which
-- person record belongs to which person as a random pseudonymous cluster id (`P-` and 12
-- characters of Crockford base32, made on the client, never derived from a name). Nothing here
-- is a name, a free text or a hash of one. All three tables are append-only: a decision is taken
-- back by a later `withdrawn` row, a run is undone by restoring an earlier one as a new run.
-- Every write is an event of the vault's audit chain. Only what both PostgreSQL 15 and PGlite run.

CREATE TABLE link_decisions (
  vault_id uuid NOT NULL REFERENCES vaults (id),
  id uuid NOT NULL,
  -- The order of writes: the current decision of a pair is its row with the highest seq.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  -- The pair, ordered: record_a < record_b.
  record_a uuid NOT NULL,
  record_b uuid NOT NULL,
  decision text NOT NULL CHECK (decision IN ('match', 'non-match', 'unsure', 'withdrawn')),
  -- The model's match probability the reviewer was shown.
  probability double precision CHECK (probability IS NULL OR (probability >= 0 AND probability <= 1)),
  decided_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (vault_id, id),
  FOREIGN KEY (vault_id, record_a) REFERENCES records (vault_id, id),
  FOREIGN KEY (vault_id, record_b) REFERENCES records (vault_id, id),
  CHECK (record_a < record_b)
);
CREATE INDEX link_decisions_pair_idx ON link_decisions (vault_id, record_a, record_b, seq);
CREATE INDEX link_decisions_seq_idx ON link_decisions (vault_id, seq);

-- One saved linkage result, numbered 1, 2, … per vault.
CREATE TABLE link_runs (
  vault_id uuid NOT NULL REFERENCES vaults (id),
  number integer NOT NULL CHECK (number >= 1),
  -- The latest run when the client started (NULL: there was none).
  based_on integer CHECK (based_on IS NULL OR (based_on >= 1 AND based_on < number)),
  -- The earlier run this one copies (a restore).
  restored_from integer CHECK (restored_from IS NULL OR (restored_from >= 1 AND restored_from < number)),
  -- Numbers only (threshold and other settings of the model), checked by the API.
  settings jsonb NOT NULL CHECK (jsonb_typeof(settings) = 'object'),
  records integer NOT NULL CHECK (records >= 0),
  clusters integer NOT NULL CHECK (clusters >= 0 AND clusters <= records),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (vault_id, number)
);

-- Each person record's cluster in a run. No foreign key to records: the use case checks in one
-- set-based query that every id is a live person record of the vault, and a key checked row by row
-- would make a run of a million assignments several times slower.
CREATE TABLE link_assignments (
  vault_id uuid NOT NULL,
  run integer NOT NULL,
  record_id uuid NOT NULL,
  cluster_id text NOT NULL CHECK (cluster_id ~ '^P-[0-9A-HJKMNP-TV-Z]{12}$'),
  probability double precision CHECK (probability IS NULL OR (probability >= 0 AND probability <= 1)),
  PRIMARY KEY (vault_id, run, record_id),
  FOREIGN KEY (vault_id, run) REFERENCES link_runs (vault_id, number)
);

CREATE FUNCTION linkage_append_only() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER link_decisions_append_only
  BEFORE UPDATE OR DELETE ON link_decisions
  FOR EACH ROW EXECUTE FUNCTION linkage_append_only();
CREATE TRIGGER link_runs_append_only
  BEFORE UPDATE OR DELETE ON link_runs
  FOR EACH ROW EXECUTE FUNCTION linkage_append_only();
CREATE TRIGGER link_assignments_append_only
  BEFORE UPDATE OR DELETE ON link_assignments
  FOR EACH ROW EXECUTE FUNCTION linkage_append_only();
