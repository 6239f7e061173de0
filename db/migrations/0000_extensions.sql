-- Hand-written: extensions the product relies on, created before any table.
-- unaccent + pg_trgm serve French full-text search with typo tolerance (search/engines/postgres);
-- cube + earthdistance compute distances from commune centres (matching, geo filters).
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS cube;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;
