/**
 * The « métier » part's input (migration 0012): how likely the need's words are under each NAF code's
 * profiles, against the whole territory. Query likelihood with Dirichlet smoothing over document
 * frequencies: for each lexeme t of the need, with p(t) its share of all profiles and df(t, c) the number of
 * profiles of code c containing it,
 *   s(c) = Σ_t qw(t) × ln( (df(t, c) + μ p(t)) / (n(c) + μ) / p(t) )
 * — above 0 when the code's companies use the need's words more than the territory does. A common word weighs
 * nothing by itself (its share is the same everywhere), so no word list is needed and a small territory keeps
 * all its words. A code counts as at most sizeCap companies (df scaled by the same ratio): beyond that, its mark
 * depends on the share of its companies that use the need's words, not on its size. The formula is in
 * docs/MATCHING.md § 3 bis.
 */
import { sql, type SQL } from "drizzle-orm";
import { exactSum } from "./exact-sum";

export interface TradeParams {
  /** Dirichlet prior: a code with few companies needs several of them using a word before it counts. */
  mu: number;
  /**
   * A code's size as the likelihood sees it, at most: n(c) → min(n(c), sizeCap), df(t, c) scaled alike. Uncapped, the
   * size weighs on its own: ln(μ / (n(c) + μ)) per need word against gains that grow with the raw counts, so in a
   * territory of thousands the big codes (catch-alls such as 71.20B or 74.90B, or populous trades such as 43.21A) were
   * marked for their size, not for what their companies do.
   */
  sizeCap: number;
  /**
   * Lexemes in more than this share of the profiles (and more than minCap) are left out, as in the text part: their
   * share is about the same in every code, so they say nearly nothing of one, and each joins nearly every code.
   */
  maxShare: number;
  minCap: number;
}

/**
 * The CTEs that compute s(c) into `trade` (naf_code, s), for the query's lexemes `lexemes` (lexeme, qw) and the codes
 * of the array `codes` only: a few codes are probed by key, lexeme by lexeme, where reading every code of each lexeme
 * would cost several times more. They read `n` (n), the number of profiles. Null parameters: `trade` is empty.
 * The text query (db/queries/match-text.ts) includes them.
 */
export function tradeLikelihoodSql(p: TradeParams | null, lexemes: SQL, codes: SQL): SQL {
  if (p === null) return sql`trade as (select null::text as naf_code, null::float8 as s where false)`;
  return sql`trade_terms as materialized (
      select q.lexeme, q.qw, l.df::float8 / n.n as p from ${lexemes} q join match_lexicon l on l.lexeme = q.lexeme cross join n
      where l.df > 0 and l.df <= greatest(n.n * ${p.maxShare}::float8, ${p.minCap}::float8)
    ), trade_sizes as materialized (
      -- Each code's number of profiles n(c), read once by key, and the size the likelihood gives it: n' = min(n, sizeCap).
      select naf_code, df::float8 as n, least(df, ${p.sizeCap}::float8) as n_capped
      from match_trade_terms where lexeme = '' and df > 0 and naf_code = any(${codes})
    ), trade_hits as (
      -- Only the (lexeme, code) pairs present are read: s(c) = W ln(μ / (n'(c) + μ)) + Σ_t∈c qw ln(1 + df'(t, c) / (μ p(t))),
      -- with W = Σ qw, the same sum rearranged, and df' = df × n' / n.
      select m.naf_code, ${exactSum(sql`t.qw * ln(1 + m.df * z.n_capped / z.n / (${p.mu}::float8 * t.p))`)} as gain
      from trade_terms t join match_trade_terms m on m.lexeme = t.lexeme join trade_sizes z on z.naf_code = m.naf_code
      -- The codes filter on the postings too, so each (lexeme, code) pair is probed by key.
      where m.df > 0 and m.naf_code = any(${codes}) group by m.naf_code
    ), trade as materialized (
      select z.naf_code,
        (select coalesce(${exactSum(sql`qw`)}, 0) from trade_terms) * ln(${p.mu}::float8 / (z.n_capped + ${p.mu}::float8)) + coalesce(h.gain, 0) as s
      from trade_sizes z left join trade_hits h on h.naf_code = z.naf_code
    )`;
}
