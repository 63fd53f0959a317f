-- Records of every kind (person, detention, incident, source, medical-finding, intervention,
-- reprisal): the coded part in plaintext (jsonb, validated by @vigil/core's wire schema), the rest in
-- one envelope sealed on the client under the vault key version given. Every version, the current
-- one included, is also kept in record_versions, which is append-only like the audit tables.
-- Only what both PostgreSQL 15 and PGlite run.

CREATE TABLE records (
  vault_id uuid NOT NULL REFERENCES vaults (id),
  -- Client-generated UUIDv7: it is in the AAD of the sealed envelope.
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('person', 'detention', 'incident', 'source',
    'medical-finding', 'intervention', 'reprisal')),
  coded jsonb NOT NULL CHECK (jsonb_typeof(coded) = 'object'),
  sealed text NOT NULL,
  key_version integer NOT NULL CHECK (key_version >= 1),
  -- Starts at 1, goes up by one at every change (update, delete, restore).
  version integer NOT NULL CHECK (version >= 1),
  -- The kind's main coded date as dayBounds: earliest and latest possible day (NULL = unbounded
  -- or no date), so that a date filter is two index comparisons.
  earliest_day date,
  latest_day date,
  deleted_at timestamptz,
  deleted_by uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (vault_id, id),
  CHECK (earliest_day IS NULL OR latest_day IS NULL OR earliest_day <= latest_day),
  CHECK ((deleted_at IS NULL) = (deleted_by IS NULL)),
  CHECK (updated_at >= created_at)
);
-- A record id belongs to one vault only.
CREATE UNIQUE INDEX records_id_idx ON records (id);
CREATE INDEX records_list_idx ON records (vault_id, kind, deleted_at, id);
CREATE INDEX records_dates_idx ON records (vault_id, kind, earliest_day, latest_day);

-- Blind indexes of a person's name tokens (keyed hashes made on the client), for name look-up.
-- Replaced at every save of the person; never the name itself.
CREATE TABLE record_name_indexes (
  vault_id uuid NOT NULL,
  record_id uuid NOT NULL,
  name_index text NOT NULL CHECK (name_index ~ '^[0-9a-f]{16}$'),
  PRIMARY KEY (vault_id, record_id, name_index),
  FOREIGN KEY (vault_id, record_id) REFERENCES records (vault_id, id)
);
CREATE INDEX record_name_indexes_lookup_idx ON record_name_indexes (vault_id, name_index);

-- Every version of every record, sealed part included. Never updated, never deleted.
CREATE TABLE record_versions (
  vault_id uuid NOT NULL,
  record_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  kind text NOT NULL,
  -- What the change was: create, update, delete or restore.
  change text NOT NULL CHECK (change IN ('create', 'update', 'delete', 'restore')),
  coded jsonb NOT NULL CHECK (jsonb_typeof(coded) = 'object'),
  sealed text NOT NULL,
  key_version integer NOT NULL CHECK (key_version >= 1),
  deleted boolean NOT NULL,
  changed_at timestamptz NOT NULL,
  changed_by uuid NOT NULL REFERENCES accounts (id),
  PRIMARY KEY (vault_id, record_id, version),
  FOREIGN KEY (vault_id, record_id) REFERENCES records (vault_id, id)
);

CREATE FUNCTION record_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'record_versions is append-only';
END;
$$;
CREATE TRIGGER record_versions_append_only BEFORE UPDATE OR DELETE ON record_versions
  FOR EACH ROW EXECUTE FUNCTION record_versions_append_only();
