-- Facility pages and map values (issue 5) are computed from every record naming a facility: on
-- the embedded database that takes up to a second for a facility with 50,000 incidents. The
-- answers are kept in memory and reused until a record naming the facility changes. This table
-- says when that happened: every write of a record with a facility relation (before and after the
-- change) sets the facility's row to a new number from the sequence, in the same transaction.
-- A cached answer remembers the sum of the numbers of the facilities it was computed from; any
-- committed change makes the sum grow, so a stale answer is never served, on one server or many.
-- Only what both PostgreSQL 15 and PGlite run.

CREATE SEQUENCE facility_activity_seq;

CREATE TABLE facility_activity (
  vault_id uuid NOT NULL REFERENCES vaults (id) ON DELETE CASCADE,
  -- Not a foreign key: records may name a facility another server's register holds.
  facility_id uuid NOT NULL,
  generation bigint NOT NULL,
  PRIMARY KEY (vault_id, facility_id)
);
