/**
 * The « métier » part's input (migration 0012): how likely the need's words are under each NAF code's
 * profiles, against the whole territory. Query likelihood with Dirichlet smoothing over document
 * frequencies: for each lexeme t of the need, with p(t) its share of all profiles and df(t, c) the number of
 * profiles of code c containing it,
 *   s(c) = Σ_t qw(t) × ln( (df(t, c) + μ p(t)) / (n(c) + μ) / p(t) )
 * — above 0 when the code's companies use the need's words more than the territory does. A common word weighs
 * nothing by itself (its share is the same everywhere), so no word list is needed and a small territory keeps
 * all its words. The formula is in docs/MATCHING.md § 3 bis.
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client";
import type { TextQueryParts } from "./match-text";

export interface TradeParams {
  /** Dirichlet prior: a code with few companies needs several of them using a word before it counts. */
  mu: number;
  /**
   * Lexemes in more than this share of the profiles (and more than minCap) are left out, as in the text part: their
   * share is about the same in every code, so they say nearly nothing of one, and each joins nearly every code.
   */
  maxShare: number;
  minCap: number;
}

/** NAF code → s(c), for every code with at least one profile (empty when the need has no telling word). */
export async function tradeLikelihoods(db: DbOrTx, q: Pick<TextQueryParts, "texts" | "weights">, p: TradeParams): Promise<Map<string, number>> {
  if (q.texts.length === 0) return new Map();
  const literal = (xs: readonly number[]) => `{${xs.join(",")}}`;
  const { rows } = await db.execute<{ naf_code: string; s: number }>(sql`
    with src as materialized (
      select txt, w from unnest(${sql.param(q.texts)}::text[], ${literal(q.weights)}::float8[]) as s(txt, w)
    ), q as materialized (
      select t.lexeme, max(src.w) as qw from src cross join lateral unnest(to_tsvector('search.fr', src.txt)) as t group by t.lexeme
    ), n as materialized (
      select coalesce((select df from match_lexicon where lexeme = ''), 0)::float8 as n
    ), terms as materialized (
      select q.lexeme, q.qw, l.df::float8 / n.n as p from q join match_lexicon l on l.lexeme = q.lexeme cross join n
      where l.df > 0 and l.df <= greatest(n.n * ${p.maxShare}::float8, ${p.minCap}::float8)
    ), hits as (
      -- Only the (lexeme, code) pairs present are read: s(c) = W ln(μ / (n(c) + μ)) + Σ_t∈c qw ln(1 + df(t, c) / (μ p(t))),
      -- with W = Σ qw, the same sum rearranged.
      select m.naf_code, sum(t.qw * ln(1 + m.df / (${p.mu}::float8 * t.p))) as gain
      from terms t join match_trade_terms m on m.lexeme = t.lexeme where m.df > 0 group by m.naf_code
    )
    select s.naf_code, (select coalesce(sum(qw), 0) from terms) * ln(${p.mu}::float8 / (s.df + ${p.mu}::float8)) + coalesce(h.gain, 0) as s
    from match_trade_terms s left join hits h on h.naf_code = s.naf_code
    where s.lexeme = '' and s.df > 0`);
  return new Map(rows.map((r) => [r.naf_code, Number(r.s)]));
}
