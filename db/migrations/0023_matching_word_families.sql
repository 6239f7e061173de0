-- Hand-written: word families for matching's text part (docs/MATCHING.md § 3, db/queries/match-text.ts).
-- match_derivation_root(lexeme) strips the derivational suffixes Snowball's French stemmer leaves
-- (traducteur / traduct, nettoyeur / nettoyag, toitur / toit), the same regular expression as
-- DERIVATION_SUFFIX in db/queries/match-text.ts. Indexed on match_lexicon, a need's families are found by
-- index instead of a pass over the whole lexicon (about 100 ms per need at 90,000 lexemes).
CREATE OR REPLACE FUNCTION match_derivation_root(lexeme text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $f$
  SELECT CASE WHEN length(regexp_replace(lexeme, '(ateur|atric|eur|euse|ric|ier|ien|i|er|ag|ur|it)$', '')) >= 4
    THEN regexp_replace(lexeme, '(ateur|atric|eur|euse|ric|ier|ien|i|er|ag|ur|it)$', '') ELSE lexeme END
$f$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS match_lexicon_root_idx ON match_lexicon (match_derivation_root(lexeme));
