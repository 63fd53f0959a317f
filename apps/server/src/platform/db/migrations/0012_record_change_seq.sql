-- Statistics (issue 6) are computed in memory from the coded part of a vault's records and kept
-- up to date by reading only what changed since the last look. Every write of a record stamps it
-- with a number from one sequence; the writer holds the vault's audit-chain lock while it does
-- (records/repository.ts), so within a vault the numbers follow the order of commits, and "every
-- row above the last number seen" never misses a change committed later.
-- Only what both PostgreSQL 15 and PGlite run.

CREATE SEQUENCE record_change_seq;

ALTER TABLE records
  ADD COLUMN change_seq bigint NOT NULL DEFAULT nextval('record_change_seq');

CREATE INDEX records_change_seq_idx ON records (vault_id, change_seq);
