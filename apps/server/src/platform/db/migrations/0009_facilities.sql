-- The facility register (issue 5): public reference data shared by every vault of the server.
-- Nothing here is sealed, so nothing about a person is ever written here. The columns the server
-- filters and draws maps by are typed; names, aliases, status periods, units and sources are one
-- jsonb document validated by @vigil/core's facilityInputSchema. Every version is kept in
-- facility_versions (append-only) and every change is an event of the instance audit chain.
-- Only what both PostgreSQL 15 and PGlite run.

CREATE TABLE facilities (
  id uuid PRIMARY KEY,
  type text NOT NULL CHECK (type ~ '^[a-z][a-z-]{1,40}$'),
  authority text NOT NULL CHECK (authority ~ '^[a-z][a-z-]{1,40}$'),
  region text NOT NULL CHECK (region ~ '^[A-Z]{2}-[A-Z0-9]+$' AND length(region) <= 6),
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
  sample boolean NOT NULL DEFAULT false,
  -- A facility merged into another: references to it now mean that one; it leaves the lists.
  merged_into uuid REFERENCES facilities (id),
  version integer NOT NULL CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- NULL for the starter data shipped with Vigil.
  created_by uuid REFERENCES accounts (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES accounts (id),
  CHECK ((lat IS NULL) = (lon IS NULL)),
  CHECK (merged_into IS NULL OR merged_into <> id),
  CHECK (updated_at >= created_at)
);
CREATE INDEX facilities_region_idx ON facilities (region, type, id);
CREATE INDEX facilities_type_idx ON facilities (type, id);

CREATE TABLE facility_versions (
  facility_id uuid NOT NULL REFERENCES facilities (id),
  version integer NOT NULL CHECK (version >= 1),
  change text NOT NULL CHECK (change IN ('create', 'update', 'merge', 'merged')),
  data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
  merged_into uuid,
  changed_at timestamptz NOT NULL,
  changed_by uuid REFERENCES accounts (id),
  PRIMARY KEY (facility_id, version)
);

CREATE FUNCTION facility_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'facility_versions is append-only';
END;
$$;
CREATE TRIGGER facility_versions_append_only BEFORE UPDATE OR DELETE ON facility_versions
  FOR EACH ROW EXECUTE FUNCTION facility_versions_append_only();
