-- Hand-written (issue 13): the profile vectors of a need's best candidates (db/queries/match-vectors.ts) are read
-- from the company index alone, in lexeme order. A company's postings sit together in this index, where the table scatters them
-- (one page per posting: 16,000 pages for 200 profiles at 100,000 companies, 0.4 s cold). The index still serves
-- refreshing one company's postings (match_text_refresh deletes by company).
CREATE INDEX IF NOT EXISTS match_terms_company_vector_idx ON match_terms (company_id, lexeme) INCLUDE (tf);
--> statement-breakpoint
DROP INDEX IF EXISTS match_terms_company_idx;
