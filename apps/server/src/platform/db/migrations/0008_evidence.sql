-- Evidence files (issue 4): the server holds ciphertext only, in the object store, cut into parts
-- as uploaded; here it keeps what it needs to serve, check and account for them. Everything about
-- the file itself (name, type, plaintext SHA-256, extracted metadata, file key) is in one envelope
-- sealed on the client. Only what both PostgreSQL 15 and PGlite run.

CREATE TABLE evidence_items (
  vault_id uuid NOT NULL REFERENCES vaults (id),
  -- Client-generated UUIDv7: it is in the AAD of every encrypted chunk and of the envelope.
  id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('photo', 'video', 'audio', 'document', 'medical-report',
    'official-record')),
  -- uploading: parts arriving, invisible to lists; stored: complete, its intake event written.
  state text NOT NULL CHECK (state IN ('uploading', 'stored')),
  -- Ciphertext bytes and how they are cut: every part holds part_size bytes but the last.
  size bigint NOT NULL CHECK (size >= 0),
  part_size integer NOT NULL CHECK (part_size BETWEEN 65536 AND 16777216),
  parts integer NOT NULL CHECK (parts >= 1),
  sealed text NOT NULL,
  key_version integer NOT NULL CHECK (key_version >= 1),
  -- A working copy names its original (never altered); NULL for an original.
  derived_from uuid,
  -- An upload that stops arriving expires: its parts and row are removed.
  upload_expires_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES accounts (id),
  stored_at timestamptz,
  PRIMARY KEY (vault_id, id),
  FOREIGN KEY (vault_id, derived_from) REFERENCES evidence_items (vault_id, id),
  CHECK (parts = GREATEST(1, (size + part_size - 1) / part_size)),
  CHECK ((state = 'uploading') = (upload_expires_at IS NOT NULL)),
  CHECK ((state = 'stored') = (stored_at IS NOT NULL)),
  CHECK (derived_from IS NULL OR derived_from <> id)
);
CREATE UNIQUE INDEX evidence_items_id_idx ON evidence_items (id);
CREATE INDEX evidence_items_list_idx ON evidence_items (vault_id, state, id);
CREATE INDEX evidence_items_uploads_idx ON evidence_items (upload_expires_at)
  WHERE state = 'uploading';

-- One row per stored part: its size and the SHA-256 of its ciphertext, checked when it arrives
-- and again by the scrub. The object key is derived from the ids (evidence/<vault>/<id>/<index>).
CREATE TABLE evidence_parts (
  vault_id uuid NOT NULL,
  evidence_id uuid NOT NULL,
  part_index integer NOT NULL CHECK (part_index >= 0),
  size integer NOT NULL CHECK (size >= 1),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]+$' AND char_length(sha256) = 64),
  stored_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (vault_id, evidence_id, part_index),
  FOREIGN KEY (vault_id, evidence_id) REFERENCES evidence_items (vault_id, id)
);

-- Which records an item documents (incidents, people, sources): a record page's evidence tab is
-- one index lookup.
CREATE TABLE evidence_links (
  vault_id uuid NOT NULL,
  evidence_id uuid NOT NULL,
  record_id uuid NOT NULL,
  PRIMARY KEY (vault_id, evidence_id, record_id),
  FOREIGN KEY (vault_id, evidence_id) REFERENCES evidence_items (vault_id, id),
  FOREIGN KEY (vault_id, record_id) REFERENCES records (vault_id, id)
);
CREATE INDEX evidence_links_record_idx ON evidence_links (vault_id, record_id, evidence_id);

-- The custody chain of each item: append-only, one row per signed event. The signed event is
-- sealed (it names the file's plaintext SHA-256); the server keeps its place in the chain in the
-- clear (seq, prev, hash) so it can refuse a fork or a gap when an event is appended.
CREATE TABLE custody_events (
  vault_id uuid NOT NULL,
  evidence_id uuid NOT NULL,
  seq integer NOT NULL CHECK (seq >= 0),
  action text NOT NULL CHECK (action IN ('intake', 'view', 'download', 'copy', 'share', 'export',
    'derive')),
  prev text NOT NULL CHECK (prev ~ '^[0-9a-f]+$' AND char_length(prev) = 64),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]+$' AND char_length(hash) = 64),
  sealed text NOT NULL,
  key_version integer NOT NULL CHECK (key_version >= 1),
  actor uuid NOT NULL REFERENCES accounts (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (vault_id, evidence_id, seq),
  UNIQUE (hash),
  FOREIGN KEY (vault_id, evidence_id) REFERENCES evidence_items (vault_id, id),
  CHECK ((seq = 0) = (action = 'intake')),
  CHECK (seq > 0 OR prev = repeat('0', 64))
);

-- Append-only like the audit tables: no update, no delete (an expired upload has no events).
CREATE FUNCTION custody_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'custody events are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER custody_events_no_change BEFORE UPDATE OR DELETE ON custody_events
  FOR EACH ROW EXECUTE FUNCTION custody_events_append_only();
