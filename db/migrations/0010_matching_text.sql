-- Hand-written: text relevance for matching, computed in PostgreSQL from the platform's own tables
-- (lib/matching/text-relevance.ts, db/queries/match-text.ts, docs/MATCHING.md § 3), the same whichever
-- search engine serves the directory.
-- 1. match_terms: the weighted term frequencies of every active, non-suspended company's profile (BM25F):
--    for each French lexeme (search.fr: unaccent + Snowball stemmer + stop words), Σ field weight × occurrences
--    over its name, description, certifications, published offers, client references and activity labels,
--    with the profile's weighted length and commune (so candidates in reach are read from the index alone).
-- 2. match_lexicon: per lexeme, the number of profiles containing it (document frequency, for IDF); the row
--    with the empty lexeme counts the profiles (N).
-- Both are kept current by triggers on every source table, whatever writes to them (forms, SIRENE import, SQL).
CREATE TABLE IF NOT EXISTS match_terms (
  lexeme text NOT NULL,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  commune_code varchar(5) NOT NULL,
  tf real NOT NULL,
  len real NOT NULL,
  -- The text candidates of a need: the postings of its lexemes, filtered by commune, from the index alone.
  PRIMARY KEY (lexeme, company_id) INCLUDE (commune_code, tf, len)
);
--> statement-breakpoint
-- Refreshing one company's postings.
CREATE INDEX IF NOT EXISTS match_terms_company_idx ON match_terms (company_id);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS match_lexicon (
  lexeme text PRIMARY KEY,
  df integer NOT NULL
);
--> statement-breakpoint
-- Field weights: what a company says it does (name, description, offers) counts fully; certifications and
-- references a little less; the label of a NAF code, shared by every company of the code, least.
CREATE OR REPLACE FUNCTION match_text_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  old_lexemes text[];
  old_docs integer;
BEGIN
  WITH d AS (DELETE FROM match_terms WHERE company_id = ANY (ids) RETURNING lexeme, company_id)
  SELECT array_agg(lexeme), count(DISTINCT company_id) INTO old_lexemes, old_docs FROM d;
  WITH fields AS (
    SELECT co.id, co.commune_code, f.w, f.txt
    FROM companies co
    CROSS JOIN LATERAL (VALUES
      (1.0::float8, coalesce(co.trade_name, '') || ' ' || co.legal_name),
      (1.0, co.description),
      (0.6, array_to_string(co.certifications, ' ')),
      (1.0, (SELECT string_agg(o.title || ' ' || o.description, ' ') FROM offers o WHERE o.company_id = co.id AND o.status = 'published')),
      (0.6, (SELECT string_agg(r.description, ' ') FROM company_references r WHERE r.company_id = co.id)),
      (0.3, (SELECT string_agg(n.label, ' ') FROM naf_codes n
             WHERE n.code = co.naf_code OR n.code IN (SELECT ca.naf_code FROM company_activities ca WHERE ca.company_id = co.id)))
    ) AS f(w, txt)
    WHERE co.id = ANY (ids) AND co.administrative_state = 'A' AND co.suspended_at IS NULL AND f.txt IS NOT NULL
  ), terms AS (
    SELECT f.id, f.commune_code, t.lexeme, sum(f.w * coalesce(array_length(t.positions, 1), 1)) AS tf
    FROM fields f CROSS JOIN LATERAL unnest(to_tsvector('search.fr', f.txt)) AS t
    GROUP BY 1, 2, 3
  ), docs AS (
    SELECT id, sum(tf) AS len FROM terms GROUP BY id
  ), ins AS (
    INSERT INTO match_terms (lexeme, company_id, commune_code, tf, len)
    SELECT t.lexeme, t.id, t.commune_code, t.tf, d.len FROM terms t JOIN docs d ON d.id = t.id
    RETURNING lexeme, company_id
  ), delta AS (
    SELECT lexeme, sum(n)::int AS n FROM (
      SELECT lexeme, 1 AS n FROM ins
      UNION ALL SELECT x, -1 FROM unnest(old_lexemes) AS x
      UNION ALL SELECT '', (SELECT count(DISTINCT company_id) FROM ins) - coalesce(old_docs, 0)
    ) x GROUP BY lexeme HAVING sum(n) <> 0
  )
  -- In lexeme order: concurrent refreshes lock the rows they share in the same order (no deadlock).
  INSERT INTO match_lexicon AS l (lexeme, df) SELECT lexeme, n FROM delta ORDER BY lexeme
  ON CONFLICT (lexeme) DO UPDATE SET df = l.df + excluded.df;
