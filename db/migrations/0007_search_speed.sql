-- Hand-written: bounded-cost PostgreSQL search (figures in bench/results). Attribute filters move from
-- jsonb containment to a text[] of "name=value" tags, generated from the attributes and the point: array
-- statistics give the planner true selectivities, and one GIN index over (tsv, tags) per kind intersects
-- words, filters and the radius's cells inside the index, so only real matches are read from the table.
-- The GiST point indexes carry the document id, so the nearest-first walk, ties broken by id, reads the
-- index only. GIN indexes are built without fastupdate: the indexer's writes go into the index at once
-- instead of a pending list that every search would scan until the next vacuum. A second GIN index over
-- (title_tsv, tags) finds the title matches that relevance ranks first when matches are more than the cap.
-- "_cell=433:53": the 0.1° × 0.1° cell of the point, so a radius filter with words is one more GIN key set
-- (the cells around the circle; see geoCells in search/engines/postgres/sql.ts, which computes them the same way).
CREATE OR REPLACE FUNCTION search.attribute_tags(attributes jsonb, lat double precision, lng double precision) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(e.key || '=' || v.value ORDER BY e.key, v.value), '{}')
          || CASE WHEN lat IS NULL OR lng IS NULL THEN '{}'::text[]
                  ELSE ARRAY['_cell=' || floor(lat * 10)::int || ':' || floor(lng * 10)::int] END
        FROM jsonb_each(coalesce(attributes, '{}')) AS e, jsonb_array_elements_text(e.value) AS v $$;
--> statement-breakpoint
ALTER TABLE search.documents ADD COLUMN IF NOT EXISTS tags text[] GENERATED ALWAYS AS (search.attribute_tags(attributes, lat, lng)) STORED;
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
CREATE INDEX IF NOT EXISTS documents_match_companies_idx ON search.documents USING gin (tsv, tags) WITH (fastupdate = off) WHERE index_name = 'companies';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_match_needs_idx ON search.documents USING gin (tsv, tags) WITH (fastupdate = off) WHERE index_name = 'needs';
--> statement-breakpoint
-- The title's words alone ("search.fr", as in tsv), so that relevance with more than MAX_TOTAL_HITS matches
-- takes the documents whose title matches first (see searchStatement in search/engines/postgres/sql.ts).
ALTER TABLE search.documents ADD COLUMN IF NOT EXISTS title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('search.fr'::regconfig, title)) STORED;
--> statement-breakpoint
-- title matches, with the same filters: title_tsv @@ query AND tags && '{section=F,section=N}'
CREATE INDEX IF NOT EXISTS documents_title_companies_idx ON search.documents USING gin (title_tsv, tags) WITH (fastupdate = off) WHERE index_name = 'companies';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_title_needs_idx ON search.documents USING gin (title_tsv, tags) WITH (fastupdate = off) WHERE index_name = 'needs';
--> statement-breakpoint
-- radius filter (earth_box) and distance sort (earth_pt <-> point, nearest first, ties by doc_id)
CREATE INDEX IF NOT EXISTS documents_geo_companies_idx ON search.documents USING gist (earth_pt) INCLUDE (doc_id) WHERE index_name = 'companies' AND lat IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_geo_needs_idx ON search.documents USING gist (earth_pt) INCLUDE (doc_id) WHERE index_name = 'needs' AND lat IS NOT NULL;
--> statement-breakpoint
-- typo corrections: word % term with pg_trgm.similarity_threshold = 0.4, best similarity first. GIN finds
-- the few similar words directly; the GiST index (0003) read most of its pages for each query word.
CREATE INDEX IF NOT EXISTS words_trgm_gin_idx ON search.words USING gin (word gin_trgm_ops) WITH (fastupdate = off);
--> statement-breakpoint
DROP INDEX IF EXISTS search.words_trgm_idx;
--> statement-breakpoint
-- needs by closest deadline (the opportunities' sort) when matches are many: walked in order, not sorted
CREATE INDEX IF NOT EXISTS documents_deadline_needs_idx ON search.documents (((numbers->>'deadline')::float8), doc_id) WHERE index_name = 'needs';
