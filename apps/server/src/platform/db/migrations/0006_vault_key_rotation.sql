-- Vault key rotation (SECURITY.md "Vault life cycle", ADR 0008). Removing a member marks the vault
-- for rotation; until an admin's client rotates (a new key version wrapped for every remaining
-- member, the vault name and member profiles sealed again), nothing new may be sealed in it.
-- Each rotation keeps the previous key sealed under the new one (the key chain), so members who
-- hold the newest key open every older record, and a removed member gets nothing new.
ALTER TABLE vaults ADD COLUMN rotation_required boolean NOT NULL DEFAULT false;

CREATE TABLE vault_key_chain (
  vault_id uuid NOT NULL REFERENCES vaults (id) ON DELETE CASCADE,
  -- The older key's version; it is sealed under key_version + 1.
  key_version integer NOT NULL CHECK (key_version >= 1),
  sealed text NOT NULL,
  created_by uuid NOT NULL REFERENCES accounts (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (vault_id, key_version)
);
