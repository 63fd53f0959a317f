-- Foundation: accounts, sessions, second factor, vaults, members and their wrapped keys, audit.
-- Only what both PostgreSQL 15 and PGlite (PostgreSQL 18) run: no newer syntax, no ICU collations.
-- Nothing identifying is stored in plaintext: e-mail addresses only as a keyed hash, vault names
-- and member profiles as envelopes sealed on the client.

CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  -- HMAC-SHA256(instance secret, normalised e-mail), hex; the address itself is never stored.
  email_hash text NOT NULL UNIQUE CHECK (email_hash ~ '^[0-9a-f]{64}$'),
  kdf_salt text NOT NULL,
  kdf_params jsonb NOT NULL,
  -- Argon2id (PHC string) of the client's auth key.
  auth_hash text NOT NULL,
  encryption_public_key text NOT NULL,
  signing_public_key text NOT NULL,
  encrypted_private_keys text NOT NULL,
  totp_secret text,
  totp_pending_secret text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (NOT totp_enabled OR totp_secret IS NOT NULL)
);

CREATE TABLE recovery_codes (
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  -- SHA-256 of the normalised code, hex.
  code_hash text NOT NULL,
  used_at timestamptz,
  PRIMARY KEY (account_id, code_hash)
);

CREATE TABLE sessions (
  id uuid PRIMARY KEY,
  -- SHA-256 of the bearer/cookie token, hex; the token itself is never stored.
  token_hash text NOT NULL UNIQUE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  client text NOT NULL CHECK (client IN ('web', 'cli')),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > created_at)
);
CREATE INDEX sessions_account_idx ON sessions (account_id);

CREATE TABLE vaults (
  id uuid PRIMARY KEY,
  -- Current vault key version; sealed data carries the version it was sealed with.
  key_version integer NOT NULL DEFAULT 1 CHECK (key_version >= 1),
  name_envelope text NOT NULL,
  name_key_version integer NOT NULL CHECK (name_key_version >= 1),
  created_by uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (name_key_version <= key_version)
);

CREATE TABLE vault_members (
  vault_id uuid NOT NULL REFERENCES vaults (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'admin', 'documenter', 'analyst', 'viewer')),
  status text NOT NULL CHECK (status IN ('invited', 'active')),
  profile_envelope text NOT NULL,
  profile_key_version integer NOT NULL CHECK (profile_key_version >= 1),
  invited_by uuid REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (vault_id, account_id)
);
CREATE INDEX vault_members_account_idx ON vault_members (account_id);

-- The vault key of each version sealed to each member's X25519 public key.
CREATE TABLE vault_key_grants (
  vault_id uuid NOT NULL,
  account_id uuid NOT NULL,
  key_version integer NOT NULL CHECK (key_version >= 1),
  wrapped_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (vault_id, account_id, key_version),
  FOREIGN KEY (vault_id, account_id) REFERENCES vault_members (vault_id, account_id) ON DELETE CASCADE
);

-- Append-only, hash-chained events. `chain` is 'instance' or a vault id.
CREATE TABLE audit_events (
  chain text NOT NULL,
  seq bigint NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  -- The exact timestamp string that was hashed, so verification does not depend on formatting.
  at_text text NOT NULL,
  actor uuid,
  action text NOT NULL,
  subject_type text,
  subject_id text,
  data jsonb NOT NULL DEFAULT '{}'::jsonb,
  prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (chain, seq)
);

-- Server-signed statements of a chain's head.
CREATE TABLE audit_checkpoints (
  chain text NOT NULL,
  seq bigint NOT NULL,
  hash text NOT NULL,
  signed_at text NOT NULL,
  signature text NOT NULL,
  PRIMARY KEY (chain, seq),
  FOREIGN KEY (chain, seq) REFERENCES audit_events (chain, seq)
);

-- Append-only by construction: updates and deletes of audit rows are refused by the database.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit tables are append-only';
END;
$$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_append_only();

-- Instance secrets and keys: the e-mail hashing secret and the checkpoint signing key.
CREATE TABLE instance_settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
