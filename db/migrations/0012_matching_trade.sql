-- Hand-written: the « métier » part of matching (docs/MATCHING.md § 3 bis, lib/matching/trade.ts).
-- For each NAF code, how many of its companies' profiles contain each lexeme: a language model per activity
-- code, so a need's words tell which codes' companies describe that kind of work (a pentest need reads like
-- the profiles of 62.02A, not like those of 80.20Z, even when both say « sécurité »).
-- 1. match_terms remembers the main NAF code a company's postings were counted under, so a refresh after a
--    change of code takes them out of the right class.
-- 2. match_trade_terms: per (lexeme, NAF code), the number of profiles of that code containing the lexeme; the
--    row with the empty lexeme counts the code's profiles. Kept current by match_text_refresh like match_lexicon.
ALTER TABLE match_terms ADD COLUMN IF NOT EXISTS naf_code varchar(6) NOT NULL DEFAULT '';
--> statement-breakpoint
UPDATE match_terms m SET naf_code = c.naf_code FROM companies c WHERE c.id = m.company_id;
--> statement-breakpoint
ALTER TABLE match_terms ALTER COLUMN naf_code DROP DEFAULT;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS match_trade_terms (
  lexeme text NOT NULL,
  naf_code varchar(6) NOT NULL,
  df integer NOT NULL,
  PRIMARY KEY (lexeme, naf_code) INCLUDE (df)
);
--> statement-breakpoint
INSERT INTO match_trade_terms (lexeme, naf_code, df)
SELECT lexeme, naf_code, count(*) FROM match_terms GROUP BY 1, 2
UNION ALL SELECT '', naf_code, count(DISTINCT company_id) FROM match_terms GROUP BY 2
ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION match_text_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
  old_lexemes text[];
  old_codes text[];
  old_companies uuid[];
BEGIN
  -- The postings taken out: the counts they leave are the deltas' negative half.
  WITH d AS (DELETE FROM match_terms WHERE company_id = ANY (ids) RETURNING lexeme, company_id, naf_code)
  SELECT array_agg(lexeme), array_agg(naf_code), array_agg(company_id) INTO old_lexemes, old_codes, old_companies FROM d;
  WITH fields AS (
    SELECT co.id, co.commune_code, co.naf_code, f.w, f.txt
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
    SELECT f.id, f.commune_code, f.naf_code, t.lexeme, sum(f.w * coalesce(array_length(t.positions, 1), 1)) AS tf
    FROM fields f CROSS JOIN LATERAL unnest(to_tsvector('search.fr', f.txt)) AS t
    GROUP BY 1, 2, 3, 4
  ), docs AS (
    SELECT id, sum(tf) AS len FROM terms GROUP BY id
  ), ins AS (
    INSERT INTO match_terms (lexeme, company_id, commune_code, naf_code, tf, len)
    SELECT t.lexeme, t.id, t.commune_code, t.naf_code, t.tf, d.len FROM terms t JOIN docs d ON d.id = t.id
    RETURNING lexeme, company_id, naf_code
  ), moves AS (
    SELECT lexeme, naf_code, 1 AS n FROM ins
    UNION ALL SELECT '', naf_code, count(DISTINCT company_id)::int FROM ins GROUP BY naf_code
    UNION ALL SELECT x.lexeme, x.naf_code, -1 FROM unnest(old_lexemes, old_codes) AS x(lexeme, naf_code)
    UNION ALL SELECT '', x.naf_code, -count(DISTINCT x.company_id)::int FROM unnest(old_codes, old_companies) AS x(naf_code, company_id)
      GROUP BY x.naf_code
  ), delta AS (
    SELECT lexeme, sum(n)::int AS n FROM moves GROUP BY lexeme HAVING sum(n) <> 0
  ), trade_delta AS (
    SELECT lexeme, naf_code, sum(n)::int AS n FROM moves GROUP BY lexeme, naf_code HAVING sum(n) <> 0
  ), trade AS (
    -- In key order, like the lexicon below: concurrent refreshes lock shared rows in the same order (no deadlock).
    INSERT INTO match_trade_terms AS m (lexeme, naf_code, df) SELECT lexeme, naf_code, n FROM trade_delta ORDER BY lexeme, naf_code
    ON CONFLICT (lexeme, naf_code) DO UPDATE SET df = m.df + excluded.df
  )
  INSERT INTO match_lexicon AS l (lexeme, df) SELECT lexeme, n FROM delta ORDER BY lexeme
  ON CONFLICT (lexeme) DO UPDATE SET df = l.df + excluded.df;
END
$f$;
--> statement-breakpoint
-- A deleted company leaves the lexicon's and its code's counts (its postings would go by cascade, without a trigger).
CREATE OR REPLACE FUNCTION match_text_company_deleted() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  WITH d AS (DELETE FROM match_terms WHERE company_id = OLD.id RETURNING lexeme, naf_code),
  delta AS (SELECT lexeme, -count(*)::int AS n FROM d GROUP BY lexeme
            UNION ALL SELECT '', -1 WHERE EXISTS (SELECT 1 FROM d)),
  trade_delta AS (SELECT lexeme, naf_code, -count(*)::int AS n FROM d GROUP BY lexeme, naf_code
                  UNION ALL SELECT '', min(naf_code), -1 FROM d HAVING count(*) > 0),
  trade AS (UPDATE match_trade_terms m SET df = m.df + t.n FROM trade_delta t WHERE m.lexeme = t.lexeme AND m.naf_code = t.naf_code)
  UPDATE match_lexicon l SET df = l.df + delta.n FROM delta WHERE l.lexeme = delta.lexeme;
  RETURN OLD;
END
$f$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION match_text_companies_truncated() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  DELETE FROM match_lexicon;
  DELETE FROM match_trade_terms;
  RETURN NULL;
END
$f$;
--> statement-breakpoint
-- Weights version 3 (docs/MATCHING.md § 4): the « métier » part joins; the others keep their proportions.
INSERT INTO matching_weights (version, weights, alert_threshold, distance_half_km, note)
VALUES (3, '{"activity":0.08,"trade":0.17,"text":0.50,"distance":0.08,"locality":0.04,"size":0.04,"trust":0.045,"responsiveness":0.045}', 0.6, 25,
  'Version 3 : le métier rejoint les critères : le code d''activité du fournisseur est-il celui des entreprises qui décrivent ce genre de prestation ?')
ON CONFLICT DO NOTHING;
