-- Hand-written: faster PostgreSQL search (figures in bench/results): needs and companies get their own
-- partial indexes (a query on one never reads the other's rows), and the earth point is stored once
-- instead of being recomputed for every row of a geo filter or distance sort.
ALTER TABLE search.documents ADD COLUMN IF NOT EXISTS earth_pt earth GENERATED ALWAYS AS (ll_to_earth(lat, lng)) STORED;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_geo_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_tsv_idx;
--> statement-breakpoint
DROP INDEX IF EXISTS search.documents_attributes_idx;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_geo_companies_idx ON search.documents USING gist (earth_pt) WHERE index_name = 'companies' AND lat IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_geo_needs_idx ON search.documents USING gist (earth_pt) WHERE index_name = 'needs' AND lat IS NOT NULL;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_tsv_companies_idx ON search.documents USING gin (tsv) WHERE index_name = 'companies';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_tsv_needs_idx ON search.documents USING gin (tsv) WHERE index_name = 'needs';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_attributes_companies_idx ON search.documents USING gin (attributes jsonb_path_ops) WHERE index_name = 'companies';
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS documents_attributes_needs_idx ON search.documents USING gin (attributes jsonb_path_ops) WHERE index_name = 'needs';
--> statement-breakpoint
-- Numbers (SIRETs, codes) are matched exactly; they never were typo candidates.
DELETE FROM search.words WHERE word ~ '^[0-9]+$';
