-- Search over records: what the coded filters need, as child tables kept in step with `records`
-- by the repository (same transaction as every create and update), so that each filter is an
-- index lookup rather than a scan of the jsonb. Only what both PostgreSQL 15 and PGlite run.

-- Codes of the filtered vocabularies (violence methods, perpetrator agencies, groups at risk) and
-- regions, one row per field (or `field.part` of a group field) and code. Which fields feed which
-- filter comes from the field tables of @vigil/core (records/search.ts).
CREATE TABLE record_codes (
  vault_id uuid NOT NULL,
  record_id uuid NOT NULL,
  field text NOT NULL CHECK (field ~ '^[a-zA-Z]{1,64}(\.[a-zA-Z]{1,64})?$'),
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
  PRIMARY KEY (vault_id, record_id, field, code),
  FOREIGN KEY (vault_id, record_id) REFERENCES records (vault_id, id)
);
CREATE INDEX record_codes_lookup_idx ON record_codes (vault_id, field, code, record_id);
-- Field and code are correlated (a code belongs to one field's vocabulary): without this the
-- planner multiplies their selectivities and misjudges how many records a filter keeps.
CREATE STATISTICS record_codes_field_code (mcv, dependencies) ON field, code FROM record_codes;

-- Every relation id of a record's coded part (people, detentions, sources, facilities, evidence…):
-- a person's incidents, or the records naming a facility, are one index lookup. Targets are not
-- foreign keys: facilities and evidence live elsewhere, and the use cases check record targets.
CREATE TABLE record_links (
  vault_id uuid NOT NULL,
  record_id uuid NOT NULL,
  field text NOT NULL CHECK (field ~ '^[a-zA-Z]{1,64}$'),
  target_id uuid NOT NULL,
  PRIMARY KEY (vault_id, record_id, field, target_id),
  FOREIGN KEY (vault_id, record_id) REFERENCES records (vault_id, id),
  CHECK (target_id <> record_id)
);
CREATE INDEX record_links_target_idx ON record_links (vault_id, target_id, field, record_id);

-- Lists sorted by main date, NULLs last in both directions, id breaking ties: one index per
-- direction so that a keyset cursor is a single row comparison on an index.
CREATE INDEX records_date_asc_idx
  ON records (vault_id, kind, (COALESCE(earliest_day, 'infinity'::date)), id);
CREATE INDEX records_date_desc_idx
  ON records (vault_id, kind, (COALESCE(earliest_day, '-infinity'::date)), id);

-- Backfill from the records already stored.
INSERT INTO record_codes (vault_id, record_id, field, code)
SELECT vault_id, id, 'region', coded ->> 'region' FROM records
WHERE kind = 'incident' AND jsonb_typeof(coded -> 'region') = 'string'
ON CONFLICT DO NOTHING;

INSERT INTO record_codes (vault_id, record_id, field, code)
SELECT r.vault_id, r.id, f.field, c.code
FROM records r
CROSS JOIN (VALUES ('incident', 'methods'), ('person', 'groups'), ('person', 'groupsEthnicity'),
  ('person', 'groupsReligion'), ('person', 'groupsLgbtq'), ('person', 'groupsDisability'))
  AS f (kind, field)
CROSS JOIN LATERAL jsonb_array_elements_text(r.coded -> f.field) AS c (code)
WHERE r.kind = f.kind AND jsonb_typeof(r.coded -> f.field) = 'array'
ON CONFLICT DO NOTHING;

INSERT INTO record_codes (vault_id, record_id, field, code)
SELECT r.vault_id, r.id, 'perpetrators.agency', p ->> 'agency'
FROM records r CROSS JOIN LATERAL jsonb_array_elements(r.coded -> 'perpetrators') AS p
WHERE r.kind = 'incident' AND jsonb_typeof(r.coded -> 'perpetrators') = 'array'
  AND jsonb_typeof(p -> 'agency') = 'string'
ON CONFLICT DO NOTHING;

-- Relation ids are the only UUIDs of a coded part (dates are objects, codes are not UUIDs).
INSERT INTO record_links (vault_id, record_id, field, target_id)
SELECT r.vault_id, r.id, e.key, v.id::uuid
FROM records r
CROSS JOIN LATERAL jsonb_each(r.coded) AS e (key, value)
CROSS JOIN LATERAL (
  SELECT e.value #>> '{}' AS id WHERE jsonb_typeof(e.value) = 'string'
  UNION ALL
  SELECT x FROM jsonb_array_elements_text(
    CASE WHEN jsonb_typeof(e.value) = 'array' THEN e.value ELSE '[]'::jsonb END) AS x
) AS v
WHERE v.id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
  AND v.id::uuid <> r.id
ON CONFLICT DO NOTHING;
