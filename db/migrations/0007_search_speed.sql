-- Hand-written: bounded-cost PostgreSQL search (figures in bench/results). Attribute filters move from
-- jsonb containment to a text[] of "name=value" tags, generated from the attributes: array statistics
-- give the planner true selectivities, and one GIN index over (tsv, tags) per kind intersects words and
-- filters inside the index, so only real matches are read from the table. The GiST point indexes carry
-- the document id, so the nearest-first walk with ties broken by id reads the index only.
CREATE OR REPLACE FUNCTION search.attribute_tags(attributes jsonb) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT coalesce(array_agg(e.key || '=' || v.value ORDER BY e.key, v.value), '{}')
        FROM jsonb_each(attributes) AS e, jsonb_array_elements_text(e.value) AS v $$;
--> statement-breakpoint
ALTER TABLE search.documents ADD COLUMN IF NOT EXISTS tags text[] GENERATED ALWAYS AS (search.attribute_tags(attributes)) STORED;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_tsv_companies_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_tsv_needs_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_attributes_companies_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_attributes_needs_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_geo_companies_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_geo_needs_idx;
--> statement-breakpoint
-- words and attribute filters: tsv @@ query AND tags && '{section=F,section=N}' AND tags && '{headcount=02}'
CREATE INDEX IF NOT EXISTS documents_match_companies_idx ON search.documents USING gin (tsv, tags) WHERE index_name = 'companies';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_match_needs_idx ON search.documents USING gin (tsv, tags) WHERE index_name = 'needs';
--> statement-breakpoint
-- radius filter (earth_box) and distance sort (earth_pt <-> point, nearest first, ties by doc_id)
CREATE INDEX IF NOT EXISTS documents_geo_companies_idx ON search.documents USING gist (earth_pt) INCLUDE (doc_id) WHERE index_name = 'companies' AND lat IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_geo_needs_idx ON search.documents USING gist (earth_pt) INCLUDE (doc_id) WHERE index_name = 'needs' AND lat IS NOT NULL;