END
$f$;
--> statement-breakpoint
-- Statement-level, with transition tables: the companies whose activities, offers or references changed.
CREATE OR REPLACE FUNCTION match_text_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'companies' THEN
    ids := ARRAY(SELECT id FROM new_rows);
  ELSIF TG_OP = 'INSERT' THEN
    ids := ARRAY(SELECT DISTINCT company_id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    -- A deleted company's postings go by cascade; its count in the lexicon is fixed by the refresh of its id.
    ids := ARRAY(SELECT DISTINCT company_id FROM old_rows);
  ELSE
    ids := ARRAY(SELECT company_id FROM old_rows UNION SELECT company_id FROM new_rows);
  END IF;
  PERFORM match_text_refresh(ids);
  RETURN NULL;
END
$f$;
--> statement-breakpoint
CREATE TRIGGER match_text_companies_ins AFTER INSERT ON companies
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_company_activities_ins AFTER INSERT ON company_activities
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_company_activities_upd AFTER UPDATE ON company_activities
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_company_activities_del AFTER DELETE ON company_activities
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_offers_ins AFTER INSERT ON offers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_offers_upd AFTER UPDATE ON offers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_offers_del AFTER DELETE ON offers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_company_references_ins AFTER INSERT ON company_references
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_company_references_upd AFTER UPDATE ON company_references
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
CREATE TRIGGER match_text_company_references_del AFTER DELETE ON company_references
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION match_text_changed();
--> statement-breakpoint
-- Row-level, only when a column the postings read changes: a SIRENE re-import that changes none fires nothing.
CREATE OR REPLACE FUNCTION match_text_company_changed() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM match_text_refresh(ARRAY[NEW.id]);
  RETURN NULL;
END
$f$;
--> statement-breakpoint
CREATE TRIGGER match_text_companies_upd AFTER UPDATE OF legal_name, trade_name, description, certifications, naf_code, commune_code,
    administrative_state, suspended_at ON companies
  FOR EACH ROW WHEN ((OLD.legal_name, OLD.trade_name, OLD.description, OLD.certifications, OLD.naf_code, OLD.commune_code,
      OLD.administrative_state, OLD.suspended_at)
    IS DISTINCT FROM (NEW.legal_name, NEW.trade_name, NEW.description, NEW.certifications, NEW.naf_code, NEW.commune_code,
      NEW.administrative_state, NEW.suspended_at))
  EXECUTE FUNCTION match_text_company_changed();
--> statement-breakpoint
-- A deleted company leaves the lexicon's counts (its postings would go by cascade, without a trigger).
CREATE OR REPLACE FUNCTION match_text_company_deleted() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  WITH d AS (DELETE FROM match_terms WHERE company_id = OLD.id RETURNING lexeme),
  delta AS (SELECT lexeme, -count(*)::int AS n FROM d GROUP BY lexeme
            UNION ALL SELECT '', -1 WHERE EXISTS (SELECT 1 FROM d))
  UPDATE match_lexicon l SET df = l.df + delta.n FROM delta WHERE l.lexeme = delta.lexeme;
  RETURN OLD;
END
$f$;
--> statement-breakpoint
CREATE TRIGGER match_text_companies_del BEFORE DELETE ON companies
  FOR EACH ROW EXECUTE FUNCTION match_text_company_deleted();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION match_text_companies_truncated() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  DELETE FROM match_lexicon;
  RETURN NULL;
END
$f$;
--> statement-breakpoint
CREATE TRIGGER match_text_companies_truncate AFTER TRUNCATE ON companies
  FOR EACH STATEMENT EXECUTE FUNCTION match_text_companies_truncated();
--> statement-breakpoint
-- A service area is a declaration: imported companies that never declared one are not limited by a default
-- 30 km radius (docs/MATCHING.md § 2). New companies start with none.
ALTER TABLE companies ALTER COLUMN service_radius_km DROP DEFAULT;
--> statement-breakpoint
UPDATE companies SET service_radius_km = NULL WHERE source = 'sirene' AND service_area_kind = 'radius' AND service_radius_km = 30;
--> statement-breakpoint
SELECT match_text_refresh(ARRAY(SELECT id FROM companies));
--> statement-breakpoint
-- Weights version 2 (docs/MATCHING.md § 4): the need's text read against the whole profile leads; the NAF
-- code is one signal among others.
INSERT INTO matching_weights (version, weights, alert_threshold, distance_half_km, note)
VALUES (2, '{"activity":0.10,"text":0.60,"distance":0.10,"locality":0.05,"size":0.05,"trust":0.05,"responsiveness":0.05}', 0.6, 25,
  'Version 2 : le texte du besoin (titre et description) lu dans toute la fiche du fournisseur passe en tête ; le code NAF devient un signal parmi d''autres.')
ON CONFLICT DO NOTHING;
