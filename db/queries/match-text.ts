/**
 * Text relevance of companies' profiles to a need, in one query on the postings that triggers keep
 * (match_terms, match_lexicon: migration 0010). Okapi BM25 over weighted fields (BM25F-style term
 * frequencies): for each lexeme of the need's query, idf × tf × (k1 + 1) / (tf + k1 × (1 − b + b × len / pivot)),
 * times the lexeme's query weight, summed per company. Only companies in the given communes are read, and
 * lexemes found in more than `maxShare` of all profiles (and more than `minCap`) are left out (« entreprise », « service »: they
 * tell nothing, and reading their postings would cost the most). The formula is in docs/MATCHING.md § 3.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";

export interface TextQueryParts {
  /** The need's texts with their weights: title, description, vocabulary expansions. */
  texts: string[];
  weights: number[];
}

export interface Bm25Params {
  k1: number; b: number; pivotLength: number;
  /** Lexemes in more than this share of the profiles are left out… */
  maxShare: number;
  /** …unless they are in fewer than this many (a small territory keeps every word). */
  minCap: number;
}

export interface TextMatchRow {
  company_id: string;
  score: number;
  /** Matched lexemes, the most telling first. */
  lexemes: string[];
}

export interface TextMatches {
  rows: TextMatchRow[];
  /** Σ query weight × idf of the need's lexemes kept: what a profile of pivot length with each of them once would score. */
  ideal: number;
  /** Lexeme → the word of the need's text it comes from (first occurrence), to tell buyers which words matched. */
  words: Record<string, string>;
}

export async function textMatches(
  db: DbOrTx, q: TextQueryParts, communes: readonly string[], excludeCompanyId: string | null, limit: number, p: Bm25Params,
): Promise<TextMatches> {
  if (q.texts.length === 0 || communes.length === 0) return { rows: [], ideal: 0, words: {} };
  const literal = (xs: readonly (string | number)[]) => `{${xs.join(",")}}`;
  const { rows: [result] } = await db.execute<{ hits: [string, number, string[]][] | null; ideal: number | null; words: Record<string, string> | null }>(sql`
    with src as materialized (
      select txt, w, ord from unnest(${sql.param(q.texts)}::text[], ${literal(q.weights)}::float8[]) with ordinality as s(txt, w, ord)
    ), q as materialized (
      -- Each lexeme of the need once, with the best weight of the texts it appears in.
      select t.lexeme, max(src.w) as qw from src cross join lateral unnest(to_tsvector('search.fr', src.txt)) as t group by t.lexeme
    ), n as materialized (
      select coalesce((select df from match_lexicon where lexeme = ''), 0)::float8 as n
    ), terms as materialized (
      select q.lexeme, q.qw, ln(1 + (n.n - l.df + 0.5) / (l.df + 0.5)) as idf
      from q join match_lexicon l on l.lexeme = q.lexeme cross join n
      where l.df > 0 and l.df <= greatest(n.n * ${p.maxShare}::float8, ${p.minCap}::float8)
    ), reach as materialized (
      select unnest(${literal(communes)}::text[]) as commune_code
    ), scored as (
      select m.company_id,
        sum(t.qw * t.idf * m.tf * ${p.k1 + 1}::float8 / (m.tf + ${p.k1}::float8 * (1 - ${p.b}::float8 + ${p.b}::float8 * m.len / ${p.pivotLength}::float8))) as s,
        array_agg(m.lexeme order by t.qw * t.idf desc, m.lexeme) as lexemes
      from terms t join match_terms m on m.lexeme = t.lexeme join reach r on r.commune_code = m.commune_code
      where m.company_id is distinct from ${excludeCompanyId}::uuid
      group by m.company_id
    ), top as (
      select company_id, s, lexemes from scored order by s desc, company_id limit ${limit}
    )
    select
      (select json_agg(json_build_array(company_id, s, lexemes) order by s desc, company_id) from top) as hits,
      (select sum(qw * idf) from terms) as ideal,
      (select json_object_agg(lexeme, token) from (
        select distinct on (l.lexeme) l.lexeme, d.token
        from src cross join lateral ts_debug('search.fr', src.txt) with ordinality as d cross join lateral unnest(d.lexemes) as l(lexeme)
        order by l.lexeme, src.ord, d.ordinality) x) as words`);
  return {
    rows: (result.hits ?? []).map(([company_id, score, lexemes]) => ({ company_id, score, lexemes })),
    ideal: result.ideal ?? 0,
    words: result.words ?? {},
  };
}
