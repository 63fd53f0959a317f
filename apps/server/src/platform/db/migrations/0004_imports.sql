-- Import sessions: a large import arrives in many uploads and is written to the vault in one
-- transaction at commit, or not at all. Uploaded records wait in import_records in wire form
-- (coded part, sealed envelope, name indexes: exactly what record create accepts); the rows of a
-- committed, aborted or expired import are deleted, the session row stays as a trace.
-- Only what both PostgreSQL 15 and PGlite run.

CREATE TABLE imports (
  id uuid PRIMARY KEY,
  vault_id uuid NOT NULL REFERENCES vaults (id),
  created_by uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- How many records the client announced; commit refuses any other count.
  total integer NOT NULL CHECK (total >= 1),
  state text NOT NULL CHECK (state IN ('open', 'committed', 'aborted', 'expired')),
  -- An open import past this time is expired (each upload moves it on).
  expires_at timestamptz NOT NULL,
  finished_at timestamptz,
  CHECK ((state = 'open') = (finished_at IS NULL)),
  CHECK (expires_at >= created_at)
);
CREATE INDEX imports_open_idx ON imports (state, expires_at);

CREATE TABLE import_records (
  import_id uuid NOT NULL REFERENCES imports (id),
  -- The record's row in the client's file (0-based): errors at commit name it.
  row_index integer NOT NULL CHECK (row_index >= 0),
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('person', 'detention', 'incident', 'source',
    'medical-finding', 'intervention', 'reprisal')),
  -- The wire record, validated by recordWireSchema at upload.
  record jsonb NOT NULL CHECK (jsonb_typeof(record) = 'object'),
  -- The kind's main date as dayBounds, computed at upload (as records.earliest_day/latest_day).
  earliest_day date,
  latest_day date,
  -- What the search tables will hold for it (record_codes, record_links), computed at upload
  -- from the field tables so the commit stays set-based: [{ field, code }], [{ field, targetId }].
  codes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(codes) = 'array'),
  links jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(links) = 'array'),
  PRIMARY KEY (import_id, row_index),
  CHECK (earliest_day IS NULL OR latest_day IS NULL OR earliest_day <= latest_day),
  UNIQUE (import_id, id)
);
