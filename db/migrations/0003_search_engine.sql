-- Hand-written: the PostgreSQL search engine's own index tables (search/engines/postgres), kept in a
-- schema of their own so the engine can be rebuilt (`npm run reindex`) without touching business tables.
-- French full-text search is accent-insensitive (unaccent before the French stemmer); typo tolerance
-- comes from a vocabulary table with a trigram index; distances use earthdistance.
CREATE SCHEMA IF NOT EXISTS search;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search.fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace WHERE n.nspname = 'search' AND c.cfgname = 'fr') THEN
    CREATE TEXT SEARCH CONFIGURATION search.fr (COPY = pg_catalog.french);
    ALTER TEXT SEARCH CONFIGURATION search.fr ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
  END IF;
END $$;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS search.documents (
  index_name text NOT NULL,
  doc_id text NOT NULL,
  title text NOT NULL,
  keywords text NOT NULL DEFAULT '',
  body text NOT NULL DEFAULT '',
  -- every attribute as an array of strings: {"naf": ["43.32A"], "largeBuyer": ["true"]}
  attributes jsonb NOT NULL DEFAULT '{}',
  numbers jsonb NOT NULL DEFAULT '{}',
  lat double precision,
  lng double precision,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('search.fr'::regconfig, title), 'A') ||
    setweight(to_tsvector('search.fr'::regconfig, keywords), 'B') ||
    setweight(to_tsvector('search.fr'::regconfig, body), 'C')
  ) STORED,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (index_name, doc_id)
);
--> statement-breakpoint
-- full-text match
CREATE INDEX IF NOT EXISTS documents_tsv_idx ON search.documents USING gin (tsv);
--> statement-breakpoint
-- facet filters (attributes @> '{"naf":["43.32A"]}')
CREATE INDEX IF NOT EXISTS documents_attributes_idx ON search.documents USING gin (attributes jsonb_path_ops);
--> statement-breakpoint
-- geo filter and distance sort
CREATE INDEX IF NOT EXISTS documents_geo_idx ON search.documents USING gist (ll_to_earth(lat, lng)) WHERE lat IS NOT NULL;
--> statement-breakpoint
-- vocabulary of indexed titles and keywords: a query word with no match is corrected to similar words
CREATE TABLE IF NOT EXISTS search.words (word text PRIMARY KEY);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS words_trgm_idx ON search.words USING gist (word gist_trgm_ops);
