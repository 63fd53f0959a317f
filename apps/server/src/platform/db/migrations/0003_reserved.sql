-- Placeholder on branch `io` only: another branch adds the real migration 0003, and the loader
-- refuses gaps in the numbering. DELETE THIS FILE when merging that branch (nothing uses it; the
-- table only satisfies the migration test's "creates its objects").
CREATE TABLE reserved_0003 (id integer);
